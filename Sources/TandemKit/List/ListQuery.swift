/// What `tandem list` lists.
public enum ListKind: String, Sendable, CaseIterable {
    case commitments, goals, sessions, pairs
}

/// The filters of `tandem list`. Status flags combine with "or"; the others with "and".
public struct ListFilter: Sendable {
    public var open = false
    public var done = false
    public var overdue = false
    public var person: String?
    public var pair: PairKey?
    public var since: LocalDate?
    public var until: LocalDate?

    public init() {}

    var anyStatus: Bool { open || done || overdue }

    func sessionMatches(_ s: Session) -> Bool {
        if let pair, s.pair != pair { return false }
        if let since, s.date < since { return false }
        if let until, s.date > until { return false }
        return true
    }

    func involves(_ s: Session, _ person: String) -> Bool {
        s.coach == person || s.coachee == person || s.observers.contains(person)
    }
}

/// The rows `tandem list` prints, filtered and sorted. Pure values.
public struct ListResult: Sendable {
    public var commitments: [LocatedCommitment] = []
    public var goals: [(goal: Goal, session: Session)] = []
    public var sessions: [Session] = []
    public var pairs: [PairHistory] = []
}

public enum ListQuery {
    public static func run(_ kind: ListKind, filter: ListFilter, journal: Journal, today: LocalDate) -> ListResult {
        var result = ListResult()
        let sessions = journal.sessions.filter(filter.sessionMatches)
        switch kind {
        case .commitments:
            for session in sessions {
                for c in session.commitments {
                    if filter.anyStatus {
                        let keep = (filter.open && c.isOpen) || (filter.done && c.status == .done)
                            || (filter.overdue && c.isOverdue(today: today))
                        if !keep { continue }
                    }
                    if let person = filter.person, !c.owners.contains(person) { continue }
                    result.commitments.append(LocatedCommitment(commitment: c, session: session))
                }
            }
            // Soonest due first; no due date last; then file and line.
            result.commitments.sort { a, b in
                let dueA = a.commitment.due?.dayNumber ?? Int.max, dueB = b.commitment.due?.dayNumber ?? Int.max
                return (dueA, a.session.file, a.commitment.line) < (dueB, b.session.file, b.commitment.line)
            }
        case .goals:
            for session in sessions {
                if let person = filter.person, !filter.involves(session, person) { continue }
                for goal in session.goals {
                    if filter.open || filter.done {
                        let keep = (filter.open && goal.achieved != true) || (filter.done && goal.achieved == true)
                        if !keep { continue }
                    }
                    result.goals.append((goal, session))
                }
            }
            result.goals.sort { ($0.session.date, $0.session.file, $0.goal.line) < ($1.session.date, $1.session.file, $1.goal.line) }
        case .sessions:
            result.sessions = sessions.filter { s in filter.person.map { filter.involves(s, $0) } ?? true }
                .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        case .pairs:
            result.pairs = journal.pairHistories.filter { pair in
                if let wanted = filter.pair, pair.key != wanted { return false }
                if let person = filter.person, !pair.key.partners.contains(person) { return false }
                if filter.since != nil || filter.until != nil, !pair.all.contains(where: filter.sessionMatches) { return false }
                if filter.overdue {
                    guard let due = pair.nextDue(today: today), due < today else { return false }
                }
                return true
            }
        }
        return result
    }

    /// Which status flags make sense for each kind (the others are usage errors).
    public static func allows(_ kind: ListKind, open: Bool, done: Bool, overdue: Bool) -> String? {
        switch kind {
        case .commitments: return nil
        case .goals: return overdue ? "--overdue applies to commitments and pairs, not goals" : nil
        case .sessions: return open || done || overdue ? "--open, --done and --overdue do not apply to sessions" : nil
        case .pairs: return open || done ? "--open and --done do not apply to pairs; use --overdue" : nil
        }
    }
}
