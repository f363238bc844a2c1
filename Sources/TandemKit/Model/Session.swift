/// Whether a session took place. Only `held` sessions count for cadence and roles.
public enum SessionStatus: String, Sendable, CaseIterable {
    case held, planned, cancelled
}

/// One coaching conversation, as read from a session file.
public struct Session: Sendable {
    public var file: String
    public var date: LocalDate
    public var coach: String
    public var coachee: String
    public var observers: [String]
    public var status: SessionStatus
    public var duration: Int?
    public var focus: String?
    public var confidential: Bool
    public var tags: [String]
    /// Sorted by name.
    public var pulse: [(name: String, value: Int)]
    public var goals: [Goal]
    public var commitments: [Commitment]

    /// The unordered pair {coach, coachee}.
    public var pair: PairKey { PairKey(coach, coachee) }
    public var isHeld: Bool { status == .held }
}

/// A goal: a top-level list item of a goals section.
public struct Goal: Sendable {
    public var text: String
    public var line: Int
    public var column: Int
    /// `true` for `[x]`, `false` for another checkbox, `nil` without one.
    public var achieved: Bool?
}

public enum CommitmentStatus: String, Sendable, CaseIterable {
    case open, inProgress = "in_progress", done, cancelled

    /// Open and in-progress both count as open.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

/// A task-list item outside a goals section: something someone promised to do.
public struct Commitment: Sendable {
    public var id: String
    public var text: String
    public var owners: [String]
    public var status: CommitmentStatus
    /// The checkbox character as written (`" "`, `"x"`, `"?"` …).
    public var mark: Character
    public var due: LocalDate?
    public var done: LocalDate?
    public var cancelled: LocalDate?
    public var line: Int
    public var column: Int
    /// The due field's syntax, so edits can answer in the same style.
    public var usesEmojiDates: Bool
    /// A date field could not be read (`due:2026-02-30`); its finding is `due-invalid`.
    public var hasInvalidDate: Bool

    /// A checkbox character other than ` /xX-` (counted as open).
    public var statusIsUnknown: Bool { !" /xX-".contains(mark) }
    public var isOpen: Bool { status.isOpen }

    public func isOverdue(today: LocalDate) -> Bool {
        guard isOpen, let due else { return false }
        return due < today
    }
}
