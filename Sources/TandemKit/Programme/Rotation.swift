/// One person as `tandem rotate` sees them on the rotation day.
public struct RotationPerson: Sendable {
    public var id: String
    /// Held sessions as coach or coachee, on or before the rotation day.
    public var held: Int
    public var joined: LocalDate?
    public var manager: String?
    public var level: String?
    public var experienced: Bool
    public var newcomer: Bool

    /// `experienced, 8 sessions` · `newcomer, joined 2026-10-01, 1 session`
    public var summary: String {
        let sessions = "\(held) session\(held == 1 ? "" : "s")"
        if experienced { return "experienced, \(sessions)" }
        if newcomer { return "newcomer, " + (joined.map { "joined \($0), " } ?? "") + sessions }
        return sessions
    }
}

/// A proposed group: two partners (sorted) and, in the one triad, an observer.
public struct ProposedGroup: Sendable {
    public var partners: [String]
    public var observer: String?
    /// Why these people are together, one sentence each (for `--explain`).
    public var reasons: [String]
}

/// The next round of pairs (§9).
public struct RotationProposal: Sendable {
    public var on: LocalDate
    public var until: LocalDate
    public var seed: UInt64
    public var avoidDays: Int
    public var groups: [ProposedGroup]
    public var people: [RotationPerson]
    /// Newcomers, those in a group with an experienced person, and the most that could be.
    public var newcomers: Int
    public var covered: Int
    public var coverageBound: Int
    /// `exact` or `local search`.
    public var method: String
}

public enum Rotation {
    public static let experiencedSessions = 6
    public static let newcomerSessions = 3
    public static let newcomerDays = 90
    public static let spanDays = 180

    /// Proposes pairs for everyone in `people` who has not left by `on`. The same
    /// journal and seed always give the same proposal. Throws (exit 2) for fewer
    /// than two people or when no grouping satisfies the constraints.
    public static func propose(journal: Journal, on: LocalDate, seed: UInt64 = 0) throws -> RotationProposal {
        let configuration = journal.configuration
        let avoid = configuration.programme.rotateAvoid.days
        let held = journal.sessions.filter { $0.isHeld && $0.date <= on && $0.coach != $0.coachee }
        let people = profiles(configuration: configuration, held: held, on: on)
        guard people.count >= 2 else {
            throw TandemError.invalid("rotate needs at least 2 people in tandem.yml who have not left by \(on); found \(people.count)")
        }
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.id, $0.offset) })
        let history = TogetherHistory(held: held, index: index, count: people.count, windowStart: on.adding(days: -avoid))
        let constraints = Constraints(people: people, index: index, history: history)
        let weights = Weights(people: people, history: history, seed: seed)
        let costs = GroupCosts(count: people.count, allowed: constraints.allowed, edge: weights.edge,
                               uncoveredPenalty: weights.uncoveredPenalty, covers: weights.covers)
        let matching = GroupMatching(costs: costs)
        guard let groups = matching.solve() else {
            throw TandemError.invalid(constraints.blocker(avoidDays: avoid, on: on))
        }
        let newcomers = people.filter(\.newcomer).count
        let covered = groups.reduce(0) { total, group in
            total + (group.contains { people[$0].experienced } ? group.filter { people[$0].newcomer }.count : 0)
        }
        let explainer = Explainer(people: people, history: history, avoidDays: avoid, on: on)
        return RotationProposal(
            on: on, until: on.adding(days: spanDays), seed: seed, avoidDays: avoid,
            groups: groups.map(explainer.group).sorted { $0.partners.lexicographicallyPrecedes($1.partners) },
            people: people, newcomers: newcomers, covered: covered,
            coverageBound: constraints.coverageBound(odd: people.count % 2 == 1),
            method: people.count <= GroupMatching.exactLimit ? "exact" : "local search")
    }

    static func profiles(configuration: Configuration, held: [Session], on: LocalDate) -> [RotationPerson] {
        var counts: [String: Int] = [:]
        for session in held {
            counts[session.coach, default: 0] += 1
            counts[session.coachee, default: 0] += 1
        }
        return configuration.people.values.filter { $0.isIn(on: on) }.sorted { $0.id < $1.id }.map { person in
            let sessions = counts[person.id] ?? 0
            let experienced = sessions >= experiencedSessions
            let recent = person.joined.map { $0.days(until: on) <= newcomerDays } ?? false
            return RotationPerson(id: person.id, held: sessions, joined: person.joined, manager: person.manager,
                                  level: person.level, experienced: experienced,
                                  newcomer: !experienced && (sessions < newcomerSessions || recent))
        }
    }
}

/// When two people last held a session together (coach, coachee or observer).
struct TogetherHistory {
    var last: [Int: LocalDate] = [:]
    let count: Int
    let windowStart: LocalDate

    init(held: [Session], index: [String: Int], count: Int, windowStart: LocalDate) {
        self.count = count
        self.windowStart = windowStart
        for session in held {
            let members = Set([session.coach, session.coachee] + session.observers).compactMap { index[$0] }
            for a in members {
                for b in members where a < b {
                    let key = a * count + b
                    if last[key].map({ $0 < session.date }) ?? true { last[key] = session.date }
                }
            }
        }
    }

    func lastTogether(_ a: Int, _ b: Int) -> LocalDate? { last[min(a, b) * count + max(a, b)] }
    func recent(_ a: Int, _ b: Int) -> Bool { lastTogether(a, b).map { $0 >= windowStart } ?? false }
}
