/// `tandem remind --format json` (schema 1). Always a complete document, even on
/// a day with nothing due, because tools parse it. The schema is in docs/REMIND.md.
public struct RemindJSONRenderer: RemindRenderer {
    public static let identifier = "json"
    public var redaction: Redaction

    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: RemindReport) -> String {
        let document: JSONValue = .object(IndexDocument.header(today: report.today) + [
            ("within_days", .int(report.withinDays)),
            ("person", .string(report.person)),
            ("overdue", .array(report.overdue.map { commitment($0, report: report, key: "days_overdue") })),
            ("due_soon", .array(report.dueSoon.map { commitment($0, report: report, key: "days_until_due") })),
            ("waiting", .array(report.waiting.map { commitment($0, report: report, key: "days_overdue") })),
            ("pairs", .array(report.pairsDue.map { pair($0, report: report) })),
        ])
        return document.serialized()
    }

    private func commitment(_ reminder: CommitmentReminder, report: RemindReport, key: String) -> JSONValue {
        guard case .object(var fields) = IndexDocument.commitment(
            reminder.commitment, in: reminder.session, today: report.today, redaction: redaction, withSession: true)
        else { return .null }
        let late = report.daysOverdue(reminder.due)
        fields.append((key, .int(key == "days_overdue" ? late : -late)))
        return .object(fields)
    }

    private func pair(_ pair: PairReminder, report: RemindReport) -> JSONValue {
        let late = report.daysOverdue(pair.nextDue)
        let anchor = pair.history.anchor
        return .object([
            ("partners", .strings(pair.key.partners)),
            ("cadence_days", .int(pair.history.cadenceDays)),
            ("last", .date(pair.history.last)),
            ("next_due", .date(pair.nextDue)),
            ("booked", .date(pair.booked)),
            ("overdue", .bool(report.isOverdue(pair))),
            ("days_overdue", .int(max(0, late))),
            ("days_until_due", .int(max(0, -late))),
            ("file", .string(anchor.file)),
            ("line", .int(anchor.line)),
        ])
    }
}
