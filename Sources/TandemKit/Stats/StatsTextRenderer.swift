/// `tandem stats` for people: one status line per pair at the top, so the pairs
/// that need attention show in seconds, then one block per pair and the team totals.
public struct StatsTextRenderer: StatsRenderer {
    public static let identifier = "text"
    public var style: TerminalStyle
    public var showLegend: Bool

    public init(style: TerminalStyle = TerminalStyle(enabled: false), showLegend: Bool = true) {
        self.style = style
        self.showLegend = showLegend
    }

    public func render(_ report: StatsReport) -> String {
        var out = style.bold("\(report.team.map { "\(DisplayText.field($0)): " } ?? "")pairs over time, \(report.today)")
            + "\n\n"
        guard !report.pairs.isEmpty else { return out + "No pairs match.\n" }
        let width = report.pairs.map { DisplayText.field($0.key.description).count }.max() ?? 0
        for pair in report.pairs {
            out += marker(pair) + " " + style.bold(pad(DisplayText.field(pair.key.description), width)) + "  " + pair.headline + "\n"
        }
        for pair in report.pairs { out += "\n" + block(pair) + historyRows(report.history?.pairs[pair.key]) }
        out += "\n" + team(report)
        out += climate(report.climate)
        if showLegend {
            out += "\n" + style.dim("cadence: one cell a week, oldest first, this week last. ")
                + cell(.met) + " met  " + cell(.missed) + " no session, within cadence  "
                + cell(.overdue) + " no session, overdue  (blank) not started or ended\n"
        }
        return out
    }

    /// `stats --history`: how late commitments were closed and how many were re-dated.
    private func historyRows(_ stats: PairHistoryStats?) -> String {
        guard let stats else { return "" }
        let late = stats.medianDaysLate.map { "median \(formatDays($0)) days late when closed" } ?? "—"
        let share = stats.redatedShare.map { "\(Int(($0 * 100).rounded()))% of commitments re-dated at least once" } ?? "—"
        return row("days late", late) + row("re-dated", share)
    }

    private func marker(_ pair: PairStats) -> String {
        switch pair.flags.map(\.severity).max() {
        case .error?, .warning?: style.paint("!", "1;33")
        case .info?, nil: " "
        }
    }

    private func block(_ pair: PairStats) -> String {
        let history = pair.history
        let names = pair.key.partners.compactMap { pair.names[$0].map(DisplayText.field) }
        var out = style.bold(DisplayText.field(pair.key.description)) + (names.count == 2 ? " (\(names.joined(separator: " & ")))" : "") + "\n"
        out += row("sessions", "\(pair.held) held · \(pair.planned) planned · \(pair.cancelled) cancelled")
        if let first = history.first, let last = history.last {
            out += row("met", "first \(first) · last \(last)")
        } else {
            out += row("met", "not yet")
        }
        let rhythm = "cadence \(history.cadenceDays) days + \(history.graceDays) grace"
        out += row("median gap", pair.medianGap.map { "\(formatDays($0)) days (\(rhythm))" } ?? "— (\(rhythm))")
        out += row("next due", nextDue(pair))
        out += row("roles", pair.held == 0 ? "—" : pair.roles)
        out += row("follow-through", pair.followThrough.summary)
        out += row("review", pair.reviewRate.summary)
        out += row("cadence", "│" + pair.strip.map { cell($0.state) }.joined() + "│ "
                   + style.dim("weeks from \(pair.strip.first?.start.description ?? "") to this week"))
        out += row("pulse", pair.pulse.isEmpty ? "—" : DisplayText.field(pair.pulse.map(\.summary).joined(separator: " · ")))
        if let pilot = pair.pilot { out += row("pilot", pilotLine(pilot)) }
        out += row("flags", pair.flags.isEmpty ? "—" : unique(pair.flags.map(\.rule)).joined(separator: ", "))
        return out
    }

    private func nextDue(_ pair: PairStats) -> String {
        if pair.ended { return "ended \(pair.history.plan?.until?.description ?? "")" }
        guard let due = pair.nextDue else { return "—" }
        let days = pair.today.days(until: due)
        if days < 0 { return style.paint("overdue by \(-days) days", "31") + " (due \(due))" }
        if days == 0 { return "today (\(due))" }
        return "\(due) (in \(days) day\(days == 1 ? "" : "s"))"
    }

    private func pilotLine(_ pilot: PilotProgress) -> String {
        let span = "since \(pilot.since)" + (pilot.until.map { " until \($0)" } ?? "")
        guard let share = pilot.share else { return "not started (\(span))" }
        return "\(pilot.held) of \(pilot.expected) expected sessions (\(percent(share))%) \(bar(share)) \(span)"
    }

    private func team(_ report: StatsReport) -> String {
        let t = report.totals
        var out = style.bold("Team" + (report.team.map { " " + DisplayText.field($0) } ?? "")) + "\n"
        out += row("pairs", "\(t.pairs) (\(t.activePairs) meeting on rhythm, \(t.endedPairs) ended)")
        out += row("sessions", "\(t.held) held · \(t.planned) planned · \(t.cancelled) cancelled")
        out += row("commitments", "\(t.open) open · \(t.done) done · \(t.cancelledCommitments) cancelled · \(t.overdue) overdue")
        out += row("follow-through", t.followThrough.summary)
        out += row("review", t.reviewRate.summary)
        out += row("pulse", t.pulse.isEmpty ? "—"
                   : t.pulse.map { "\(DisplayText.field($0.name)) \(String(format1: $0.mean)) (\($0.count) ratings)" }.joined(separator: " · "))
        return out
    }

    /// The climate block: one line per score, baseline → latest, and the hidden surveys.
    private func climate(_ climate: Climate) -> String {
        guard !climate.surveys.isEmpty else { return "" }
        var out = "\n" + style.bold("Climate") + " (\(climate.surveys.count) survey\(climate.surveys.count == 1 ? "" : "s"))\n"
        let width = max(16, (climate.scores.map { $0.name.count }.max() ?? 0) + 2)
        for score in climate.scores {
            let b = score.baseline, l = score.latest
            out += "  " + pad(score.name, width) + ("\(b.value.scoreText()) (\(b.survey.kind.rawValue) \(b.survey.date), \(b.survey.respondents) resp.)"
                       + " → \(l.value.scoreText()) (\(l.survey.kind.rawValue) \(l.survey.date), \(l.survey.respondents) resp.)"
                       + "  change \(score.change.scoreText(signed: true))") + "\n"
        }
        if climate.scores.isEmpty { out += row("scores", "— (no survey with enough respondents)") }
        for entry in climate.hidden {
            out += row("hidden", "\(entry.survey.file) (\(entry.survey.kind.rawValue) \(entry.survey.date)): \(entry.hiddenReason ?? "")")
        }
        return out
    }

    private func cell(_ state: WeekState) -> String {
        let symbol = String(state.symbol)
        switch state {
        case .met: return style.paint(symbol, "32")
        case .missed: return style.dim(symbol)
        case .overdue: return style.paint(symbol, "1;31")
        case .none: return symbol
        }
    }

    private func row(_ label: String, _ value: String) -> String { "  " + pad(label, 16) + value + "\n" }
}

/// Ten cells, filled in proportion to `share` (capped at full).
func bar(_ share: Double, cells: Int = 10) -> String {
    let filled = max(0, min(cells, Int((share * Double(cells)).rounded())))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
