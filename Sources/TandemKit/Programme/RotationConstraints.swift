/// The hard constraints of a rotation: no partner from the avoid window, never
/// one's manager. Between every two members of a group.
struct Constraints {
    let people: [RotationPerson]
    let index: [String: Int]
    let history: TogetherHistory
    var useAvoid = true
    var useManager = true

    init(people: [RotationPerson], index: [String: Int], history: TogetherHistory) {
        self.people = people
        self.index = index
        self.history = history
    }

    func manages(_ a: Int, _ b: Int) -> Bool { people[b].manager == people[a].id || people[a].manager == people[b].id }

    func allowed(_ a: Int, _ b: Int) -> Bool {
        a != b && !(useAvoid && history.recent(a, b)) && !(useManager && manages(a, b))
    }

    /// Names what makes every grouping impossible, for the exit-2 message.
    func blocker(avoidDays: Int, on: LocalDate) -> String {
        let window = "in the \(avoidDays) days up to \(on) (rotate.avoid)"
        for a in people.indices where !people.indices.contains(where: { allowed(a, $0) }) {
            let recent = people.indices.filter { $0 != a && history.recent(a, $0) }.count
            let managers = people.indices.filter { $0 != a && manages(a, $0) }.count
            var why: [String] = []
            if recent > 0 { why.append("held a session with \(recent) of them \(window)") }
            if managers > 0 { why.append("is the manager or a report of \(managers) of them (manager)") }
            return "no valid rotation: \(people[a].id) cannot be paired with any of the other \(people.count - 1): "
                + why.joined(separator: " and ")
        }
        var avoidOnly = self
        avoidOnly.useManager = false
        var managerOnly = self
        managerOnly.useAvoid = false
        let reason: String
        func feasible(_ constraints: Constraints) -> Bool {
            GroupMatching(costs: GroupCosts(count: people.count, allowed: constraints.allowed, edge: { _, _ in 0 })).isFeasible()
        }
        if !feasible(avoidOnly) {
            reason = "too many people held a session together \(window)"
        } else if !feasible(managerOnly) {
            reason = "too many people would be grouped with their manager (manager)"
        } else {
            reason = "no repeat partner \(window) and never with one's manager (manager) cannot both hold"
        }
        let triad = people.count % 2 == 1 ? "; with an odd count one triad needs three people allowed together" : ""
        return "no valid rotation for \(people.count) people: " + reason + triad
    }

    /// The most newcomers any valid grouping could put with an experienced person:
    /// a maximum matching of newcomers to experienced people over allowed pairs,
    /// plus one when a triad can seat two newcomers with one experienced person.
    func coverageBound(odd: Bool) -> Int {
        let newcomers = people.indices.filter { people[$0].newcomer }
        let experienced = people.indices.filter { people[$0].experienced }
        var owner = [Int: Int]()
        func augment(_ n: Int, _ seen: inout Set<Int>) -> Bool {
            for e in experienced where allowed(n, e) && !seen.contains(e) {
                seen.insert(e)
                if owner[e] == nil || augment(owner[e]!, &seen) { owner[e] = n; return true }
            }
            return false
        }
        var matched = 0
        for n in newcomers {
            var seen = Set<Int>()
            if augment(n, &seen) { matched += 1 }
        }
        return min(newcomers.count, matched + (odd && matched > 0 ? 1 : 0))
    }
}

/// What makes one valid grouping better than another, in order: newcomers with
/// an experienced person, people of one level together, partners who never met,
/// then a tie-break drawn from the seed.
struct Weights {
    let people: [RotationPerson]
    let history: TogetherHistory
    let seed: UInt64

    /// Newcomers left without an experienced person cost the most.
    var uncoveredPenalty: [Int] { people.map { $0.newcomer ? 1_000_000 : 0 } }
    var covers: [Bool] { people.map(\.experienced) }

    func edge(_ a: Int, _ b: Int) -> Int {
        var total = 0
        if let x = people[a].level, let y = people[b].level, x != y { total += 10_000 }
        if history.lastTogether(a, b) != nil { total += 100 }
        return total + Int(Self.mix(seed, people[min(a, b)].id, people[max(a, b)].id) % 100)
    }

    /// A stable hash (FNV-1a, then SplitMix64's finaliser): the same on every run and machine.
    static func mix(_ seed: UInt64, _ a: String, _ b: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in a.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        for byte in b.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}

/// The sentences of `--explain`.
struct Explainer {
    let people: [RotationPerson]
    let history: TogetherHistory
    let avoidDays: Int
    let on: LocalDate

    func group(_ members: [Int]) -> ProposedGroup {
        // In the triad the least experienced person observes first.
        let ordered = members.sorted { (people[$0].held, people[$0].id) < (people[$1].held, people[$1].id) }
        let observer = members.count == 3 ? ordered[0] : nil
        let partners = members.filter { $0 != observer }.map { people[$0].id }.sorted()
        var reasons = members.map { "\(people[$0].id): \(people[$0].summary)" }
        let newcomers = members.filter { people[$0].newcomer }.map { people[$0].id }
        let experienced = members.filter { people[$0].experienced }.map { people[$0].id }
        if !newcomers.isEmpty {
            reasons.append(experienced.isEmpty
                ? "no experienced person was free for \(newcomers.joined(separator: ", ")) under the constraints"
                : "\(newcomers.joined(separator: ", ")) learns with \(experienced.joined(separator: ", ")) (experienced)")
        }
        for i in members.indices {
            for j in (i + 1)..<members.count { reasons.append(pairReason(members[i], members[j])) }
        }
        if let observer { reasons.append("\(people[observer].id) observes: the count is odd, so one group is a triad") }
        return ProposedGroup(partners: partners, observer: observer.map { people[$0].id }, reasons: reasons)
    }

    private func pairReason(_ a: Int, _ b: Int) -> String {
        let names = "\(people[a].id) & \(people[b].id)"
        let met = history.lastTogether(a, b).map { "last met \($0), before the \(avoidDays)-day window" }
            ?? "never met"
        var parts = [met, "neither manages the other"]
        if let x = people[a].level, let y = people[b].level {
            parts.append(x == y ? "same level \(x)" : "levels \(x) and \(y)")
        }
        return names + ": " + parts.joined(separator: ", ")
    }
}
