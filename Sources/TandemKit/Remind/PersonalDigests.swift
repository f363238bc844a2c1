/// The formats `remind --per-person DIR` writes, with their file extensions.
public enum DigestFormat: String, Sendable, CaseIterable {
    case markdown, ics, json, email

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .ics: "ics"
        case .json: "json"
        case .email: "eml"
        }
    }
}

/// One person's digest: the file name in DIR and its content.
public struct PersonalDigest: Sendable {
    public var person: String
    public var fileName: String
    public var content: String
}

/// What `remind --per-person DIR` writes: for each person with anything due,
/// exactly what `remind --person ID` lists for them; nothing for the others.
public struct PersonalDigests: Sendable {
    public var digests: [PersonalDigest] = []
    /// People with something due who get no e-mail, and why (no address, or a refused one).
    public var skipped: [(person: String, reason: String)] = []
    /// People with nothing due (their file from an earlier run is stale).
    public var idle: [String] = []

    /// `dateHeader` is the e-mail's `Date:` value (the caller reads the clock).
    public static func build(journal: Journal, today: LocalDate, withinDays: Int, format: DigestFormat,
                             redaction: Redaction, dateHeader: String) throws -> PersonalDigests {
        var result = PersonalDigests()
        let configuration = journal.configuration
        for person in IndexDocument.people(journal: journal).map(\.id).sorted() {
            let report = try Reminders.report(journal: journal, today: today, withinDays: withinDays, person: person)
            let due = format == .ics ? !(report.commitments.isEmpty && report.pairs.isEmpty) : !report.isEmpty
            guard due else { result.idle.append(person); continue }
            let fileName = person + "." + format.fileExtension
            switch format {
            case .markdown: result.add(person, fileName, RemindMarkdownRenderer(redaction: redaction).render(report))
            case .json: result.add(person, fileName, RemindJSONRenderer(redaction: redaction).render(report))
            case .ics: result.add(person, fileName, RemindCalendarRenderer(redaction: redaction).render(report))
            case .email:
                guard let entry = configuration.people[person], let address = entry.email, !address.isEmpty else {
                    result.skipped.append((person, "no email in tandem.yml"))
                    continue
                }
                let message = EmailMessage(
                    from: configuration.programme.emailFrom ?? "tandem <tandem@localhost>",
                    to: address, toName: entry.name,
                    date: dateHeader, subject: subject(report), body: body(report, name: entry.name ?? person, redaction: redaction))
                do {
                    result.add(person, fileName, try message.rendered())
                } catch {
                    result.skipped.append((person, "email \(String(describing: error))"))
                }
            }
        }
        return result
    }

    private mutating func add(_ person: String, _ fileName: String, _ content: String) {
        digests.append(PersonalDigest(person: person, fileName: fileName, content: content))
    }

    static func subject(_ report: RemindReport) -> String {
        let team = report.team.map { "\($0): " } ?? ""
        return "\(team)coaching reminders for \(report.today) (\(report.counts))"
    }

    static func body(_ report: RemindReport, name: String, redaction: Redaction) -> String {
        let team = report.team.map { " of \($0)" } ?? ""
        return "Hello \(name),\n\nhere is what is due for you in the peer-coaching journal\(team) on \(report.today).\n\n"
            + RemindTextRenderer(redaction: redaction).render(report)
            + "\n-- \nSent by tandem remind. Mark a commitment done with: tandem done ID\n"
    }
}
