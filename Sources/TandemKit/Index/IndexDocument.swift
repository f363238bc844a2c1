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
            // Made one at a time while writing: a large programme has thousands of pairs.
            ("people", .lazyArray(people(journal: journal), person)),
            ("pairs", .lazyArray(pairs) { pair($0, today: today) }),
            ("sessions", .lazyArray(sessions, writing: { write($0, today: today, redaction: redaction, into: &$1) })),
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
        JSONWriter.tree { write(s, today: today, redaction: redaction, commitments: commitments, into: &$0) }
    }

    /// A session's object, written field by field (`index` writes one per session).
    public static func write(_ s: Session, today: LocalDate, redaction: Redaction,
                             commitments: [Commitment]? = nil, into w: inout JSONWriter) {
        w.object { w in
            w.field("file", s.file)
            w.field("date", s.date)
            w.field("coach", s.coach)
            w.field("coachee", s.coachee)
            w.field("observers", s.observers)
            w.field("status", s.status.rawValue)
            w.field("duration", s.duration)
            w.field("focus", redaction.focus(of: s))
            w.field("confidential", s.confidential)
            w.field("tags", s.tags)
            w.key("pulse")
            w.object { w in
                for rating in s.pulse {
                    w.key(rating.name)
                    w.int(rating.value)
                }
            }
            w.key("goals")
            w.array { w in
                for g in s.goals { write(g, in: s, redaction: redaction, into: &w) }
            }
            w.key("commitments")
            w.array { w in
                for c in commitments ?? s.commitments { write(c, in: s, today: today, redaction: redaction, into: &w) }
            }
        }
    }

    public static func goal(_ g: Goal, in s: Session, redaction: Redaction, withSession: Bool = false) -> JSONValue {
        JSONWriter.tree { write(g, in: s, redaction: redaction, withSession: withSession, into: &$0) }
    }

    static func write(_ g: Goal, in s: Session, redaction: Redaction, withSession: Bool = false,
                      into w: inout JSONWriter) {
        w.object { w in
            w.field("text", redaction.pooledText(of: g, in: s))
            w.field("line", g.line)
            w.field("achieved", g.achieved)
            w.field("redacted", redaction.isRedacted(s))
            if withSession { writeSessionReference(s, into: &w) }
        }
    }

    public static func commitment(_ c: Commitment, in s: Session, today: LocalDate, redaction: Redaction,
                                  withSession: Bool = false) -> JSONValue {
        JSONWriter.tree { write(c, in: s, today: today, redaction: redaction, withSession: withSession, into: &$0) }
    }

    static func write(_ c: Commitment, in s: Session, today: LocalDate, redaction: Redaction,
                      withSession: Bool = false, into w: inout JSONWriter) {
        let redacted = redaction.isRedacted(s)
        let extras = c.extras  // read once: each property of its own would copy them all
        w.object { w in
            w.field("id", c.id)
            w.field("text", redaction.pooledText(of: c, in: s))
            w.field("owners", c.owners)
            w.field("status", c.status.rawValue)
            w.field("due", c.due)
            w.field("done", c.done)
            w.field("cancelled", c.cancelled)
            w.field("line", c.line)
            w.field("overdue", c.isOverdue(today: today))
            w.field("redacted", redacted)
            w.field("start", extras.start)
            w.field("scheduled", extras.scheduled)
            w.field("created", extras.created)
            w.field("priority", extras.priority)
            w.field("recurrence", redacted ? nil : extras.recurrence)
            w.field("task_id", extras.taskID)
            w.field("depends_on", extras.dependsOn)
            w.field("blocked", c.blocked)
            w.field("reviewed_in", c.reviewedIn)
            if withSession { writeSessionReference(s, into: &w) }
        }
    }

    /// Where a goal or commitment listed on its own comes from.
    static func writeSessionReference(_ s: Session, into w: inout JSONWriter) {
        w.field("file", s.file)
        w.field("session_date", s.date)
        w.field("pair", s.pair.partners)
    }
}
