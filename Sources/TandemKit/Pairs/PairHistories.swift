public enum PairHistories {
    /// Configured pairs plus every pair seen in a session, sorted by ids. For the
    /// whole journal, ask `Journal.pairHistories`, built once and shared.
    public static func build(sessions: [Session], configuration: Configuration) -> [PairHistory] {
        var byKey: [PairKey: [Session]] = [:]
        for session in sessions where session.coach != session.coachee {
            byKey[session.pair, default: []].append(session)
        }
        var keys = Set(byKey.keys)
        for plan in configuration.pairs { keys.insert(plan.key) }
        return keys.sorted().map { key in
            let all = (byKey[key] ?? []).sorted { ($0.date, $0.file) < ($1.date, $1.file) }
            return PairHistory(
                key: key, plan: configuration.plan(for: key),
                cadenceDays: configuration.cadence(for: key).days, graceDays: configuration.grace(for: key).days,
                held: all.filter(\.isHeld), all: all)
        }
    }
}

/// A journal's pair histories, built on first use and then shared by every copy of
/// the journal that has not changed since (the rules, `list`, `stats`, `remind` and
/// `index` of one run). Safe to use from several threads: the first caller builds
/// while the others wait.
final class PairHistoriesCache: Sendable {
    private let histories = Locked<[PairHistory]?>(nil)

    func value(_ build: () -> [PairHistory]) -> [PairHistory] {
        histories.withLock { cached in
            if let cached { return cached }
            let built = build()
            cached = built
            return built
        }
    }
}

extension Journal {
    /// Every pair of the journal over time (`PairHistories.build` over all sessions),
    /// built once per journal.
    public var pairHistories: [PairHistory] {
        pairHistoriesCache.value { PairHistories.build(sessions: sessions, configuration: configuration) }
    }
}
