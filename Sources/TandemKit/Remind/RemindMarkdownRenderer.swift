/// `tandem remind --format markdown`: a body for an e-mail, a chat message or an
/// issue. Headings per person and for pairs, one bullet per item, `file:line` in
/// code spans, journal text escaped so it never turns into markup. Owners are
/// written in bold, not as `@id`, so an issue does not mention unrelated accounts.
/// Nothing at all on a day with nothing due.
public struct RemindMarkdownRenderer: RemindRenderer {
    public static let identifier = "markdown"
    public var redaction: Redaction

    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: RemindReport) -> String {
        guard !report.isEmpty else { return "" }
        var title = "Coaching reminders for \(report.today)"
        if let team = report.team, !team.isEmpty { title += " — " + MarkdownText.escape(team) }
        var blocks = ["## " + title + "\n", report.counts + ".\n"]
        for group in report.byOwner {
            var block = "### " + MarkdownText.escape(report.displayName(group.owner)) + "\n\n"
            for reminder in group.overdue + group.dueSoon { block += item(reminder, report: report) }
            blocks.append(block)
        }
        let pairs = report.pairsDue
        if !pairs.isEmpty {
            var block = "### Pairs due for a session\n\n"
            for pair in pairs { block += item(pair, report: report) }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    private func item(_ reminder: CommitmentReminder, report: RemindReport) -> String {
        let text = redaction.text(of: reminder.commitment, in: reminder.session).map(MarkdownText.escape)
            ?? "*\(Redaction.placeholder)*"
        let overdue = reminder.due < report.today
        let phrase = overdue ? "**\(report.duePhrase(reminder.due))**" : report.duePhrase(reminder.due)
        let owners = reminder.owners.map { "**\(MarkdownText.escape($0))**" }.joined(separator: ", ")
        return "- \(MarkdownText.code(reminder.commitment.id)) \(text) — \(owners), due \(reminder.due) (\(phrase)) — "
            + MarkdownText.code(reminder.location) + "\n"
    }

    private func item(_ pair: PairReminder, report: RemindReport) -> String {
        let overdue = report.isOverdue(pair)
        let phrase = overdue ? "**\(report.pairPhrase(pair))**" : report.pairPhrase(pair)
        let partners = MarkdownText.escape(pair.key.description)
        let last = pair.history.last.map { "last met \($0)" } ?? "not met yet"
        let anchor = pair.history.anchor
        return "- **\(partners)**: next session due \(pair.nextDue) (\(phrase)), \(last) — "
            + MarkdownText.code("\(anchor.file):\(anchor.line)") + "\n"
    }
}
