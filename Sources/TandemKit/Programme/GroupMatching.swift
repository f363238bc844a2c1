/// Splits people 0..<n into pairs (and one triad when n is odd) so that every two
/// members of a group are allowed together, at the least total cost.
///
/// - Up to `exactLimit` people: exact, by dynamic programming over subsets (the
///   lowest unplaced person is grouped with every allowed partner or two).
/// - Above it: a maximum-cardinality matching (Edmonds' blossom algorithm) proves
///   whether any valid grouping exists and gives a first one; then local search
///   regroups the members of every two groups in each possible way while that
///   lowers the cost. The result is *2-group optimal*: no regrouping of any two
///   groups improves it. Callers state how far it can be from the best possible
///   with a separate bound (see `Rotation`).
struct GroupMatching {
    static let exactLimit = 16

    let count: Int
    let allowed: (Int, Int) -> Bool
    let cost: ([Int]) -> Int

    /// The groups, each sorted, or nil when no valid grouping exists.
    func solve() -> [[Int]]? {
        guard count >= 2 else { return nil }
        if count <= Self.exactLimit { return exact() }
        guard var groups = start() else { return nil }
        improve(&groups)
        return groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Whether any valid grouping exists (exact for every size but large odd counts,
    /// where a triad is searched for around a maximum matching).
    func isFeasible() -> Bool {
        count <= Self.exactLimit ? exact() != nil : start() != nil
    }

    // MARK: exact

    private func exact() -> [[Int]]? {
        let full = (1 << count) - 1
        var best = [Int?](repeating: nil, count: full + 1)
        var choice = [[Int]](repeating: [], count: full + 1)
        best[0] = 0
        for mask in 1...full {
            let bits = mask.nonzeroBitCount
            guard bits >= 2 else { continue }
            let i = mask.trailingZeroBitCount
            let rest = mask & ~(1 << i)
            var found: Int?
            var group: [Int] = []
            for j in (i + 1)..<count where rest & (1 << j) != 0 && allowed(i, j) {
                let remaining = rest & ~(1 << j)
                if let sub = best[remaining] {
                    let total = sub + cost([i, j])
                    if found == nil || total < found! { found = total; group = [i, j] }
                }
                guard bits % 2 == 1 else { continue }
                for k in (j + 1)..<count where remaining & (1 << k) != 0 && allowed(i, k) && allowed(j, k) {
                    guard let sub = best[remaining & ~(1 << k)] else { continue }
                    let total = sub + cost([i, j, k])
                    if found == nil || total < found! { found = total; group = [i, j, k] }
                }
            }
            best[mask] = found
            choice[mask] = group
        }
        guard best[full] != nil else { return nil }
        var groups: [[Int]] = []
        var mask = full
        while mask != 0 {
            let group = choice[mask]
            groups.append(group)
            for member in group { mask &= ~(1 << member) }
        }
        return groups.sorted { $0[0] < $1[0] }
    }

    // MARK: heuristic

    /// A first valid grouping from a maximum matching, or nil when none exists.
    private func start() -> [[Int]]? {
        let match = Blossom.maximumMatching(count: count, allowed: allowed)
        var groups: [[Int]] = []
        var single: [Int] = []
        for v in 0..<count {
            if match[v] < 0 { single.append(v) } else if v < match[v] { groups.append([v, match[v]]) }
        }
        if single.isEmpty { return groups }
        guard single.count == 1 else { return nil }
        return attach(single[0], to: groups)
    }

    /// Makes a triad for the one person left over: join a pair allowed with both,
    /// else take one partner's place and seat that partner with another pair.
    private func attach(_ c: Int, to pairs: [[Int]]) -> [[Int]]? {
        var groups = pairs
        for index in groups.indices where allowed(c, groups[index][0]) && allowed(c, groups[index][1]) {
            groups[index].append(c)
            return groups
        }
        for index in groups.indices {
            for (keep, free) in [(0, 1), (1, 0)] where allowed(c, groups[index][keep]) {
                let x = groups[index][free]
                for other in groups.indices where other != index
                    && allowed(x, groups[other][0]) && allowed(x, groups[other][1]) {
                    var result = groups
                    result[index] = [groups[index][keep], c]
                    result[other].append(x)
                    return result
                }
            }
        }
        return nil
    }

    /// Regroups the members of two groups at a time while that lowers the cost.
    private func improve(_ groups: inout [[Int]]) {
        var costs = groups.map(cost)
        var improved = true
        var passes = 0
        while improved && passes < 100 {
            improved = false
            passes += 1
            for a in groups.indices {
                for b in (a + 1)..<groups.count {
                    let members = groups[a] + groups[b]
                    var best = costs[a] + costs[b]
                    var chosen: ([Int], [Int], Int, Int)?
                    for (first, second) in Self.splits(members, firstSize: groups[a].count) {
                        guard valid(first), valid(second) else { continue }
                        let (c1, c2) = (cost(first), cost(second))
                        if c1 + c2 < best { best = c1 + c2; chosen = (first, second, c1, c2) }
                    }
                    if let (first, second, c1, c2) = chosen {
                        (groups[a], groups[b], costs[a], costs[b]) = (first, second, c1, c2)
                        improved = true
                    }
                }
            }
        }
    }

    private func valid(_ group: [Int]) -> Bool {
        for i in group.indices { for j in (i + 1)..<group.count where !allowed(group[i], group[j]) { return false } }
        return true
    }

    /// Every way to split `members` into a group of `firstSize` and the rest.
    static func splits(_ members: [Int], firstSize: Int) -> [([Int], [Int])] {
        var result: [([Int], [Int])] = []
        func choose(_ start: Int, _ picked: [Int]) {
            if picked.count == firstSize {
                result.append((picked.map { members[$0] }, members.indices.filter { !picked.contains($0) }.map { members[$0] }))
                return
            }
            guard start < members.count else { return }
            for i in start..<members.count { choose(i + 1, picked + [i]) }
        }
        choose(0, [])
        return result
    }
}

/// Edmonds' blossom algorithm: a maximum-cardinality matching in a general graph, O(n³).
enum Blossom {
    static func maximumMatching(count n: Int, allowed: (Int, Int) -> Bool) -> [Int] {
        var adjacency = [[Int]](repeating: [], count: n)
        for i in 0..<n { for j in (i + 1)..<n where allowed(i, j) { adjacency[i].append(j); adjacency[j].append(i) } }
        var match = [Int](repeating: -1, count: n)
        for v in 0..<n where match[v] < 0 {  // a greedy start leaves few augmentations
            if let w = adjacency[v].first(where: { match[$0] < 0 }) { match[v] = w; match[w] = v }
        }
        var search = Search(n: n)
        for root in 0..<n where match[root] < 0 {
            var v = search.findPath(root: root, adjacency: adjacency, match: match)
            while v >= 0 {
                let pv = search.parent[v], next = match[pv]
                match[v] = pv
                match[pv] = v
                v = next
            }
        }
        return match
    }

    private struct Search {
        var parent: [Int], base: [Int], used: [Bool], blossom: [Bool]
        let n: Int

        init(n: Int) {
            self.n = n
            parent = [Int](repeating: -1, count: n)
            base = Array(0..<n)
            used = [Bool](repeating: false, count: n)
            blossom = [Bool](repeating: false, count: n)
        }

        func lca(_ a0: Int, _ b0: Int, _ match: [Int]) -> Int {
            var seen = [Bool](repeating: false, count: n)
            var a = a0
            while true {
                a = base[a]
                seen[a] = true
                if match[a] < 0 { break }
                a = parent[match[a]]
            }
            var b = b0
            while true {
                b = base[b]
                if seen[b] { return b }
                b = parent[match[b]]
            }
        }

        mutating func markPath(_ v0: Int, _ b: Int, _ child0: Int, _ match: [Int]) {
            var v = v0, child = child0
            while base[v] != b {
                blossom[base[v]] = true
                blossom[base[match[v]]] = true
                parent[v] = child
                child = match[v]
                v = parent[match[v]]
            }
        }

        /// The free vertex an augmenting path from `root` reaches, or -1.
        mutating func findPath(root: Int, adjacency: [[Int]], match: [Int]) -> Int {
            for i in 0..<n { used[i] = false; parent[i] = -1; base[i] = i }
            used[root] = true
            var queue = [root]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for to in adjacency[v] where base[v] != base[to] && match[v] != to {
                    if to == root || (match[to] >= 0 && parent[match[to]] >= 0) {
                        let current = lca(v, to, match)
                        for i in 0..<n { blossom[i] = false }
                        markPath(v, current, to, match)
                        markPath(to, current, v, match)
                        for i in 0..<n where blossom[base[i]] {
                            base[i] = current
                            if !used[i] { used[i] = true; queue.append(i) }
                        }
                    } else if parent[to] < 0 {
                        parent[to] = v
                        if match[to] < 0 { return to }
                        used[match[to]] = true
                        queue.append(match[to])
                    }
                }
            }
            return -1
        }
    }
}
