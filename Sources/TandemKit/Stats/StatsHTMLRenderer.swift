/// `tandem stats --format html`: one self-contained page (inline CSS and SVG, no
/// scripts, no external resources) that prints well. Every journal text is escaped;
/// commitment texts of confidential sessions go through `Redaction`.
/// Colours are the Okabe–Ito palette, and every mark also differs by shape or
/// line style, so the charts read in grey print and for colour-blind readers.
public struct StatsHTMLRenderer: StatsRenderer {
    public static let identifier = "html"
    public var redaction: Redaction
    public init(redaction: Redaction) { self.redaction = redaction }

    static let blue = "#0072B2", orange = "#E69F00", green = "#009E73", vermillion = "#D55E00", grey = "#999999"

    public func render(_ report: StatsReport) -> String {
        let title = Escaping.html("\(report.team.map { "\($0): " } ?? "")pairs over time, \(report.today)")
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <h1>\(title)</h1>
            <p class="lede">Peer coaching builds psychological safety and trust when pairs keep their momentum. \
            This report is for measuring impact and to celebrate progress: who meets on rhythm, who takes turns, \
            which commitments were kept.</p>

            """
        guard !report.pairs.isEmpty else { return out + statusSection(report) + "</body>\n</html>\n" }
        out += teamSection(report)
        out += statusSection(report)
        out += timelineSection(report)
        out += rolesSection(report)
        out += followThroughSection(report)
        if let history = report.history { out += historySection(history, pairs: report.pairs) }
        out += pulseSection(report)
        out += dueSection(report)
        out += pilotSection(report)
        out += evaluationSection(report)
        out += climateSection(report)
        return out + "</body>\n</html>\n"
    }

    // MARK: Sections

    private func statusSection(_ report: StatsReport) -> String {
        var out = "<section>\n<h2>Pairs at a glance</h2>\n"
        guard !report.pairs.isEmpty else { return out + "<p>No pairs match.</p>\n</section>\n" }
        out += "<table>\n<thead><tr><th>pair</th><th>status</th><th>lint rules</th></tr></thead>\n<tbody>\n"
        for pair in report.pairs {
            let flagged = pair.flags.contains { $0.severity >= .warning }
            out += "<tr\(flagged ? " class=\"flagged\"" : "")><td>\(name(pair))</td><td class=\"wrap\">\(flagged ? "⚠ " : "")\(Escaping.html(pair.headline))</td>"
                + "<td class=\"wrap\">\(Escaping.html(unique(pair.flags.map(\.rule)).joined(separator: ", ")))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func timelineSection(_ report: StatsReport) -> String {
        let axis = TimeAxis(report: report, left: 150, width: 860)
        let rowHeight = 30, top = 24
        let height = top + rowHeight * report.pairs.count + 24
        var svg = "<svg viewBox=\"0 0 \(axis.total) \(height)\" style=\"min-width: \(axis.total)px\" role=\"img\" aria-labelledby=\"timeline-title\">\n"
        svg += "<title id=\"timeline-title\">Sessions of each pair from \(axis.start) to \(axis.end): filled circles are held sessions, hollow circles cancelled ones, hollow diamonds planned ones; thick dashed lines are gaps longer than the pair's cadence; the vertical line is today, \(report.today).</title>\n"
        svg += axis.ticks(height: height)
        for (row, pair) in report.pairs.enumerated() {
            let y = top + row * rowHeight + rowHeight / 2
            svg += "<text x=\"4\" y=\"\(y + 4)\" class=\"label\">\(Escaping.html(pair.key.description))</text>\n"
            svg += gapLines(pair, axis: axis, y: y)
            for session in pair.history.all { svg += mark(session, axis: axis, y: y) }
        }
        let todayX = axis.x(report.today)
        svg += "<line x1=\"\(todayX)\" y1=\"14\" x2=\"\(todayX)\" y2=\"\(height - 12)\" stroke=\"#000\" stroke-dasharray=\"2 2\"/>\n"
        svg += "<text x=\"\(todayX)\" y=\"\(height - 2)\" class=\"small\" text-anchor=\"end\">today \(report.today)</text>\n</svg>\n"
        var table = "<table>\n<caption>Sessions and gaps</caption>\n<thead><tr><th>pair</th><th>held</th><th>planned</th><th>cancelled</th>"
            + "<th>first</th><th>last</th><th>gaps (days)</th><th>median gap</th><th>cadence</th><th>next due</th></tr></thead>\n<tbody>\n"
        for pair in report.pairs {
            table += "<tr><td>\(name(pair))</td><td>\(pair.held)</td><td>\(pair.planned)</td><td>\(pair.cancelled)</td>"
                + "<td>\(date(pair.history.first))</td><td>\(date(pair.history.last))</td>"
                + "<td class=\"wrap\">\(pair.history.gaps.map(String.init).joined(separator: ", "))</td>"
                + "<td>\(pair.medianGap.map(formatDays) ?? "—")</td><td>\(pair.history.cadenceDays) + \(pair.history.graceDays) grace</td>"
                + "<td class=\"wrap\">\(nextDue(pair))</td></tr>\n"
        }
        table += "</tbody>\n</table>\n"
        return "<section>\n<h2>Momentum: sessions over time</h2>\n<figure>\n\(svg)</figure>\n\(table)</section>\n"
    }

    private func gapLines(_ pair: PairStats, axis: TimeAxis, y: Int) -> String {
        var out = ""
        let dates = pair.history.held.map(\.date)
        var segments = zip(dates, dates.dropFirst()).map { ($0, $1) }
        if let last = dates.last, !pair.ended, last < pair.today { segments.append((last, pair.today)) }
        for (from, to) in segments {
            let long = from.days(until: to) > pair.history.cadenceDays
            out += "<line x1=\"\(axis.x(from))\" y1=\"\(y)\" x2=\"\(axis.x(to))\" y2=\"\(y)\" "
                + (long ? "stroke=\"\(Self.vermillion)\" stroke-width=\"4\" stroke-dasharray=\"6 3\""
                        : "stroke=\"\(Self.grey)\" stroke-width=\"1.5\"")
                + "><title>\(from) to \(to): \(from.days(until: to)) days\(long ? ", longer than the cadence of \(pair.history.cadenceDays)" : "")</title></line>\n"
        }
        return out
    }

    private func mark(_ session: Session, axis: TimeAxis, y: Int) -> String {
        let x = axis.x(session.date)
        let title = "<title>\(session.date) \(session.status.rawValue), coach \(Escaping.html(session.coach))</title>"
        switch session.status {
        case .held:
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5\" fill=\"\(Self.blue)\">\(title)</circle>\n"
        case .cancelled:
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5\" fill=\"#fff\" stroke=\"\(Self.vermillion)\" stroke-width=\"2\">\(title)</circle>\n"
        case .planned:
            return "<path d=\"M\(x) \(y - 6) l6 6 l-6 6 l-6 -6 z\" fill=\"#fff\" stroke=\"\(Self.orange)\" stroke-width=\"2\">\(title)</path>\n"
        }
    }

    private func rolesSection(_ report: StatsReport) -> String {
        var out = "<section>\n<h2>Taking turns: coach and coachee</h2>\n<figure>\n"
        out += barChart(id: "roles", title: "Held sessions each partner coached, per pair", rows: report.pairs.map { pair in
            let coached = pair.history.coached
            let parts = pair.key.partners.enumerated().map { index, id in
                BarPart(value: Int((coached[id] ?? 0) * 2), colour: index == 0 ? Self.blue : Self.orange,
                        label: "\(id) \((coached[id] ?? 0).sessionCount)")
            }
            return (pair.key.description, parts)
        })
        out += "</figure>\n<table>\n<caption>Coach and coachee split</caption>\n<thead><tr><th>pair</th><th>coached</th><th>held</th></tr></thead>\n<tbody>\n"
        for pair in report.pairs {
            out += "<tr><td>\(name(pair))</td><td>\(Escaping.html(pair.held == 0 ? "—" : pair.roles))</td><td>\(pair.held)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func followThroughSection(_ report: StatsReport) -> String {
        var out = "<section>\n<h2>Follow-through: commitments kept by their due date</h2>\n<figure>\n"
        out += barChart(id: "follow-through", title: "Commitments past their due date per pair: done on time, done late, still open",
                        rows: report.pairs.map { pair in
            let f = pair.followThrough
            return (pair.key.description, [
                BarPart(value: f.onTime, colour: Self.green, label: "on time \(f.onTime)"),
                BarPart(value: f.late, colour: Self.orange, label: "late \(f.late)"),
                BarPart(value: f.openOverdue, colour: Self.vermillion, label: "open \(f.openOverdue)"),
            ])
        })
        out += "</figure>\n<table>\n<caption>Follow-through</caption>\n<thead><tr><th>pair</th><th>on time</th><th>late</th><th>open, overdue</th><th>due</th><th>rate</th><th>reviewed at the next session</th></tr></thead>\n<tbody>\n"
        for pair in report.pairs {
            let f = pair.followThrough
            out += "<tr><td>\(name(pair))</td><td>\(f.onTime)</td><td>\(f.late)</td><td>\(f.openOverdue)</td><td>\(f.due)</td>"
                + "<td>\(f.rate.map { "\(percent($0))%" } ?? "—")</td><td>\(Escaping.html(pair.reviewRate.summary))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// `stats --history`: open versus closed commitments week by week, and each pair's lateness.
    private func historySection(_ history: HistoryStats, pairs: [PairStats]) -> String {
        let weeks = history.weeks
        let left = 40, top = 10, barWidth = 14, gap = 6, height = 160
        let scale = max(1, weeks.map { max($0.open, $0.closed) }.max() ?? 1)
        let width = left + weeks.count * (2 * barWidth + gap) + 10
        var svg = "<svg viewBox=\"0 0 \(width) \(top + height + 40)\" role=\"img\" aria-labelledby=\"open-closed-title\">\n"
        svg += "<title id=\"open-closed-title\">Commitments open at the end of each week and closed during it, "
            + "from \(weeks.first?.start.description ?? "") to this week</title>\n"
        svg += "<text x=\"0\" y=\"\(top + 10)\" class=\"small\">\(scale)</text><text x=\"0\" y=\"\(top + height)\" class=\"small\">0</text>\n"
        for (index, week) in weeks.enumerated() {
            let x = left + index * (2 * barWidth + gap)
            for (offset, value, colour, label) in [(0, week.open, Self.blue, "open"), (barWidth, week.closed, Self.green, "closed")] {
                let h = value * height / scale
                svg += "<rect x=\"\(x + offset)\" y=\"\(top + height - h)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"\(colour)\">"
                    + "<title>week of \(week.start): \(value) \(label)</title></rect>\n"
            }
            if index % 4 == 0 {
                svg += "<text x=\"\(x)\" y=\"\(top + height + 16)\" class=\"small\">\(week.start)</text>\n"
            }
        }
        svg += "<text x=\"\(left)\" y=\"\(top + height + 34)\" class=\"small\"><tspan fill=\"\(Self.blue)\">■</tspan> open at the week's end "
            + "<tspan fill=\"\(Self.green)\">■</tspan> closed during the week</text>\n</svg>\n"
        var out = "<section>\n<h2>History: commitments open and closed, week by week</h2>\n<figure>\n\(svg)</figure>\n"
        out += "<table>\n<caption>From the journal's git history</caption>\n<thead><tr><th>pair</th><th>median days late</th><th>re-dated at least once</th></tr></thead>\n<tbody>\n"
        for pair in pairs {
            let stats = history.pairs[pair.key]
            out += "<tr><td>\(name(pair))</td><td>\(stats?.medianDaysLate.map { formatDays($0) } ?? "—")</td>"
                + "<td>\(stats?.redatedShare.map { "\(percent($0))%" } ?? "—")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func pulseSection(_ report: StatsReport) -> String {
        var out = "<section>\n<h2>Pulse: psychological safety and trust</h2>\n<div class=\"charts\">\n"
        var table = "<table>\n<caption>Pulse ratings of held sessions (1–5)</caption>\n<thead><tr><th>pair</th><th>rating</th><th>values, oldest first</th><th>first 3 → last 3</th></tr></thead>\n<tbody>\n"
        var any = false
        for pair in report.pairs {
            for trend in pair.pulse {
                any = true
                let points = pair.history.held.compactMap { session in
                    session.pulse.first { $0.name == trend.name }.map { (session.date, $0.value) }
                }
                out += lineChart(pair: pair, name: trend.name, points: points)
                table += "<tr><td>\(name(pair))</td><td>\(Escaping.html(trend.name))</td>"
                    + "<td class=\"wrap\">\(points.map { "\($0.0): \($0.1)" }.joined(separator: ", "))</td>"
                    + "<td>\(Escaping.html(trend.summary))</td></tr>\n"
            }
        }
        guard any else { return "<section>\n<h2>Pulse: psychological safety and trust</h2>\n<p>No pulse ratings yet.</p>\n</section>\n" }
        return out + "</div>\n" + table + "</tbody>\n</table>\n</section>\n"
    }

    private func lineChart(pair: PairStats, name: String, points: [(LocalDate, Int)]) -> String {
        let width = 260, height = 90, left = 16, right = 10, top = 16, bottom = 14
        let step = points.count > 1 ? Double(width - left - right) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Int { left + Int((Double(index) * step).rounded()) }
        func y(_ value: Int) -> Int { top + (5 - min(max(value, 1), 5)) * (height - top - bottom) / 4 }
        let label = Escaping.html("\(pair.key.description): \(name)")
        var svg = "<figure class=\"small-chart\"><svg viewBox=\"0 0 \(width) \(height)\" role=\"img\">\n"
        svg += "<title>\(label), ratings 1 to 5 over \(points.count) held sessions: \(points.map { String($0.1) }.joined(separator: ", "))</title>\n"
        for level in [1, 3, 5] {
            svg += "<line x1=\"\(left)\" y1=\"\(y(level))\" x2=\"\(width - right)\" y2=\"\(y(level))\" stroke=\"#ddd\"/>"
                + "<text x=\"2\" y=\"\(y(level) + 3)\" class=\"small\">\(level)</text>\n"
        }
        let path = points.indices.map { "\(x($0)),\(y(points[$0].1))" }.joined(separator: " ")
        svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(Self.blue)\" stroke-width=\"2\"/>\n"
        for (index, point) in points.enumerated() {
            svg += "<circle cx=\"\(x(index))\" cy=\"\(y(point.1))\" r=\"2.5\" fill=\"\(Self.blue)\"><title>\(point.0): \(point.1)</title></circle>"
                + "<text x=\"\(x(index))\" y=\"\(y(point.1) - 5)\" class=\"value\">\(point.1)</text>\n"
        }
        return svg + "</svg><figcaption>\(label)</figcaption></figure>\n"
    }

    private func dueSection(_ report: StatsReport) -> String {
        var out = "<section>\n<h2>Due now</h2>\n<table>\n<caption>Overdue commitments</caption>\n"
            + "<thead><tr><th>where</th><th>pair</th><th>owners</th><th>due</th><th>days overdue</th><th>commitment</th></tr></thead>\n<tbody>\n"
        var rows = 0
        for pair in report.pairs {
            for session in pair.history.all {
                for commitment in session.commitments where commitment.isOverdue(today: report.today) {
                    rows += 1
                    let text = redaction.text(of: commitment, in: session).map { "<bdi>\(Escaping.html($0))</bdi>" }
                        ?? "<em>\(Escaping.html(Redaction.placeholder))</em>"
                    out += "<tr><td><code>\(Escaping.html("\(session.file):\(commitment.line)"))</code></td><td>\(name(pair))</td>"
                        + "<td>\(commitment.owners.map { "<bdi>\(Escaping.html($0))</bdi>" }.joined(separator: ", "))</td>"
                        + "<td>\(date(commitment.due))</td><td>\(commitment.due.map { $0.days(until: report.today) } ?? 0)</td><td class=\"wrap\">\(text)</td></tr>\n"
                }
            }
        }
        if rows == 0 { out += "<tr><td colspan=\"6\">No overdue commitments.</td></tr>\n" }
        out += "</tbody>\n</table>\n<table>\n<caption>Pairs due for a session</caption>\n"
            + "<thead><tr><th>where</th><th>pair</th><th>next due</th><th>days overdue</th></tr></thead>\n<tbody>\n"
        let due = report.pairs.filter { pair in pair.nextDue.map { $0 <= report.today } ?? false }
        for pair in due {
            let anchor = pair.history.anchor
            out += "<tr><td><code>\(Escaping.html("\(anchor.file):\(anchor.line)"))</code></td><td>\(name(pair))</td>"
                + "<td>\(date(pair.nextDue))</td><td>\(pair.overdueDays ?? 0)</td></tr>\n"
        }
        if due.isEmpty { out += "<tr><td colspan=\"4\">No pair is due.</td></tr>\n" }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func pilotSection(_ report: StatsReport) -> String {
        let pilots = report.pairs.compactMap { pair in pair.pilot.map { (pair, $0) } }
        guard !pilots.isEmpty else { return "" }
        var out = "<section>\n<h2>Pilot progress</h2>\n<figure>\n"
        out += barChart(id: "pilot", title: "Held sessions against the sessions expected at each pair's cadence", rows: pilots.map { pair, pilot in
            (pair.key.description, [
                BarPart(value: pilot.held, colour: Self.green, label: "held \(pilot.held)"),
                BarPart(value: max(0, pilot.expected - pilot.held), colour: "#e8e8e8", label: "still expected \(max(0, pilot.expected - pilot.held))"),
            ])
        })
        out += "</figure>\n<table>\n<caption>Pilot progress: expected = floor((min(today, until) − since) / cadence) + 1</caption>\n"
            + "<thead><tr><th>pair</th><th>since</th><th>until</th><th>held</th><th>expected</th><th>progress</th></tr></thead>\n<tbody>\n"
        for (pair, pilot) in pilots {
            out += "<tr><td>\(name(pair))</td><td>\(pilot.since)</td><td>\(date(pilot.until))</td><td>\(pilot.held)</td>"
                + "<td>\(pilot.expected)</td><td>\(pilot.share.map { "\(percent($0))%" } ?? "—")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func teamSection(_ report: StatsReport) -> String {
        let t = report.totals
        let rows: [(String, String)] = [
            ("pairs", "\(t.pairs) (\(t.activePairs) meeting on rhythm, \(t.endedPairs) ended)"),
            ("sessions", "\(t.held) held, \(t.planned) planned, \(t.cancelled) cancelled"),
            ("commitments", "\(t.open) open, \(t.done) done, \(t.cancelledCommitments) cancelled, \(t.overdue) overdue"),
            ("follow-through", t.followThrough.summary),
            ("review", t.reviewRate.summary),
            ("pulse", t.pulse.isEmpty ? "—" : t.pulse.map { "\($0.name) \(String(format1: $0.mean)) (\($0.count) ratings)" }.joined(separator: ", ")),
        ]
        return "<section>\n<h2>Team\(report.team.map { " <bdi>\(Escaping.html($0))</bdi>" } ?? "")</h2>\n<table>\n<tbody>\n"
            + rows.map { "<tr><th>\($0.0)</th><td class=\"wrap\">\(Escaping.html($0.1))</td></tr>\n" }.joined()
            + "</tbody>\n</table>\n</section>\n"
    }

    // MARK: Pieces

    struct BarPart { var value: Int; var colour: String; var label: String }

    /// Horizontal stacked bars, one row per pair, labelled with their values.
    private func barChart(id: String, title: String, rows: [(String, [BarPart])]) -> String {
        let left = 150, width = 420, rowHeight = 26
        let scale = max(1, rows.map { $0.1.map(\.value).reduce(0, +) }.max() ?? 1)
        let total = left + width + 220
        var svg = "<svg viewBox=\"0 0 \(total) \(rows.count * rowHeight + 6)\" style=\"min-width: \(total)px\" role=\"img\" aria-labelledby=\"\(id)-title\">\n"
        svg += "<title id=\"\(id)-title\">\(Escaping.html(title)): "
            + Escaping.html(rows.map { "\($0.0) \($0.1.map(\.label).joined(separator: ", "))" }.joined(separator: "; ")) + "</title>\n"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            svg += "<text x=\"4\" y=\"\(y + 14)\" class=\"label\">\(Escaping.html(row.0))</text>\n"
            var x = left
            for part in row.1 where part.value > 0 {
                let w = part.value * width / scale
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"18\" fill=\"\(part.colour)\" stroke=\"#fff\"><title>\(Escaping.html(part.label))</title></rect>\n"
                x += w
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 14)\" class=\"small\">\(Escaping.html(row.1.map(\.label).joined(separator: " · ")))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func name(_ pair: PairStats) -> String {
        let names = pair.key.partners.compactMap { pair.names[$0] }
        let full = names.count == 2 ? " <span class=\"names\">(<bdi>\(Escaping.html(names[0]))</bdi> &amp; <bdi>\(Escaping.html(names[1]))</bdi>)</span>" : ""
        return "<bdi>\(Escaping.html(pair.key.description))</bdi>\(full)"
    }

    private func date(_ date: LocalDate?) -> String { date?.description ?? "—" }

    private func nextDue(_ pair: PairStats) -> String {
        if pair.ended { return "ended" }
        guard let due = pair.nextDue else { return "—" }
        let late = pair.overdueDays ?? 0
        return late > 0 ? "\(due) (overdue by \(late) days)" : due.description
    }

    static let css = """

        body { font: 14px/1.45 system-ui, sans-serif; color: #111; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: .6em 0 1.2em; display: block; max-width: 100%; overflow-x: auto; }
        caption { text-align: left; font-weight: 600; padding: .3em 0; }
        th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; white-space: nowrap; }
        td.wrap { white-space: normal; } .names { white-space: normal; }
        tr.flagged td:nth-child(2) { font-weight: 600; }
        svg { width: 100%; height: auto; max-width: 1100px; }
        svg text { font: 12px system-ui, sans-serif; fill: #111; }
        svg text.small { font-size: 10px; } svg text.value { font-size: 10px; text-anchor: middle; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em; }
        figure { margin: .5em 0; max-width: 100%; overflow-x: auto; } figure.small-chart { width: 270px; } figcaption { font-size: 12px; }
        .names { color: #555; } .lede { color: #333; max-width: 60em; }
        @media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } a { color: inherit; } }

        """
}

/// The shared date axis of the timeline.
struct TimeAxis {
    var start: LocalDate
    var end: LocalDate
    var left: Int
    var width: Int
    var total: Int { left + width + 20 }

    init(report: StatsReport, left: Int, width: Int) {
        // The programme's own dates: a young programme is not stretched over a
        // fixed 26 weeks; with no dates at all, the strip's 26 weeks.
        let firstWeek = report.today.startOfWeek.adding(days: -7 * (CadenceStrip.weeks - 1))
        let dates = report.pairs.flatMap { pair in pair.history.all.map(\.date) + [pair.history.plan?.since].compactMap { $0 } }
        start = min(dates.min() ?? firstWeek, report.today).adding(days: -3)
        end = max(dates.max() ?? report.today, report.today).adding(days: 7)
        self.left = left
        self.width = width
    }

    func x(_ date: LocalDate) -> Int {
        let span = max(1, start.days(until: end))
        return left + start.days(until: date) * width / span
    }

    /// A tick and an ISO label (YYYY-MM) at the first day of each month.
    func ticks(height: Int) -> String {
        var out = ""
        var month = LocalDate(year: start.year, month: start.month, day: 1) ?? start
        while month <= end {
            if month >= start {
                out += "<line x1=\"\(x(month))\" y1=\"14\" x2=\"\(x(month))\" y2=\"\(height)\" stroke=\"#eee\"/>"
                    + "<text x=\"\(x(month) + 2)\" y=\"22\" class=\"small\">\(month.description.prefix(7))</text>\n"
            }
            let next = month.month == 12 ? LocalDate(year: month.year + 1, month: 1, day: 1)
                                         : LocalDate(year: month.year, month: month.month + 1, day: 1)
            guard let next else { break }
            month = next
        }
        return out
    }
}
