/// A survey as the climate report shows it: its scores, or why they are hidden.
public struct ClimateSurvey: Sendable {
    public var survey: Survey
    /// Fewer respondents than `min-respondents`: too few to keep answers anonymous.
    public var hidden: Bool
    public var minRespondents: Int

    public var hiddenReason: String? {
        hidden ? "\(survey.respondents) respondent\(survey.respondents == 1 ? "" : "s"), fewer than min-respondents "
            + "\(minRespondents): scores hidden to keep answers anonymous" : nil
    }
}

/// One score from the baseline survey to the latest one.
public struct ClimateScore: Sendable {
    public var name: String
    public var baseline: (survey: Survey, value: Double)
    public var latest: (survey: Survey, value: Double)
    /// latest − baseline, rounded to two places.
    public var change: Double { ((latest.value - baseline.value) * 100).rounded() / 100 }
}

/// The climate part of `stats` (§9): per score, the baseline (the earliest
/// `baseline` survey, else the earliest survey), the latest survey and the change,
/// counting only surveys whose scores are shown.
public struct Climate: Sendable {
    public var minRespondents: Int
    /// Valid surveys in the report's window, by date then file.
    public var surveys: [ClimateSurvey]
    public var scores: [ClimateScore]

    public var hidden: [ClimateSurvey] { surveys.filter(\.hidden) }

    public static func build(journal: Journal, filter: StatsFilter) -> Climate {
        let minimum = journal.configuration.programme.minRespondents
        let surveys = journal.surveys.compactMap(\.survey).filter { filter.includes($0.date) }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
            .map { ClimateSurvey(survey: $0, hidden: $0.respondents < minimum, minRespondents: minimum) }
        let shown = surveys.filter { !$0.hidden }.map(\.survey)
        let names = Set(shown.flatMap { $0.scores.map(\.name) }).sorted()
        let scores = names.compactMap { name -> ClimateScore? in
            let having = shown.compactMap { survey in survey.scores.first { $0.name == name }.map { (survey, $0.value) } }
            guard let first = having.first, let last = having.last else { return nil }
            let baseline = having.first { $0.0.kind == .baseline } ?? first
            return ClimateScore(name: name, baseline: baseline, latest: last)
        }
        return Climate(minRespondents: minimum, surveys: surveys, scores: scores)
    }
}

extension Double {
    /// `3.8`, `4`, `+0.4`, `-0.25`: at most two decimals.
    public func scoreText(signed: Bool = false) -> String {
        let value = (self * 100).rounded() / 100
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        return signed && value > 0 ? "+" + text : text
    }
}
