/// `tandem remind --format ics`: an iCalendar (RFC 5545) feed with one `VTODO` per
/// open commitment with a due date, whatever `--within` says, and one per active
/// pair's next session. Always a complete calendar, even when nothing is due, so a
/// subscribed feed stays valid. `DTSTAMP` is derived from today, so the same
/// journal on the same day gives the same bytes.
public struct RemindCalendarRenderer: RemindRenderer {
    public static let identifier = "ics"
    public static let productID = "-//tandem//tandem \(TandemVersion.current)//EN"
    public var redaction: Redaction

    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: RemindReport) -> String {
        var calendar = ICalendar.Component("VCALENDAR")
        calendar.add("VERSION", "2.0")
        calendar.addText("PRODID", RemindCalendarRenderer.productID)
        calendar.add("CALSCALE", "GREGORIAN")
        let team = report.team.flatMap { $0.isEmpty ? nil : $0 }
        calendar.addText("X-WR-CALNAME", team ?? "tandem")
        let stamp = report.today.basicFormat + "T000000Z"
        for reminder in report.commitments {
            var todo = ICalendar.Component("VTODO")
            todo.addText("UID", reminder.commitment.id + "@tandem")
            todo.add("DTSTAMP", stamp)
            todo.add("DUE;VALUE=DATE", reminder.due.basicFormat)
            todo.addText("SUMMARY", redaction.text(of: reminder.commitment, in: reminder.session) ?? Redaction.placeholder)
            todo.add("STATUS", reminder.commitment.status == .inProgress ? "IN-PROCESS" : "NEEDS-ACTION")
            let session = reminder.session
            todo.addText("DESCRIPTION", "Owner: \(reminder.owners.joined(separator: ", "))\n"
                + "Session: \(session.date), \(session.pair)\n\(reminder.location)")
            calendar.components.append(todo)
        }
        for pair in report.pairs {
            var todo = ICalendar.Component("VTODO")
            todo.addText("UID", "pair-\(pair.key.slug)@tandem")
            todo.add("DTSTAMP", stamp)
            todo.add("DUE;VALUE=DATE", pair.nextDue.basicFormat)
            todo.addText("SUMMARY", "Coaching session \(pair.key)")
            todo.add("STATUS", "NEEDS-ACTION")
            let last = pair.history.last.map { "Last met \($0)" } ?? "Not met yet"
            let anchor = pair.history.anchor
            todo.addText("DESCRIPTION", "\(last); cadence \(pair.history.cadenceDays) days.\n\(anchor.file):\(anchor.line)")
            calendar.components.append(todo)
        }
        return calendar.serialized()
    }
}
