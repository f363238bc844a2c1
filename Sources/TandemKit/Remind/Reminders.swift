/// An open commitment with a due date, and the session it was made in.
public struct CommitmentReminder: Sendable {
    public var commitment: Commitment
    public var session: Session
    public var due: LocalDate

    /// `sessions/2026/2026-11-03-ana-ben.md:21`
    public var location: String { "\(session.file):\(commitment.line)" }
    /// The owners (the reader already gives an item without `@owner` to the coachee).
    public var owners: [String] { commitment.owners.isEmpty ? [session.coachee] : commitment.owners }
}

/// A pair that is still meeting, and the day its next session is due.
public struct PairReminder: Sendable {
    public var history: PairHistory
    public var nextDue: LocalDate
    /// The earliest `planned` session dated today or later.
    public var booked: LocalDate?
    /// The booking is no later than today + cadence: the pair is not overdue.
    public var isCoveredByBooking = false

    /// The day its calendar event sits on: the booking, else when it is due.
    public var eventDate: LocalDate { booked ?? nextDue }

    public var key: PairKey { history.key }
}

/// What `tandem remind` reports on a day: every open commitment with a due date
/// and every active pair's next session, from which the overdue and due-soon
/// lists are taken. The calendar feed shows all of them, whatever `within` says.
public struct RemindReport: Sendable {
    public var today: LocalDate
    public var withinDays: Int
    /// Only this person's commitments and pairs (nil: everyone).
    public var person: String?
    public var team: String?
    /// Display names of configured people, by id.
    public var names: [String: String]
    /// Open commitments with a due date, by due date, then file and line.
    public var commitments: [CommitmentReminder]
    /// Active pairs with a next due date, by that date, then ids.
    public var pairs: [PairReminder]

    /// The last day that counts as "due soon": today + within.
    public var horizon: LocalDate { today.adding(days: withinDays) }

    /// Open, not blocked and due before today.
    public var overdue: [CommitmentReminder] { commitments.filter { !$0.commitment.blocked && $0.due < today } }
    /// Due from today to `horizon`, both included; not blocked, and not before its
    /// start or scheduled date (a commitment snoozed past today is not due soon).
    public var dueSoon: [CommitmentReminder] {
        commitments.filter { reminder in
            let c = reminder.commitment
            let notBefore = [c.start, c.scheduled].compactMap { $0 }.max()
            return !c.blocked && reminder.due >= today && reminder.due <= horizon && (notBefore.map { $0 <= today } ?? true)
        }
    }
    /// Blocked by an open commitment they depend on, and past due or due by `horizon`: waiting on.
    public var waiting: [CommitmentReminder] { commitments.filter { $0.commitment.blocked && $0.due <= horizon } }
    /// Pairs whose next session is due by `horizon` (overdue ones included).
    public var pairsDue: [PairReminder] { pairs.filter { $0.nextDue <= horizon } }

    /// Nothing overdue, nothing due soon, no pair due: `remind` stays silent.
    public var isEmpty: Bool { overdue.isEmpty && dueSoon.isEmpty && waiting.isEmpty && pairsDue.isEmpty }
    /// A commitment or a pair's session is past its due date (`--strict` fails).
    public var hasOverdue: Bool { !overdue.isEmpty || pairs.contains(where: isOverdue) }

    /// Past its next due date and not covered by a booking.
    public func isOverdue(_ pair: PairReminder) -> Bool { pair.nextDue < today && !pair.isCoveredByBooking }

    /// `booked for 2026-12-03` when a booking covers the pair, else the due
    /// phrase (with the booking after it when one lies further ahead).
    public func pairPhrase(_ pair: PairReminder) -> String {
        guard let booked = pair.booked else { return duePhrase(pair.nextDue) }
        return pair.isCoveredByBooking ? "booked for \(booked)" : duePhrase(pair.nextDue) + ", booked for \(booked)"
    }

    /// `1 overdue, 2 due within 7 days, 1 pair due`
    public var counts: String {
        let pairs = pairsDue.count
        return "\(overdue.count) overdue, \(dueSoon.count) due within \(withinDays) day\(withinDays == 1 ? "" : "s"), "
            + "\(pairs) pair\(pairs == 1 ? "" : "s") due"
    }

    /// Days past `date` (negative: days before it).
    public func daysOverdue(_ date: LocalDate) -> Int { date.days(until: today) }

    /// `8 days overdue`, `1 day overdue`, `due today`, `due in 1 day`, `due in 3 days`.
    public func duePhrase(_ date: LocalDate) -> String {
        let late = daysOverdue(date)
        switch late {
        case 0: return "due today"
        case 1...: return "\(late) day\(late == 1 ? "" : "s") overdue"
        default: return "due in \(-late) day\(late == -1 ? "" : "s")"
        }
    }

    /// `Ana Lima (ana)` when the configuration names the person, else the id.
    public func displayName(_ id: String) -> String {
        guard let name = names[id], !name.isEmpty else { return id }
        return "\(name) (\(id))"
    }

    /// The overdue and due-soon commitments of each owner, owners sorted by id.
    /// A commitment with several owners is listed under each of them.
    public var byOwner: [(owner: String, overdue: [CommitmentReminder], dueSoon: [CommitmentReminder])] {
        let overdue = overdue, dueSoon = dueSoon
        var owners = Set<String>()
        for reminder in overdue + dueSoon { owners.formUnion(reminder.owners) }
        if let person { owners = owners.filter { $0 == person } }
        return owners.sorted().map { owner in
            (owner, overdue.filter { $0.owners.contains(owner) }, dueSoon.filter { $0.owners.contains(owner) })
        }
    }
}

public enum Reminders {
    /// Everything `remind` needs from a journal on `today`. With `person`, only
    /// commitments that person owns and pairs that person belongs to; an id that is
    /// neither configured nor seen in any session is an error (a typo would otherwise
    /// silence the reminder for good).
    public static func report(journal: Journal, today: LocalDate, withinDays: Int, person: String? = nil) throws
        -> RemindReport
    {
        let configuration = journal.configuration
        if let person { try Suggestion.requirePerson(person, in: journal) }
        var commitments: [CommitmentReminder] = []
        for session in journal.sessions {
            for commitment in session.commitments where commitment.isOpen {
                guard let due = commitment.due else { continue }
                let reminder = CommitmentReminder(commitment: commitment, session: session, due: due)
                if let person, !reminder.owners.contains(person) { continue }
                commitments.append(reminder)
            }
        }
        commitments.sort {
            ($0.due, $0.session.file, $0.commitment.line) < ($1.due, $1.session.file, $1.commitment.line)
        }
        let pairs = journal.pairHistories
            .compactMap { history -> PairReminder? in
                guard let next = history.nextDue(today: today) else { return nil }
                if let person, !history.key.partners.contains(person) { return nil }
                return PairReminder(history: history, nextDue: next, booked: history.booked(today: today),
                                    isCoveredByBooking: history.isCoveredByBooking(today: today))
            }
            .sorted { ($0.nextDue, $0.key) < ($1.nextDue, $1.key) }
        var names: [String: String] = [:]
        for (id, person) in configuration.people { names[id] = person.name }
        return RemindReport(today: today, withinDays: withinDays, person: person, team: configuration.team,
                            names: names, commitments: commitments, pairs: pairs)
    }
}
