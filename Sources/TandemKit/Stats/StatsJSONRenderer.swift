/// `tandem stats --format json`: the same figures as the text report, as data (schema 1).
public struct StatsJSONRenderer: StatsRenderer {
    public static let identifier = "json"

    public init() {}

    public func render(_ report: StatsReport) -> String { Self.document(report).serialized() }

    public static func document(_ report: StatsReport) -> JSONValue {
        JSONValueEncoder.value(StatsDocument(report))
    }
}

/// The stats document, key by key in the order it is written. Figures that are
/// shares or means are rounded to two places here, not by the reader.
public struct StatsDocument: Encodable, Sendable {
    public var header: DocumentHeader
    public var filter: Filter
    public var team: Team
    public var pairs: [Pair]
    public var climate: ClimateFigures
    /// Only with `stats --history`.
    public var openClosedWeeks: [Week]?

    enum CodingKeys: String, CodingKey {
        case filter, team, pairs, climate, openClosedWeeks = "open_closed_weeks"
    }

    public init(_ report: StatsReport) {
        header = DocumentHeader(today: report.today)
        filter = Filter(report.filter)
        team = Team(report)
        pairs = report.pairs.map { Pair($0, history: report.history?.pairs[$0.key]) }
        climate = ClimateFigures(report.climate)
        openClosedWeeks = report.history?.weeks.map { Week(weekStart: $0.start, open: $0.open, closed: $0.closed) }
    }

    public func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filter, forKey: .filter)
        try container.encode(team, forKey: .team)
        try container.encode(pairs, forKey: .pairs)
        try container.encode(climate, forKey: .climate)
        try container.encodeIfPresent(openClosedWeeks, forKey: .openClosedWeeks)
    }

    public struct Filter: Encodable, Sendable {
        @Nullable public var person: String?
        @Nullable public var pair: [String]?
        @Nullable public var since: LocalDate?
        @Nullable public var until: LocalDate?

        init(_ filter: StatsFilter) {
            person = filter.person
            pair = filter.pair?.partners
            since = filter.since
            until = filter.until
        }
    }

    public struct Week: Encodable, Sendable {
        public var weekStart: LocalDate
        public var open: Int
        public var closed: Int

        enum CodingKeys: String, CodingKey { case weekStart = "week_start", open, closed }
    }

    public struct Mean: Encodable, Sendable {
        public var mean: Double
        public var count: Int
    }

    public struct FollowThroughFigures: Encodable, Sendable {
        public var onTime: Int
        public var late: Int
        public var openOverdue: Int
        public var due: Int
        @Nullable public var rate: Double?

        enum CodingKeys: String, CodingKey { case onTime = "on_time", late, openOverdue = "open_overdue", due, rate }

        init(_ f: FollowThrough) {
            (onTime, late, openOverdue, due) = (f.onTime, f.late, f.openOverdue, f.due)
            rate = f.rate.map { rounded($0, places: 2) }
        }
    }
}

extension StatsDocument {
    public struct Team: Encodable, Sendable {
        @Nullable public var name: String?
        public var pairs: Int
        public var pairsActive: Int
        public var pairsEnded: Int
        public var held: Int
        public var planned: Int
        public var cancelled: Int
        public var commitments: Commitments
        public var followThrough: FollowThroughFigures
        @Nullable public var reviewRate: Double?
        public var pulse: JSONFields<Mean>

        enum CodingKeys: String, CodingKey {
            case name, pairs, pairsActive = "pairs_active", pairsEnded = "pairs_ended", held, planned, cancelled,
                 commitments, followThrough = "follow_through", reviewRate = "review_rate", pulse
        }

        public struct Commitments: Encodable, Sendable {
            public var open: Int
            public var done: Int
            public var cancelled: Int
            public var overdue: Int
        }

        init(_ report: StatsReport) {
            let t = report.totals
            name = report.team
            (pairs, pairsActive, pairsEnded) = (t.pairs, t.activePairs, t.endedPairs)
            (held, planned, cancelled) = (t.held, t.planned, t.cancelled)
            commitments = Commitments(open: t.open, done: t.done, cancelled: t.cancelledCommitments, overdue: t.overdue)
            followThrough = FollowThroughFigures(t.followThrough)
            reviewRate = t.reviewRate.value.map { rounded($0, places: 2) }
            pulse = JSONFields(t.pulse.map { ($0.name, Mean(mean: rounded($0.mean, places: 2), count: $0.count)) })
        }
    }
}
