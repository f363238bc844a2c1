/// `tandem stats --format html`: one self-contained page (inline CSS and SVG, no
/// scripts, no external resources) that prints well. Every journal text is escaped;
/// commitment texts of confidential sessions go through `Redaction`.
/// Colours are the Okabe–Ito palette, and every mark also differs by shape or
/// line style, so the charts read in grey print and for colour-blind readers.
///
/// The markup is in `StatsHTMLTemplates`; this type computes what they show
/// (`StatsHTMLView`): texts, figures, chart coordinates and colours.
public struct StatsHTMLRenderer: StatsRenderer {
    public static let identifier = "html"
    public var redaction: Redaction
    public init(redaction: Redaction) { self.redaction = redaction }

    static let blue = "#0072B2", orange = "#E69F00", green = "#009E73", vermillion = "#D55E00", grey = "#999999"

    typealias View = StatsHTMLView

    public func render(_ report: StatsReport) -> String {
        let title = "\(report.team.map { "\($0): " } ?? "")pairs over time, \(report.today)"
        var sections = [statusSection(report)]
        if !report.pairs.isEmpty {
            sections = [teamSection(report), statusSection(report), timelineSection(report), rolesSection(report),
                        followThroughSection(report)]
            if let history = report.history { sections.append(historySection(history, pairs: report.pairs)) }
            sections += [pulseSection(report), dueSection(report), pilotSection(report), evaluationSection(report),
                         climateSection(report)]
        }
        return StatsHTMLTemplates.render("page", View.Page(title: title, css: Self.css, sections: sections.joined()))
    }

