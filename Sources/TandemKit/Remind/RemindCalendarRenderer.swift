/// `tandem remind --format ics`: an iCalendar (RFC 5545) feed with one `VTODO` per
/// open commitment with a due date, whatever `--within` says (an all-day `VEVENT`
/// with `todosAsEvents`), and one all-day `VEVENT` per active pair's next session,
/// on its booking, else on the day it is due — calendar apps that hide to-dos
/// still show the sessions. Always a complete calendar, even when nothing is due,
/// so a subscribed feed stays valid. `DTSTAMP` is derived from today, so the same
/// journal on the same day gives the same bytes.
public struct RemindCalendarRenderer: RemindRenderer {
    public static let identifier = "ics"
    public static let productID = "-//tandem//tandem \(TandemVersion.current)//EN"
    public var redaction: Redaction
    public var todosAsEvents: Bool

    public init(redaction: Redaction, todosAsEvents: Bool = false) {
        self.redaction = redaction
        self.todosAsEvents = todosAsEvents
    }

    public func render(_ report: RemindReport) -> String {
        var calendar = ICalendar.Component("VCALENDAR")
        calendar.add("VERSION", "2.0")
        calendar.addText("PRODID", RemindCalendarRenderer.productID)
        calendar.add("CALSCALE", "GREGORIAN")
        let team = report.team.flatMap { $0.isEmpty ? nil : $0 }
        calendar.addText("X-WR-CALNAME", team ?? "tandem")
        let stamp = report.today.basicFormat + "T000000Z"
        for reminder in report.commitments {
            calendar.components.append(commitment(reminder, report: report, stamp: stamp))
        }
        for pair in report.pairs {
            var event = allDayEvent(uid: "pair-\(pair.key.slug)@tandem", stamp: stamp, on: pair.eventDate)
            let names = pair.key.partners.map { report.names[$0].flatMap { $0.isEmpty ? nil : $0 } ?? $0 }
            event.addText("SUMMARY", "Coaching session: \(names.joined(separator: " & "))")
            let last = pair.history.last.map { "Last met \($0)" } ?? "Not met yet"
            let when = pair.booked.map { "booked for \($0), due \(pair.nextDue)" } ?? "due \(pair.nextDue)"
            let anchor = pair.history.anchor
            event.addText("DESCRIPTION", "\(pair.key): \(when). \(last); cadence \(pair.history.cadenceDays) days.\n"
                + "\(anchor.file):\(anchor.line)")
            calendar.components.append(event)
        }
        return calendar.serialized()
    }

    /// A `VTODO` due on the commitment's day, or an all-day `VEVENT` on it.
    /// The summary names the owners after the text.
    private func commitment(_ reminder: CommitmentReminder, report: RemindReport, stamp: String) -> ICalendar.Component {
        let uid = reminder.commitment.id + "@tandem"
        var component: ICalendar.Component
        if todosAsEvents {
            component = allDayEvent(uid: uid, stamp: stamp, on: reminder.due)
        } else {
            component = ICalendar.Component("VTODO")
            component.addText("UID", uid)
            component.add("DTSTAMP", stamp)
            component.add("DUE;VALUE=DATE", reminder.due.basicFormat)
        }
        let text = redaction.text(of: reminder.commitment, in: reminder.session) ?? Redaction.placeholder
        let owners = reminder.owners.map { report.names[$0].flatMap { $0.isEmpty ? nil : $0 } ?? $0 }
        component.addText("SUMMARY", "\(text) — \(owners.joined(separator: ", "))")
        if !todosAsEvents {
            component.add("STATUS", reminder.commitment.status == .inProgress ? "IN-PROCESS" : "NEEDS-ACTION")
        }
        let session = reminder.session
        component.addText("DESCRIPTION", "Owner: \(reminder.owners.joined(separator: ", "))\n"
            + "Session: \(session.date), \(session.pair)\n\(reminder.location)")
        return component
    }

    /// An all-day event: `DTSTART;VALUE=DATE` and the next day as `DTEND`,
    /// transparent (it does not block the day as busy).
    private func allDayEvent(uid: String, stamp: String, on day: LocalDate) -> ICalendar.Component {
        var event = ICalendar.Component("VEVENT")
        event.addText("UID", uid)
        event.add("DTSTAMP", stamp)
        event.add("DTSTART;VALUE=DATE", day.basicFormat)
        event.add("DTEND;VALUE=DATE", day.adding(days: 1).basicFormat)
        event.add("TRANSP", "TRANSPARENT")
        return event
    }
}
