/// `tandem remind` for a terminal or a cron mail: a summary line, then each
/// person's overdue and due-soon commitments, then the pairs due for a session.
/// Nothing at all on a day with nothing due.
///
///     tandem remind 2026-11-25: 1 overdue, 2 due within 7 days, 1 pair due
///
///     Ben Okafor (ben)
///       k3f9a2c  Draft the objection-handling script  @ben  due 2026-11-17, 8 days overdue  sessions/2026/2026-11-03-ana-ben.md:21
///
///     Pairs
///       ana & ben  next session due 2026-12-01, due in 6 days  last met 2026-11-17  sessions/2026/2026-11-17-ana-ben.md:1
public struct RemindTextRenderer: RemindRenderer {
    public static let identifier = "text"
    public var redaction: Redaction
    public var style: TerminalStyle
    public var showSummary: Bool

    public init(redaction: Redaction, style: TerminalStyle = TerminalStyle(enabled: false), showSummary: Bool = true) {
        self.redaction = redaction
        self.style = style
        self.showSummary = showSummary
    }

    public func render(_ report: RemindReport) -> String {
        guard !report.isEmpty else { return "" }
        var blocks: [String] = []
        if showSummary { blocks.append(style.bold(RemindTextRenderer.summary(report)) + "\n") }
        for group in report.byOwner {
            var block = style.bold(DisplayText.field(report.displayName(group.owner))) + "\n"
            for reminder in group.overdue + group.dueSoon { block += line(reminder, report: report) }
            blocks.append(block)
        }
        if !report.waiting.isEmpty {
            var block = style.bold("Waiting on") + "\n"
            for reminder in report.waiting {
                block += line(reminder, report: report).dropLast() + "  waiting on " + reminder.commitment.dependsOn.joined(separator: ", ") + "\n"
            }
            blocks.append(block)
        }
        let pairs = report.pairsDue
        if !pairs.isEmpty {
            var block = style.bold("Pairs") + "\n"
            for pair in pairs { block += line(pair, report: report) }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// `tandem remind 2026-11-25: 1 overdue, 2 due within 7 days, 1 pair due`
    public static func summary(_ report: RemindReport) -> String {
        "tandem remind \(report.today): \(report.counts)"
    }

    private func line(_ reminder: CommitmentReminder, report: RemindReport) -> String {
        let text = redaction.text(of: reminder.commitment, in: reminder.session) ?? Redaction.placeholder
        let owners = reminder.owners.map { "@" + $0 }.joined(separator: " ")
        let phrase = report.duePhrase(reminder.due)
        let painted = reminder.due < report.today ? style.paint(phrase, "1;31") : style.paint(phrase, "33")
        return "  " + style.dim(reminder.commitment.id) + "  " + DisplayText.field(text)
            + "  " + DisplayText.field(owners) + "  due \(reminder.due), " + painted + "  "
            + style.dim(DisplayText.field(reminder.location)) + "\n"
    }

    private func line(_ pair: PairReminder, report: RemindReport) -> String {
        let phrase = report.pairPhrase(pair)
        let painted = report.isOverdue(pair) ? style.paint(phrase, "1;31") : style.paint(phrase, "33")
        let last = pair.history.last.map { "last met \($0)" } ?? "not met yet"
        let anchor = pair.history.anchor
        return "  " + DisplayText.field(pair.key.description) + "  next session due \(pair.nextDue), " + painted
            + "  " + last + "  " + style.dim(DisplayText.field("\(anchor.file):\(anchor.line)")) + "\n"
    }
}
