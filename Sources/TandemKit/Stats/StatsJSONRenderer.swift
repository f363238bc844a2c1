/// `tandem stats --format json`: the same figures as the text report, as data (schema 1).
public enum StatsJSONRenderer {
    public static func render(_ report: StatsReport) -> String { document(report).serialized() }

    public static func document(_ report: StatsReport) -> JSONValue {
        .object(IndexDocument.header(today: report.today) + [
            ("filter", filter(report.filter)),
            ("team", team(report)),
            ("pairs", .array(report.pairs.map { withHistory(pair($0), report.history?.pairs[$0.key]) })),
            ("climate", climate(report.climate)),
        ] + (report.history.map { [("open_closed_weeks", weeks($0))] } ?? []))
    }

    static func climate(_ climate: Climate) -> JSONValue {
        func point(_ survey: Survey, _ value: Double) -> JSONValue {
            .object([("value", .double(rounded(value, places: 2))), ("date", .date(survey.date)),
                     ("kind", .string(survey.kind.rawValue)), ("respondents", .int(survey.respondents)),
                     ("file", .string(survey.file))])
        }
        return .object([
            ("min_respondents", .int(climate.minRespondents)),
            ("surveys", .array(climate.surveys.map { entry in
                .object([
                    ("file", .string(entry.survey.file)), ("date", .date(entry.survey.date)),
                    ("kind", .string(entry.survey.kind.rawValue)), ("respondents", .int(entry.survey.respondents)),
                    ("hidden", .bool(entry.hidden)), ("hidden_reason", .string(entry.hiddenReason)),
                    ("scores", entry.hidden ? .null
                        : .object(entry.survey.scores.map { ($0.name, .double(rounded($0.value, places: 2))) })),
                ])
            })),
            ("scores", .array(climate.scores.map { score in
                .object([
                    ("name", .string(score.name)),
                    ("baseline", point(score.baseline.survey, score.baseline.value)),
                    ("latest", point(score.latest.survey, score.latest.value)),
                    ("change", .double(score.change)),
                ])
            })),
        ])
    }

    /// `stats --history` adds `median_days_late` and `redated_share` to each pair.
    static func withHistory(_ pair: JSONValue, _ stats: PairHistoryStats?) -> JSONValue {
        guard let stats, case .object(let fields) = pair else { return pair }
        return .object(fields + [
            ("median_days_late", stats.medianDaysLate.map(JSONValue.double) ?? .null),
            ("redated_share", stats.redatedShare.map { .double(rounded($0, places: 2)) } ?? .null),
        ])
    }

    static func weeks(_ history: HistoryStats) -> JSONValue {
        .array(history.weeks.map { .object([("week_start", .date($0.start)), ("open", .int($0.open)), ("closed", .int($0.closed))]) })
    }

    static func filter(_ filter: StatsFilter) -> JSONValue {
        .object([
            ("person", .string(filter.person)),
            ("pair", filter.pair.map { .strings($0.partners) } ?? .null),
            ("since", .date(filter.since)),
            ("until", .date(filter.until)),
        ])
    }

    static func team(_ report: StatsReport) -> JSONValue {
        let t = report.totals
        return .object([
            ("name", .string(report.team)),
            ("pairs", .int(t.pairs)),
            ("pairs_active", .int(t.activePairs)),
            ("pairs_ended", .int(t.endedPairs)),
            ("held", .int(t.held)),
            ("planned", .int(t.planned)),
            ("cancelled", .int(t.cancelled)),
            ("commitments", .object([
                ("open", .int(t.open)), ("done", .int(t.done)),
                ("cancelled", .int(t.cancelledCommitments)), ("overdue", .int(t.overdue)),
            ])),
            ("follow_through", followThrough(t.followThrough)),
            ("review_rate", reviewRate(t.reviewRate)),
            ("pulse", .object(t.pulse.map { ($0.name, .object([
                ("mean", .double(rounded($0.mean, places: 2))), ("count", .int($0.count)),
            ])) })),
        ])
    }

    static func pair(_ p: PairStats) -> JSONValue {
        let coached = p.history.coached
        return .object([
            ("partners", .strings(p.key.partners)),
            ("held", .int(p.held)),
            ("planned", .int(p.planned)),
            ("cancelled", .int(p.cancelled)),
            ("first", .date(p.history.first)),
            ("last", .date(p.history.last)),
            ("gaps", .array(p.history.gaps.map(JSONValue.int))),
            ("median_gap", p.medianGap.map(JSONValue.double) ?? .null),
            ("cadence_days", .int(p.history.cadenceDays)),
            ("grace_days", .int(p.history.graceDays)),
            ("days_since_last", .int(p.daysSinceLast)),
            ("next_due", .date(p.nextDue)),
            ("overdue_days", .int(p.overdueDays)),
            ("ended", .bool(p.ended)),
            ("coached", .object(p.key.partners.map { ($0, .double(coached[$0] ?? 0)) })),
            ("follow_through", followThrough(p.followThrough)),
            ("review_rate", reviewRate(p.reviewRate)),
            ("strip", .array(p.strip.map { .object([("week_start", .date($0.start)), ("state", .string($0.state.rawValue))]) })),
            ("pulse", .object(p.pulse.map { ($0.name, .object([
                ("first_mean", .double(rounded($0.firstMean, places: 2))),
                ("last_mean", .double(rounded($0.lastMean, places: 2))),
                ("count", .int($0.count)),
            ])) })),
            ("pilot", p.pilot.map { pilot in .object([
                ("since", .date(pilot.since)), ("until", .date(pilot.until)),
                ("held", .int(pilot.held)), ("expected", .int(pilot.expected)),
            ]) } ?? .null),
            ("flags", .array(p.flags.map { .object([
                ("rule", .string($0.rule)), ("severity", .string($0.severity.rawValue)), ("message", .string($0.message)),
            ]) })),
        ])
    }

    static func reviewRate(_ r: ReviewRate) -> JSONValue {
        r.value.map { .double(rounded($0, places: 2)) } ?? .null
    }

    static func followThrough(_ f: FollowThrough) -> JSONValue {
        .object([
            ("on_time", .int(f.onTime)), ("late", .int(f.late)), ("open_overdue", .int(f.openOverdue)),
            ("due", .int(f.due)), ("rate", f.rate.map { .double(rounded($0, places: 2)) } ?? .null),
        ])
    }
}
