/// The JSON of `tandem index` (schema 1) and its pieces, shared by `list --format json`.
public enum IndexDocument {
    public static let schema = 1

    public static func header(today: LocalDate) -> [(String, JSONValue)] {
        [("tool", .string("tandem")), ("version", .string(TandemVersion.current)),
         ("schema", .int(schema)), ("today", .date(today))]
    }

    public static func build(journal: Journal, pairs: [PairHistory], today: LocalDate, redaction: Redaction) -> JSONValue {
        let sessions = journal.sessions.sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        return .object(header(today: today) + [
            ("people", .array(people(journal: journal).map(person))),
            ("pairs", .array(pairs.map { pair($0, today: today) })),
            ("sessions", .lazyArray(sessions) { session($0, today: today, redaction: redaction) }),
        ])
    }

    /// Configured people plus every id seen in a session, sorted by id.
    public static func people(journal: Journal) -> [Person] {
        var people = journal.configuration.people
        for session in journal.sessions {
            for id in [session.coach, session.coachee] + session.observers + session.commitments.flatMap(\.owners)
            where people[id] == nil {
                people[id] = Person(id: id)
            }
        }
        return people.values.sorted { $0.id < $1.id }
    }

    public static func person(_ person: Person) -> JSONValue {
        .object([("id", .string(person.id)), ("name", .string(person.name)), ("email", .string(person.email))])
    }

    public static func pair(_ pair: PairHistory, today: LocalDate) -> JSONValue {
        let coached = pair.coached
        return .object([
            ("partners", .strings(pair.key.partners)),
            ("cadence_days", .int(pair.cadenceDays)),
            ("grace_days", .int(pair.graceDays)),
            ("held", .int(pair.held.count)),
            ("planned", .int(pair.all.filter { $0.status == .planned }.count)),
            ("cancelled", .int(pair.all.filter { $0.status == .cancelled }.count)),
            ("first", .date(pair.first)),
            ("last", .date(pair.last)),
            ("next_due", .date(pair.nextDue(today: today))),
            ("booked", .date(pair.booked(today: today))),
            ("gaps", .array(pair.gaps.map(JSONValue.int))),
            ("coached", .object(pair.key.partners.map { ($0, .double(coached[$0] ?? 0)) })),
            ("since", .date(pair.plan?.since)),
            ("until", .date(pair.plan?.until)),
            ("ended", .bool(pair.hasEnded(today: today))),
        ])
    }

    public static func session(_ s: Session, today: LocalDate, redaction: Redaction,
                               commitments: [Commitment]? = nil) -> JSONValue {
        .object([
            ("file", .string(s.file)),
            ("date", .date(s.date)),
            ("coach", .string(s.coach)),
            ("coachee", .string(s.coachee)),
            ("observers", .strings(s.observers)),
            ("status", .string(s.status.rawValue)),
            ("duration", .int(s.duration)),
            ("focus", .string(redaction.focus(of: s))),
            ("confidential", .bool(s.confidential)),
            ("tags", .strings(s.tags)),
            ("pulse", .object(s.pulse.map { ($0.name, .int($0.value)) })),
            ("goals", .array(s.goals.map { goal($0, in: s, redaction: redaction) })),
            ("commitments", .array((commitments ?? s.commitments).map {
                commitment($0, in: s, today: today, redaction: redaction)
            })),
        ])
    }

    public static func goal(_ g: Goal, in s: Session, redaction: Redaction, withSession: Bool = false) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("text", .string(redaction.text(of: g, in: s))),
            ("line", .int(g.line)),
            ("achieved", g.achieved.map(JSONValue.bool) ?? .null),
            ("redacted", .bool(redaction.isRedacted(s))),
        ]
        if withSession { fields += sessionReference(s) }
        return .object(fields)
    }

    public static func commitment(_ c: Commitment, in s: Session, today: LocalDate, redaction: Redaction,
                                  withSession: Bool = false) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(c.id)),
            ("text", .string(redaction.text(of: c, in: s))),
            ("owners", .strings(c.owners)),
            ("status", .string(c.status.rawValue)),
            ("due", .date(c.due)),
            ("done", .date(c.done)),
            ("cancelled", .date(c.cancelled)),
            ("line", .int(c.line)),
            ("overdue", .bool(c.isOverdue(today: today))),
            ("redacted", .bool(redaction.isRedacted(s))),
            ("start", .date(c.start)),
            ("scheduled", .date(c.scheduled)),
            ("created", .date(c.created)),
            ("priority", .string(c.priority)),
            ("recurrence", .string(redaction.isRedacted(s) ? nil : c.recurrence)),
            ("task_id", .string(c.taskID)),
            ("depends_on", .strings(c.dependsOn)),
            ("blocked", .bool(c.blocked)),
            ("reviewed_in", .strings(c.reviewedIn)),
        ]
        if withSession { fields += sessionReference(s) }
        return .object(fields)
    }

    /// Where a goal or commitment listed on its own comes from.
    static func sessionReference(_ s: Session) -> [(String, JSONValue)] {
        [("file", .string(s.file)), ("session_date", .date(s.date)), ("pair", .strings(s.pair.partners))]
    }
}
