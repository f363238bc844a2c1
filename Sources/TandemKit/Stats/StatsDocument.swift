/// The pairs and the climate of the stats document.
extension StatsDocument {
    /// One pair; `stats --history` adds `median_days_late` and `redated_share` after its own keys.
    public struct Pair: Encodable, Sendable {
        public var figures: PairFigures
        public var history: HistoryFigures?

        init(_ p: PairStats, history: PairHistoryStats?) {
            figures = PairFigures(p)
            self.history = history.map {
                HistoryFigures(medianDaysLate: $0.medianDaysLate, redatedShare: $0.redatedShare.map { rounded($0, places: 2) })
            }
        }

        public func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            try history?.encode(to: encoder)
        }
    }

    public struct HistoryFigures: Encodable, Sendable {
        @Nullable public var medianDaysLate: Double?
        @Nullable public var redatedShare: Double?

        enum CodingKeys: String, CodingKey { case medianDaysLate = "median_days_late", redatedShare = "redated_share" }
    }

    public struct PairFigures: Encodable, Sendable {
        public var partners: [String]
        public var held: Int
        public var planned: Int
        public var cancelled: Int
        @Nullable public var first: LocalDate?
        @Nullable public var last: LocalDate?
        public var gaps: [Int]
        @Nullable public var medianGap: Double?
        public var cadenceDays: Int
        public var graceDays: Int
        @Nullable public var daysSinceLast: Int?
        @Nullable public var nextDue: LocalDate?
        @Nullable public var overdueDays: Int?
        public var ended: Bool
        public var coached: JSONFields<Double>
        public var followThrough: FollowThroughFigures
        @Nullable public var reviewRate: Double?
        public var strip: [StripWeek]
        public var pulse: JSONFields<PulseFigures>
        @Nullable public var pilot: Pilot?
        public var flags: [Flag]

        enum CodingKeys: String, CodingKey {
            case partners, held, planned, cancelled, first, last, gaps, medianGap = "median_gap",
                 cadenceDays = "cadence_days", graceDays = "grace_days", daysSinceLast = "days_since_last",
                 nextDue = "next_due", overdueDays = "overdue_days", ended, coached,
                 followThrough = "follow_through", reviewRate = "review_rate", strip, pulse, pilot, flags
        }

        init(_ p: PairStats) {
            let coached = p.history.coached
            partners = p.key.partners
            (held, planned, cancelled) = (p.held, p.planned, p.cancelled)
            (first, last, gaps, medianGap) = (p.history.first, p.history.last, p.history.gaps, p.medianGap)
            (cadenceDays, graceDays) = (p.history.cadenceDays, p.history.graceDays)
            (daysSinceLast, nextDue, overdueDays, ended) = (p.daysSinceLast, p.nextDue, p.overdueDays, p.ended)
            self.coached = JSONFields(p.key.partners.map { ($0, coached[$0] ?? 0) })
            followThrough = FollowThroughFigures(p.followThrough)
            reviewRate = p.reviewRate.value.map { rounded($0, places: 2) }
            strip = p.strip.map { StripWeek(weekStart: $0.start, state: $0.state.rawValue) }
            pulse = JSONFields(p.pulse.map { ($0.name, PulseFigures(
                firstMean: rounded($0.firstMean, places: 2), lastMean: rounded($0.lastMean, places: 2), count: $0.count)) })
            pilot = p.pilot.map { Pilot(since: $0.since, until: $0.until, held: $0.held, expected: $0.expected) }
            flags = p.flags.map { Flag(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message) }
        }
    }

    public struct StripWeek: Encodable, Sendable {
        public var weekStart: LocalDate
        public var state: String

        enum CodingKeys: String, CodingKey { case weekStart = "week_start", state }
    }

    public struct PulseFigures: Encodable, Sendable {
        public var firstMean: Double
        public var lastMean: Double
        public var count: Int

        enum CodingKeys: String, CodingKey { case firstMean = "first_mean", lastMean = "last_mean", count }
    }

    public struct Pilot: Encodable, Sendable {
        public var since: LocalDate
        @Nullable public var until: LocalDate?
        public var held: Int
        public var expected: Int
    }

    public struct Flag: Encodable, Sendable {
        public var rule: String
        public var severity: String
        public var message: String
    }
}

extension StatsDocument {
    public struct ClimateFigures: Encodable, Sendable {
        public var minRespondents: Int
        public var surveys: [SurveyEntry]
        public var scores: [Score]

        enum CodingKeys: String, CodingKey { case minRespondents = "min_respondents", surveys, scores }

        init(_ climate: Climate) {
            minRespondents = climate.minRespondents
            surveys = climate.surveys.map { entry in
                SurveyEntry(file: entry.survey.file, date: entry.survey.date, kind: entry.survey.kind.rawValue,
                            respondents: entry.survey.respondents, hidden: entry.hidden, hiddenReason: entry.hiddenReason,
                            scores: entry.hidden ? nil
                                : JSONFields(entry.survey.scores.map { ($0.name, rounded($0.value, places: 2)) }))
            }
            scores = climate.scores.map { score in
                Score(name: score.name, baseline: Point(score.baseline.survey, score.baseline.value),
                      latest: Point(score.latest.survey, score.latest.value), change: score.change)
            }
        }
    }

    public struct SurveyEntry: Encodable, Sendable {
        public var file: String
        public var date: LocalDate
        public var kind: String
        public var respondents: Int
        public var hidden: Bool
        @Nullable public var hiddenReason: String?
        /// Left null for a hidden survey: too few respondents to show its scores.
        @Nullable public var scores: JSONFields<Double>?

        enum CodingKeys: String, CodingKey {
            case file, date, kind, respondents, hidden, hiddenReason = "hidden_reason", scores
        }
    }

    public struct Score: Encodable, Sendable {
        public var name: String
        public var baseline: Point
        public var latest: Point
        public var change: Double
    }

    /// A score's value in one survey.
    public struct Point: Encodable, Sendable {
        public var value: Double
        public var date: LocalDate
        public var kind: String
        public var respondents: Int
        public var file: String

        init(_ survey: Survey, _ value: Double) {
            self.value = rounded(value, places: 2)
            (date, kind, respondents, file) = (survey.date, survey.kind.rawValue, survey.respondents, survey.file)
        }
    }
}
