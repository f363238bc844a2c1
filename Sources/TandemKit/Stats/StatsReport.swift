/// Which pairs and sessions `tandem stats` looks at.
public struct StatsFilter: Sendable {
    /// Only pairs this person is a partner in.
    public var person: String?
    /// Only this pair.
    public var pair: PairKey?
    /// Only sessions dated on or after this day.
    public var since: LocalDate?
    /// Only sessions dated on or before this day.
    public var until: LocalDate?

    public init(person: String? = nil, pair: PairKey? = nil, since: LocalDate? = nil, until: LocalDate? = nil) {
        self.person = person
        self.pair = pair
        self.since = since
        self.until = until
    }

    func includes(_ date: LocalDate) -> Bool {
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }

    func includes(_ key: PairKey) -> Bool {
        if let pair, pair != key { return false }
        if let person, !key.partners.contains(person) { return false }
        return true
    }
}

/// Totals over the pairs shown.
public struct TeamStats: Sendable {
    public var pairs: Int
    /// Not ended, met at least once, and last met within cadence + grace.
    public var activePairs: Int
    public var endedPairs: Int
    public var held: Int
    public var planned: Int
    public var cancelled: Int
    public var open: Int
    public var done: Int
    public var cancelledCommitments: Int
    public var overdue: Int
    public var followThrough: FollowThrough
    public var reviewRate: ReviewRate
    public var pulse: [PulseMean]

    init(pairs: [PairStats], today: LocalDate) {
        self.pairs = pairs.count
        activePairs = pairs.filter { stats in
            guard !stats.ended, let days = stats.daysSinceLast else { return false }
            return days <= stats.history.cadenceDays + stats.history.graceDays
        }.count
        endedPairs = pairs.filter(\.ended).count
        held = pairs.map(\.held).reduce(0, +)
        planned = pairs.map(\.planned).reduce(0, +)
        cancelled = pairs.map(\.cancelled).reduce(0, +)
        let commitments = pairs.flatMap { $0.history.all.flatMap(\.commitments) }
        let statuses = commitments.map { StatsReport.status(of: $0, asOf: today) }
        open = statuses.filter(\.isOpen).count
        done = statuses.filter { $0 == .done }.count
        cancelledCommitments = statuses.filter { $0 == .cancelled }.count
        overdue = zip(commitments, statuses).filter { $1.isOpen && ($0.due.map { $0 < today } ?? false) }.count
        followThrough = pairs.map(\.followThrough).reduce(FollowThrough(), +)
        reviewRate = pairs.map(\.reviewRate).reduce(ReviewRate(), +)
        pulse = PulseMean.means(of: pairs.flatMap(\.history.held))
    }
}

/// What `tandem stats` reports: the pairs over time and the team's totals.
public struct StatsReport: Sendable {
    /// The pair rules whose findings are shown as a pair's flags, in the order their phrases are listed.
    public static let pairRules: [String] = ([
        CadenceSlippingRule.self, CadenceOverdueRule.self, RoleImbalanceRule.self, RotationDueRule.self,
        AgreementMissingRule.self, DuplicateSessionRule.self, SessionDurationRule.self,
    ] as [any Rule.Type]).map { $0.description.id }

    public var team: String?
    public var today: LocalDate
    public var filter: StatsFilter
    public var pairs: [PairStats]
    public var totals: TeamStats
    /// Only with `stats --history`.
    public var history: HistoryStats?
    /// Climate surveys in the window, baseline → latest per score (§9).
    public var climate = Climate(minRespondents: 3, surveys: [], scores: [])

    /// Sessions outside `--since`/`--until` are left out before anything is counted,
    /// and the pair rules run over what is left, as `tandem check` would. With
    /// `until`, everything is evaluated as of min(today, until): cadence, overdue
    /// days, the strip and follow-through, with commitments closed after that day
    /// counted as still open. `since` only drops earlier sessions.
    public static func build(journal: Journal, today actualToday: LocalDate, filter: StatsFilter = StatsFilter(),
                             history: CommitmentHistory? = nil) -> StatsReport {
        let today = filter.until.map { min($0, actualToday) } ?? actualToday
        var considered = journal
        considered.files = journal.files.filter { file in file.session.map { filter.includes($0.date) } ?? false }
        let findings = Checker(journal: considered, today: today).check().findings
        var flags: [PairKey: [PairFlag]] = [:]
        for finding in findings where pairRules.contains(finding.rule) {
            guard let pair = finding.pair else { continue }
            flags[pair, default: []].append(PairFlag(rule: finding.rule, severity: finding.severity, message: finding.message))
        }
        let names = journal.configuration.people.compactMapValues(\.name)
        // The sessions in the period only: `considered`'s own histories, the ones its check above built.
        let histories = considered.pairHistories
        let pairs = histories.filter { filter.includes($0.key) }.map { history in
            let pairFlags = (flags[history.key] ?? []).enumerated().sorted { a, b in
                (a.element.severity, b.offset) > (b.element.severity, a.offset)
            }.map(\.element)
            return PairStats(history: history, today: today, names: names, flags: pairFlags)
        }
        var report = StatsReport(team: journal.configuration.team, today: today, filter: filter, pairs: pairs,
                                 totals: TeamStats(pairs: pairs, today: today),
                                 history: history.map { HistoryStats.build(pairs: pairs, history: $0, today: today) })
        report.climate = Climate.build(journal: journal, filter: filter)
        return report
    }

    /// Commitment status as it stood on `day`: one done or cancelled with a
    /// date after it was still open then.
    static func status(of commitment: Commitment, asOf day: LocalDate) -> CommitmentStatus {
        let closed = commitment.status == .done ? commitment.done : commitment.status == .cancelled ? commitment.cancelled : nil
        if let closed, closed > day { return .open }
        return commitment.status
    }
}