    // MARK: Sections

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
        return StatsHTMLTemplates.render("team", View.Team(
            hasTeam: report.team != nil, team: report.team ?? "", rows: rows.map { View.LabelledValue(label: $0.0, value: $0.1) }))
    }

    private func statusSection(_ report: StatsReport) -> String {
        StatsHTMLTemplates.render("status", View.Status(hasPairs: !report.pairs.isEmpty, pairs: report.pairs.map { pair in
            View.Status.Row(name: name(pair), flagged: pair.flags.contains { $0.severity >= .warning },
                            headline: pair.headline, rules: unique(pair.flags.map(\.rule)).joined(separator: ", "))
        }))
    }

    private func timelineSection(_ report: StatsReport) -> String {
        let axis = TimeAxis(report: report, left: 150, width: 860)
        let rowHeight = 30, top = 24
        let height = top + rowHeight * report.pairs.count + 24
        let rows = report.pairs.enumerated().map { row, pair in
            let y = top + row * rowHeight + rowHeight / 2
            return View.Timeline.Row(key: pair.key.description, textY: y + 4, gaps: gapLines(pair, axis: axis, y: y),
                                     marks: pair.history.all.map { mark($0, axis: axis, y: y) })
        }
        let todayX = axis.x(report.today)
        return StatsHTMLTemplates.render("timeline", View.Timeline(
            total: axis.total, height: height, start: axis.start.description, end: axis.end.description,
            today: report.today.description, ticks: axis.ticks(), rows: rows,
            todayX: todayX, todayLineEnd: height - 12, todayTextY: height - 2,
            pairs: report.pairs.map { pair in
                View.Timeline.TableRow(
                    name: name(pair), held: pair.held, planned: pair.planned, cancelled: pair.cancelled,
                    firstDate: date(pair.history.first), lastDate: date(pair.history.last),
                    gaps: pair.history.gaps.map(String.init).joined(separator: ", "),
                    medianGap: pair.medianGap.map(formatDays) ?? "—",
                    cadence: pair.history.cadenceDays, grace: pair.history.graceDays, nextDue: nextDue(pair))
            }))
    }

    private func gapLines(_ pair: PairStats, axis: TimeAxis, y: Int) -> [View.Timeline.Gap] {
        let dates = pair.history.held.map(\.date)
        var segments = zip(dates, dates.dropFirst()).map { ($0, $1) }
        if let last = dates.last, !pair.ended, last < pair.today { segments.append((last, pair.today)) }
        return segments.map { from, to in
            let long = from.days(until: to) > pair.history.cadenceDays
            return View.Timeline.Gap(
                x1: axis.x(from), x2: axis.x(to), y: y, colour: long ? Self.vermillion : Self.grey,
                strokeWidth: long ? "4" : "1.5", long: long, from: from.description, to: to.description,
                days: from.days(until: to), cadence: pair.history.cadenceDays)
        }
    }

    private func mark(_ session: Session, axis: TimeAxis, y: Int) -> View.Timeline.Mark {
        let colour = switch session.status {
        case .held: Self.blue
        case .cancelled: Self.vermillion
        case .planned: Self.orange
        }
        return View.Timeline.Mark(
            isHeld: session.status == .held, isCancelled: session.status == .cancelled,
            isPlanned: session.status == .planned, x: axis.x(session.date), y: y, top: y - 6, colour: colour,
            date: session.date.description, status: session.status.rawValue, coach: session.coach)
    }

    private func rolesSection(_ report: StatsReport) -> String {
        let chart = barChart(id: "roles", title: "Held sessions each partner coached, per pair", rows: report.pairs.map { pair in
            let coached = pair.history.coached
            let parts = pair.key.partners.enumerated().map { index, id in
                BarPart(value: Int((coached[id] ?? 0) * 2), colour: index == 0 ? Self.blue : Self.orange,
                        label: "\(id) \((coached[id] ?? 0).sessionCount)")
            }
            return (pair.key.description, parts)
        })
        return StatsHTMLTemplates.render("roles", View.Roles(chart: chart, pairs: report.pairs.map { pair in
            View.Roles.Row(name: name(pair), roles: pair.held == 0 ? "—" : pair.roles, held: pair.held)
        }))
    }

    private func followThroughSection(_ report: StatsReport) -> String {
        let chart = barChart(id: "follow-through", title: "Commitments past their due date per pair: done on time, done late, still open",
                             rows: report.pairs.map { pair in
            let f = pair.followThrough
            return (pair.key.description, [
                BarPart(value: f.onTime, colour: Self.green, label: "on time \(f.onTime)"),
                BarPart(value: f.late, colour: Self.orange, label: "late \(f.late)"),
                BarPart(value: f.openOverdue, colour: Self.vermillion, label: "open \(f.openOverdue)"),
            ])
        })
        return StatsHTMLTemplates.render("followThrough", View.FollowThrough(chart: chart, pairs: report.pairs.map { pair in
            let f = pair.followThrough
            return View.FollowThrough.Row(name: name(pair), onTime: f.onTime, late: f.late, openOverdue: f.openOverdue, due: f.due,
                                          rate: f.rate.map { "\(percent($0))%" } ?? "—", reviewed: pair.reviewRate.summary)
        }))
    }

    /// `stats --history`: open versus closed commitments week by week, and each pair's lateness.
    private func historySection(_ history: HistoryStats, pairs: [PairStats]) -> String {
        let weeks = history.weeks
        let left = 40, top = 10, barWidth = 14, gap = 6, height = 160
        let scale = max(1, weeks.map { max($0.open, $0.closed) }.max() ?? 1)
        let views = weeks.enumerated().map { index, week in
            let x = left + index * (2 * barWidth + gap)
            let bars = [(0, week.open, Self.blue, "open"), (barWidth, week.closed, Self.green, "closed")].map { offset, value, colour, label in
                let h = value * height / scale
                return View.History.Bar(x: x + offset, y: top + height - h, width: barWidth, height: h, colour: colour,
                                        value: value, label: label)
            }
            return View.History.Week(x: x, start: week.start.description, bars: bars, labelled: index % 4 == 0,
                                     labelY: top + height + 16)
        }
        return StatsHTMLTemplates.render("history", View.History(
            width: left + weeks.count * (2 * barWidth + gap) + 10, height: top + height + 40,
            firstWeek: weeks.first?.start.description ?? "", scaleY: top + 10, scale: scale, baseline: top + height,
            weeks: views, left: left, legendY: top + height + 34, openColour: Self.blue, closedColour: Self.green,
            pairs: pairs.map { pair in
                let stats = history.pairs[pair.key]
                return View.History.Row(name: name(pair), medianDaysLate: stats?.medianDaysLate.map { formatDays($0) } ?? "—",
                                        redated: stats?.redatedShare.map { "\(percent($0))%" } ?? "—")
            }))
    }
}

extension StatsHTMLRenderer {
    func pulseSection(_ report: StatsReport) -> String {
        var rows: [View.Pulse.Row] = []
        for pair in report.pairs {
            for trend in pair.pulse {
                let points = pair.history.held.compactMap { session in
                    session.pulse.first { $0.name == trend.name }.map { (session.date, $0.value) }
                }
                rows.append(View.Pulse.Row(
                    name: name(pair), rating: trend.name,
                    values: points.map { "\($0.0): \($0.1)" }.joined(separator: ", "), summary: trend.summary,
                    chart: lineChart(pair: pair, name: trend.name, points: points)))
            }
        }
        return StatsHTMLTemplates.render("pulse", View.Pulse(hasRows: !rows.isEmpty, rows: rows))
    }

    private func lineChart(pair: PairStats, name: String, points: [(LocalDate, Int)]) -> View.LineChart {
        let width = 260, height = 90, left = 16, right = 10, top = 16, bottom = 14
        let step = points.count > 1 ? Double(width - left - right) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Int { left + Int((Double(index) * step).rounded()) }
        func y(_ value: Int) -> Int { top + (5 - min(max(value, 1), 5)) * (height - top - bottom) / 4 }
        return View.LineChart(
            width: width, height: height, label: "\(pair.key.description): \(name)", count: points.count,
            values: points.map { String($0.1) }.joined(separator: ", "),
            levels: [1, 3, 5].map { View.LineChart.Level(x1: left, x2: width - right, y: y($0), textY: y($0) + 3, level: $0) },
            path: points.indices.map { "\(x($0)),\(y(points[$0].1))" }.joined(separator: " "), colour: Self.blue,
            points: points.enumerated().map { index, point in
                View.LineChart.Point(x: x(index), y: y(point.1), textY: y(point.1) - 5, date: point.0.description, value: point.1)
            })
    }

