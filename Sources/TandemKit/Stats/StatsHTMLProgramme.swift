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
        var out = "<section>\n<h2>Pilot evaluation</h2>\n<table>\n<tbody>\n"
        for (label, value) in rows {
            out += "<tr><th scope=\"row\">\(Escaping.html(label))</th><td class=\"wrap\">\(Escaping.html(value))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// Per score: baseline, latest, change and respondents; hidden surveys and why.
    func climateSection(_ report: StatsReport) -> String {
        let climate = report.climate
        guard !climate.surveys.isEmpty else { return "" }
        var out = "<section>\n<h2>Climate: psychological safety, trust and collaboration</h2>\n<table>\n"
            + "<caption>Baseline (the earliest baseline survey, else the earliest) against the latest survey</caption>\n"
            + "<thead><tr><th>score</th><th>baseline</th><th>latest</th><th>change</th></tr></thead>\n<tbody>\n"
        func point(_ p: (survey: Survey, value: Double)) -> String {
            "\(p.value.scoreText()) <span class=\"names\">(\(p.survey.kind.rawValue) \(p.survey.date), "
                + "\(p.survey.respondents) respondents)</span>"
        }
        for score in climate.scores {
            out += "<tr><td>\(Escaping.html(score.name))</td><td>\(point(score.baseline))</td><td>\(point(score.latest))</td>"
                + "<td>\(score.change.scoreText(signed: true))</td></tr>\n"
        }
        if climate.scores.isEmpty { out += "<tr><td colspan=\"4\">No survey has enough respondents to show its scores.</td></tr>\n" }
        out += "</tbody>\n</table>\n"
        for entry in climate.hidden {
            out += "<p>Hidden: \(Escaping.html(entry.survey.file)) (\(entry.survey.kind.rawValue) \(entry.survey.date)): "
                + "\(Escaping.html(entry.hiddenReason ?? ""))</p>\n"
        }
        return out + "</section>\n"
    }
}
