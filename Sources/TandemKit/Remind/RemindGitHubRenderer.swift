/// `tandem remind --format github`: GitHub Actions annotations, one per item.
/// Overdue commitments and pairs are warnings; items due soon are notices.
/// Commitments point at their line; pairs at their latest session file.
/// Nothing at all on a day with nothing due.
public struct RemindGitHubRenderer: RemindRenderer {
    public static let identifier = "github"
    public var redaction: Redaction

    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: RemindReport) -> String {
        var out = ""
        for reminder in report.overdue + report.dueSoon {
            let overdue = reminder.due < report.today
            let text = redaction.text(of: reminder.commitment, in: reminder.session) ?? Redaction.placeholder
            let owners = reminder.owners.map { "@" + $0 }.joined(separator: " ")
            out += GitHubCommand.annotation(
                overdue ? .warning : .notice, file: reminder.session.file, line: reminder.commitment.line,
                title: "\(overdue ? "Overdue commitment" : "Commitment due soon") \(reminder.commitment.id)",
                message: "\(text) (\(owners), due \(reminder.due), \(report.duePhrase(reminder.due)))")
        }
        for pair in report.pairsDue {
            let overdue = report.isOverdue(pair)
            let anchor = pair.history.anchor
            let last = pair.history.last.map { "last met \($0)" } ?? "not met yet"
            out += GitHubCommand.annotation(
                overdue ? .warning : .notice, file: anchor.file, line: anchor.line,
                title: "Coaching session due: \(pair.key)",
                message: "\(pair.key): next session due \(pair.nextDue), \(report.pairPhrase(pair)) (\(last))")
        }
        return out
    }
}