    func dueSection(_ report: StatsReport) -> String {
        var commitments: [View.Due.Commitment] = []
        for pair in report.pairs {
            for session in pair.history.all {
                for commitment in session.commitments where commitment.isOverdue(today: report.today) {
                    let text = redaction.text(of: commitment, in: session)
                    commitments.append(View.Due.Commitment(
                        place: "\(session.file):\(commitment.line)", name: name(pair),
                        owners: commitment.owners.enumerated().map { View.Due.Owner(comma: $0.offset > 0, id: $0.element) },
                        due: date(commitment.due), daysOverdue: commitment.due.map { $0.days(until: report.today) } ?? 0,
                        redacted: text == nil, text: text ?? Redaction.placeholder))
                }
            }
        }
        let due = report.pairs.filter { pair in pair.nextDue.map { $0 <= report.today } ?? false }
        return StatsHTMLTemplates.render("due", View.Due(commitments: commitments, pairs: due.map { pair in
            let anchor = pair.history.anchor
            return View.Due.Pair(place: "\(anchor.file):\(anchor.line)", name: name(pair), nextDue: date(pair.nextDue),
                                 daysOverdue: pair.overdueDays ?? 0)
        }))
    }

    func pilotSection(_ report: StatsReport) -> String {
        let pilots = report.pairs.compactMap { pair in pair.pilot.map { (pair, $0) } }
        guard !pilots.isEmpty else { return "" }
        let chart = barChart(id: "pilot", title: "Held sessions against the sessions expected at each pair's cadence", rows: pilots.map { pair, pilot in
            (pair.key.description, [
                BarPart(value: pilot.held, colour: Self.green, label: "held \(pilot.held)"),
                BarPart(value: max(0, pilot.expected - pilot.held), colour: "#e8e8e8", label: "still expected \(max(0, pilot.expected - pilot.held))"),
            ])
        })
        return StatsHTMLTemplates.render("pilot", View.Pilot(chart: chart, pairs: pilots.map { pair, pilot in
            View.Pilot.Row(name: name(pair), since: pilot.since.description, until: date(pilot.until), held: pilot.held,
                           expected: pilot.expected, progress: pilot.share.map { "\(percent($0))%" } ?? "—")
        }))
    }

    // MARK: Pieces

    struct BarPart { var value: Int; var colour: String; var label: String }

    /// Horizontal stacked bars, one row per pair, labelled with their values.
    func barChart(id: String, title: String, rows: [(String, [BarPart])]) -> View.BarChart {
        let left = 150, width = 420, rowHeight = 26
        let scale = max(1, rows.map { $0.1.map(\.value).reduce(0, +) }.max() ?? 1)
        let views = rows.enumerated().map { index, row in
            let y = index * rowHeight + 4
            var x = left
            var parts: [View.BarPart] = []
            for part in row.1 where part.value > 0 {
                let w = part.value * width / scale
                parts.append(View.BarPart(x: x, y: y, width: w, colour: part.colour, label: part.label))
                x += w
            }
            return View.BarRow(label: row.0, textY: y + 14, parts: parts, endX: x + 6,
                               values: row.1.map(\.label).joined(separator: " · "))
        }
        return View.BarChart(id: id, title: title,
                             summary: rows.map { "\($0.0) \($0.1.map(\.label).joined(separator: ", "))" }.joined(separator: "; "),
                             total: left + width + 220, height: rows.count * rowHeight + 6, rows: views)
    }

    func name(_ pair: PairStats) -> View.PairName {
        let names = pair.key.partners.compactMap { pair.names[$0] }
        return View.PairName(key: pair.key.description, hasNames: names.count == 2,
                             name1: names.first ?? "", name2: names.count == 2 ? names[1] : "")
    }

    func date(_ date: LocalDate?) -> String { date?.description ?? "—" }

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
    func ticks() -> [StatsHTMLView.Timeline.Tick] {
        var out: [StatsHTMLView.Timeline.Tick] = []
        var month = LocalDate(year: start.year, month: start.month, day: 1) ?? start
        while month <= end {
            if month >= start {
                out.append(.init(x: x(month), textX: x(month) + 2, month: String(month.description.prefix(7))))
            }
            let next = month.month == 12 ? LocalDate(year: month.year + 1, month: 1, day: 1)
                                         : LocalDate(year: month.year, month: month.month + 1, day: 1)
            guard let next else { break }
            month = next
        }
        return out
    }
}
