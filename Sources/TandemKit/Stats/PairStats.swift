/// A pilot's planned span and how many sessions it held against the cadence.
public struct PilotProgress: Sendable, Equatable {
    public var since: LocalDate
    public var until: LocalDate?
    /// Held sessions dated from `since` to today (or `until`, if earlier).
    public var held: Int
    /// floor((min(today, until) − since) / cadence) + 1; 0 before `since`.
    public var expected: Int

    public var share: Double? { expected == 0 ? nil : Double(held) / Double(expected) }
}

extension PilotProgress {
    init?(pair: PairHistory, today: LocalDate) {
        guard let since = pair.plan?.since else { return nil }
        self.since = since
        until = pair.plan?.until
        let end = min(today, until ?? today)
        held = pair.held.filter { $0.date >= since && $0.date <= end }.count
        let days = since.days(until: end)
        expected = days < 0 ? 0 : days / max(pair.cadenceDays, 1) + 1
    }
}

/// A pair-level lint finding shown next to a pair's stats.
public struct PairFlag: Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    public var message: String
}

/// Everything `tandem stats` says about one pair.
public struct PairStats: Sendable {
    public var history: PairHistory
    public var names: [String: String]
    public var today: LocalDate
    public var followThrough: FollowThrough
    /// Commitments picked up by the pair's next session (§6.3).
    public var reviewRate: ReviewRate
    public var strip: [StripWeek]
    public var pulse: [PulseTrend]
    public var pilot: PilotProgress?
    /// Findings of the pair rules for this pair, most severe first.
    public var flags: [PairFlag]

    public var key: PairKey { history.key }
    public var held: Int { history.held.count }
    public var planned: Int { history.all.filter { $0.status == .planned }.count }
    public var cancelled: Int { history.all.filter { $0.status == .cancelled }.count }
    public var medianGap: Double? { median(history.gaps) }
    public var ended: Bool { history.hasEnded(today: today) }
    public var nextDue: LocalDate? { history.nextDue(today: today) }
    /// Days past `nextDue` (0 when not yet due), nil without a next due date.
    public var overdueDays: Int? { nextDue.map { max(0, $0.days(until: today)) } }
    /// Days since the last held session.
    public var daysSinceLast: Int? { history.last.map { $0.days(until: today) } }

    init(history: PairHistory, today: LocalDate, names: [String: String], flags: [PairFlag]) {
        self.history = history
        self.today = today
        self.names = names
        self.flags = flags
        followThrough = FollowThrough(commitments: history.all.flatMap(\.commitments), today: today)
        reviewRate = ReviewRate(held: history.held)
        strip = CadenceStrip.build(history, today: today)
        pulse = PulseTrend.trends(of: history.held)
        pilot = PilotProgress(pair: history, today: today)
    }

    /// `ana coached 6, ben 6`, the busier coach first.
    public var roles: String {
        let coached = history.coached
        let order = key.partners.sorted { (coached[$0] ?? 0, $1) > (coached[$1] ?? 0, $0) }
        return "\(order[0]) coached \((coached[order[0]] ?? 0).sessionCount), \(order[1]) \((coached[order[1]] ?? 0).sessionCount)"
    }

    /// One short phrase per warning-level flag (info-level flags such as
    /// `rotation-due` stay in the pair's block), the most telling problem first.
    public var headline: String {
        let rules = unique(flags.filter { $0.severity >= .warning }.map(\.rule)).sorted { a, b in
            (StatsReport.pairRules.firstIndex(of: a) ?? .max) < (StatsReport.pairRules.firstIndex(of: b) ?? .max)
        }
        if rules.isEmpty { return ended ? "ended" : (held == 0 ? "not met yet" : wholePair) }
        return rules.map(phrase(for:)).joined(separator: " · ")
    }

    /// Below this share of due commitments kept on time, a pair that meets on
    /// cadence is not "on track": meeting is half of peer coaching, doing what
    /// was agreed the other half.
    public static let followThroughTarget = 2.0 / 3.0

    /// A pair without cadence or role findings: `on track` names both halves,
    /// the cadence it keeps and the commitments it kept.
    private var wholePair: String {
        let cadence = "meeting every \(history.cadenceDays) days"
        guard let rate = followThrough.rate else { return "on track: \(cadence), no commitment due yet" }
        let kept = "\(followThrough.onTime)/\(followThrough.due) commitments kept (\(percent(rate))%)"
        if rate < Self.followThroughTarget { return "\(cadence), but only \(kept)" }
        return "on track: \(cadence), \(kept)"
    }

    private func phrase(for rule: String) -> String {
        switch rule {
        case CadenceOverdueRule.description.id:
            if let days = daysSinceLast { return "no session for \(days) days" }
            return "not met since starting on \(history.plan?.since?.description ?? "?")"
        case CadenceSlippingRule.description.id:
            let recent = history.gaps.suffix(3)
            let low = recent.min() ?? 0, high = recent.max() ?? 0
            let range = low == high ? "\(low)" : "\(low)–\(high)"
            return "slipping: last 3 gaps \(range) days vs \(history.cadenceDays)"
        case RoleImbalanceRule.description.id:
            let coached = history.coached
            let top = key.partners.max { (coached[$0] ?? 0, $1) < (coached[$1] ?? 0, $0) } ?? key.first
            return "\(top) coached \((coached[top] ?? 0).sessionCount) of \(held)"
        case RotationDueRule.description.id:
            return "together \(history.first.map { $0.days(until: today) } ?? 0) days: time to rotate"
        case AgreementMissingRule.description.id:
            return "no coaching agreement"
        case DuplicateSessionRule.description.id:
            return "duplicate session"
        case SessionDurationRule.description.id:
            let count = flags.filter { $0.rule == rule }.count
            return "\(count) session\(count == 1 ? "" : "s") outside the agreed length"
        default:
            return rule
        }
    }
}
