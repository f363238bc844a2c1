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
    let costs: GroupCosts

    init(costs: GroupCosts) {
        self.costs = costs
        count = costs.count
    }

    func allowed(_ a: Int, _ b: Int) -> Bool { costs.allowed(a, b) }
    func cost(_ group: [Int]) -> Int { costs.cost(group) }

    /// The groups, each sorted, or nil when no valid grouping exists.
    func solve(exactLimit: Int = Self.exactLimit) -> [[Int]]? {
        guard count >= 2 else { return nil }
        if count <= exactLimit { return exact() }
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
                    let total = sub + costs.pairCost(i, j)
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
        let match = Blossom.maximumMatching(count: count, allowed: costs.allowed)
        var groups: [[Int]] = []
        var single: [Int] = []
        for v in 0..<count {
            if match[v] < 0 { single.append(v) } else if v < match[v] { groups.append([v, match[v]]) }
        }
        if single.isEmpty { return groups }
        guard single.count == 1 else { return nil }
        if let result = attach(single[0], to: groups) { return result }
        // Another person may be the one left over: try a bounded number of them.
        for t in (0..<count).prefix(Self.leftOverTries) where t != single[0] {
            let others = (0..<count).filter { $0 != t }
            let match = Blossom.maximumMatching(count: others.count) { costs.allowed(others[$0], others[$1]) }
            guard match.allSatisfy({ $0 >= 0 }) else { continue }
            let pairs = others.indices.filter { $0 < match[$0] }.map { [others[$0], others[match[$0]]] }
            if let result = attach(t, to: pairs) { return result }
        }
        return nil
    }

    /// How many people `start` tries as the one left over for the triad.
    static let leftOverTries = 32

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
        var spent = groups.map(cost)
        var improved = true
        var passes = 0
        while improved && passes < 1000 {
            improved = false
            passes += 1
            for a in groups.indices {
                for b in (a + 1)..<groups.count {
                    let total = spent[a] + spent[b]
                    if groups[a].count == 2 && groups[b].count == 2 {
                        // The common case, without building arrays: swap partners two ways.
                        let (p, q, r, s) = (groups[a][0], groups[a][1], groups[b][0], groups[b][1])
                        let one = self.costs.pairCost(p, r) &+ self.costs.pairCost(q, s)
                        let two = self.costs.pairCost(p, s) &+ self.costs.pairCost(q, r)
                        guard min(one, two) < total else { continue }
                        if one <= two {
                            (groups[a], groups[b]) = ([p, r], [q, s])
                            (spent[a], spent[b]) = (self.costs.pairCost(p, r), self.costs.pairCost(q, s))
                        } else {
                            (groups[a], groups[b]) = ([p, s], [q, r])
                            (spent[a], spent[b]) = (self.costs.pairCost(p, s), self.costs.pairCost(q, r))
                        }
                        improved = true
                        continue
                    }
                    guard let (first, second, c1, c2) = bestRegrouping(groups[a], groups[b], below: total) else { continue }
                    (groups[a], groups[b], spent[a], spent[b]) = (first, second, c1, c2)
                    improved = true
                }
            }
        }
    }

    /// The cheapest valid way to regroup two groups' members into groups of the
    /// same sizes, when it costs less than `below`.
    private func bestRegrouping(_ g1: [Int], _ g2: [Int], below: Int) -> ([Int], [Int], Int, Int)? {
        var best = below
        var chosen: ([Int], [Int], Int, Int)?
        func consider(_ first: [Int], _ second: [Int]) {
            guard valid(first), valid(second) else { return }
            let (c1, c2) = (cost(first), cost(second))
            if c1 + c2 < best { best = c1 + c2; chosen = (first, second, c1, c2) }
        }
        if g1.count == 2 && g2.count == 2 {
            consider([g1[0], g2[0]], [g1[1], g2[1]])
            consider([g1[0], g2[1]], [g1[1], g2[0]])
            return chosen
        }
        for (first, second) in Self.splits(g1 + g2, firstSize: g1.count) { consider(first, second) }
        return chosen
    }

    private func valid(_ group: [Int]) -> Bool {
        if group.count == 2 { return allowed(group[0], group[1]) }
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

/// The constraints and weights of a grouping, computed once as flat tables so the
/// search only reads integers.
struct GroupCosts {
    let count: Int
    /// `count × count`: whether two people may be in one group.
    var allowedTable: [Bool]
    /// `count × count`: the cost of two people being in one group.
    var edgeTable: [Int]
    /// Added once per person in a group without anyone marked `covers`.
    var uncoveredPenalty: [Int]
    var covers: [Bool]

    init(count: Int, allowed: (Int, Int) -> Bool, edge: (Int, Int) -> Int,
         uncoveredPenalty: [Int]? = nil, covers: [Bool]? = nil) {
        self.count = count
        allowedTable = [Bool](repeating: false, count: count * count)
        edgeTable = [Int](repeating: 0, count: count * count)
        for a in 0..<count {
            for b in (a + 1)..<count {
                let ok = allowed(a, b), weight = ok ? edge(a, b) : 0
                allowedTable[a * count + b] = ok
                allowedTable[b * count + a] = ok
                edgeTable[a * count + b] = weight
                edgeTable[b * count + a] = weight
            }
        }
        self.uncoveredPenalty = uncoveredPenalty ?? [Int](repeating: 0, count: count)
        self.covers = covers ?? [Bool](repeating: false, count: count)
    }

    func allowed(_ a: Int, _ b: Int) -> Bool { allowedTable[a * count + b] }

    /// A pair's cost, or a value no valid grouping reaches when the two may not be together.
    func pairCost(_ a: Int, _ b: Int) -> Int {
        let index = a * count + b
        guard allowedTable[index] else { return Int.max / 4 }
        return edgeTable[index] + (covers[a] || covers[b] ? 0 : uncoveredPenalty[a] + uncoveredPenalty[b])
    }

    func cost(_ group: [Int]) -> Int {
        var total = 0
        var covered = false
        var penalty = 0
        for (i, a) in group.enumerated() {
            covered = covered || covers[a]
            penalty += uncoveredPenalty[a]
            for b in group[(i + 1)...] { total += edgeTable[a * count + b] }
        }
        return covered ? total : total + penalty
    }
}
