/// The programme parts of the HTML report (§9): the pilot's evaluation in one
/// table, and the climate surveys baseline → latest.
extension StatsHTMLRenderer {
    /// Sessions held against planned, follow-through, role balance and the climate
    /// change together: the evaluation the end of a pilot asks for.
    func evaluationSection(_ report: StatsReport) -> String {
        let pilots = report.pairs.compactMap(\.pilot)
        guard !pilots.isEmpty || !report.climate.surveys.isEmpty else { return "" }
        var rows: [(String, String)] = []
        let held = pilots.map(\.held).reduce(0, +), expected = pilots.map(\.expected).reduce(0, +)
        rows.append(("Sessions held against planned", pilots.isEmpty ? "no pair has since/until"
            : "\(held) of \(expected) expected at the pairs' cadence"
                + (expected > 0 ? " (\(percent(Double(held) / Double(expected)))%)" : "")))
        rows.append(("Follow-through", report.totals.followThrough.summary))
        let imbalanced = report.pairs.filter { $0.flags.contains { $0.rule == RoleImbalanceRule.description.id } }
        rows.append(("Role balance", "\(report.pairs.count - imbalanced.count) of \(report.pairs.count) pairs take turns"
            + (imbalanced.isEmpty ? "" : "; one partner mostly coaches in " + imbalanced.map(\.key.description).joined(separator: ", "))))
        let climate = report.climate
        let change = climate.scores.isEmpty ? "no survey with enough respondents"
            : climate.scores.map { "\($0.name) \($0.baseline.value.scoreText()) → \($0.latest.value.scoreText()) "
                + "(\($0.change.scoreText(signed: true)))" }.joined(separator: "; ")
        rows.append(("Climate change", climate.surveys.isEmpty ? "no surveys" : change))
        return StatsHTMLTemplates.render("evaluation", View.Evaluation(rows: rows.map { View.LabelledValue(label: $0.0, value: $0.1) }))
    }

    /// Per score: baseline, latest, change and respondents; hidden surveys and why.
    func climateSection(_ report: StatsReport) -> String {
        let climate = report.climate
        guard !climate.surveys.isEmpty else { return "" }
        func point(_ p: (survey: Survey, value: Double)) -> View.Climate.Point {
            View.Climate.Point(value: p.value.scoreText(), kind: p.survey.kind.rawValue, date: p.survey.date.description,
                               respondents: p.survey.respondents)
        }
        return StatsHTMLTemplates.render("climate", View.Climate(
            scores: climate.scores.map { score in
                View.Climate.Score(name: score.name, baseline: point(score.baseline), latest: point(score.latest),
                                   change: score.change.scoreText(signed: true))
            },
            hidden: climate.hidden.map { entry in
                View.Climate.Hidden(file: entry.survey.file, kind: entry.survey.kind.rawValue,
                                    date: entry.survey.date.description, reason: entry.hiddenReason ?? "")
            }))
    }
}
