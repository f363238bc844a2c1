/// Whether a session took place. Only `held` sessions count for cadence and roles.
public enum SessionStatus: String, Sendable, CaseIterable {
    case held, planned, cancelled
}

/// One coaching conversation, as read from a session file. A class with
/// constant properties: sessions are shared by pairs, rules and reports without
/// copying their fields. Words first, bytes last: a large journal keeps one per
/// session, and the order leaves no padding between them.
public final class Session: Sendable {
    public let file: String
    public let coach: String
    public let coachee: String
    public let date: LocalDate
    public let observers: [String]
    public let tags: [String]
    /// Sorted by name.
    public let pulse: [(name: String, value: Int)]
    public let goals: [Goal]
    public let commitments: [Commitment]
    /// Kept with the session's other texts (`TextPool`).
    private let pooledFocus: PooledText?
    public var focus: String? { pooledFocus?.string }
    public let duration: Int?
    public let status: SessionStatus
    public let confidential: Bool
    /// `swap: true`: the partners took both roles; counted half a session coached by each.
    public let swap: Bool

    public convenience init(file: String, date: LocalDate, coach: String, coachee: String, observers: [String],
                            status: SessionStatus, duration: Int?, focus: String?, confidential: Bool, tags: [String],
                            pulse: [(name: String, value: Int)], goals: [Goal], commitments: [Commitment],
                            swap: Bool = false) {
        self.init(file: file, date: date, coach: coach, coachee: coachee, observers: observers, status: status,
                  duration: duration, pooledFocus: focus.map(PooledText.init), confidential: confidential, tags: tags,
                  pulse: pulse, goals: goals, commitments: commitments, swap: swap)
    }

    init(file: String, date: LocalDate, coach: String, coachee: String, observers: [String],
         status: SessionStatus, duration: Int?, pooledFocus: PooledText?, confidential: Bool, tags: [String],
         pulse: [(name: String, value: Int)], goals: [Goal], commitments: [Commitment], swap: Bool) {
        self.swap = swap
        self.file = file
        self.date = date
        self.coach = coach
        self.coachee = coachee
        self.observers = observers
        self.status = status
        self.duration = duration
        self.pooledFocus = pooledFocus
        self.confidential = confidential
        self.tags = tags
        self.pulse = pulse
        self.goals = goals
        self.commitments = commitments
    }

    /// The same session with other commitments (texts and facts kept).
    public func with(commitments: [Commitment]) -> Session {
        Session(file: file, date: date, coach: coach, coachee: coachee, observers: observers, status: status,
                duration: duration, pooledFocus: pooledFocus, confidential: confidential, tags: tags, pulse: pulse,
                goals: goals, commitments: commitments, swap: swap)
    }

    /// The same session without its texts: what journal-wide rules need (dates,
    /// partners, status, the commitments' facts and the ids the body mentions).
    public func essentials() -> Session {
        Session(file: file, date: date, coach: coach, coachee: coachee, observers: observers, status: status,
                duration: duration, pooledFocus: nil, confidential: confidential, tags: [], pulse: [], goals: [],
                commitments: commitments.map(\.essentials), swap: swap)
    }

    /// The unordered pair {coach, coachee}.
    public var pair: PairKey { PairKey(coach, coachee) }
    public var isHeld: Bool { status == .held }
}

/// A goal: a top-level list item of a goals section.
public struct Goal: Sendable {
    /// Kept with the session's other texts (`TextPool`).
    var pooledText: PooledText
    private var packedLine: Int32, packedColumn: Int32
    /// `true` for `[x]`, `false` for another checkbox, `nil` without one.
    public var achieved: Bool?

    public init(text: String, line: Int, column: Int, achieved: Bool?) {
        self.init(text: PooledText(text), line: line, column: column, achieved: achieved)
    }

    init(text: PooledText, line: Int, column: Int, achieved: Bool?) {
        pooledText = text
        packedLine = Int32(clamping: line)
        packedColumn = Int32(clamping: column)
        self.achieved = achieved
    }

    public var text: String { get { pooledText.string } set { pooledText = PooledText(newValue) } }
    public var line: Int { get { Int(packedLine) } set { packedLine = Int32(clamping: newValue) } }
    public var column: Int { get { Int(packedColumn) } set { packedColumn = Int32(clamping: newValue) } }
}

public enum CommitmentStatus: String, Sendable, CaseIterable {
    case open, inProgress = "in_progress", done, cancelled

    /// Open and in-progress both count as open.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

/// A task-list item outside a goals section: something someone promised to do.
///
/// Compact on purpose (80 bytes): a large journal keeps every commitment's facts
/// until its journal-wide rules have run. Dates and positions are stored as 32-bit
/// numbers, the checkbox mark, the status and the flags share one word, the fields
/// Obsidian Tasks adds (rare in coaching notes) share one optional box, and the
/// public properties read and write them as usual.
public struct Commitment: Sendable {
    public var id: String
    /// Kept with the session's other texts (`TextPool`).
    var pooledText: PooledText
    public var owners: [String]
    /// Later held sessions of the pair that mention this commitment's id, in date order.
    public var reviewedIn: [String] = []
    private var extrasBox: TaskExtrasBox?
    private var packedDue = PackedDate.none, packedDone = PackedDate.none, packedCancelled = PackedDate.none
    private var packedLine: Int32, packedColumn: Int32
    private var flags = CommitmentFlags()

    public init(id: String, text: String, owners: [String], status: CommitmentStatus, mark: Character,
                due: LocalDate?, done: LocalDate?, cancelled: LocalDate?, line: Int, column: Int,
                usesEmojiDates: Bool, hasInvalidDate: Bool) {
        self.init(id: id, text: PooledText(text), owners: owners, status: status, mark: mark, due: due, done: done,
                  cancelled: cancelled, line: line, column: column, usesEmojiDates: usesEmojiDates,
                  hasInvalidDate: hasInvalidDate)
    }

    init(id: String, text: PooledText, owners: [String], status: CommitmentStatus, mark: Character,
         due: LocalDate?, done: LocalDate?, cancelled: LocalDate?, line: Int, column: Int,
         usesEmojiDates: Bool, hasInvalidDate: Bool) {
        self.id = id
        pooledText = text
        self.owners = owners
        packedLine = Int32(clamping: line)
        packedColumn = Int32(clamping: column)
        self.status = status
        self.mark = mark
        self.usesEmojiDates = usesEmojiDates
        self.hasInvalidDate = hasInvalidDate
        self.due = due
        self.done = done
        self.cancelled = cancelled
    }

    /// The checkbox character as written (`" "`, `"x"`, `"?"` …); a mark of several
    /// scalars (`✔️`) reads back as U+FFFD, unknown like the mark it stands for.
    public var mark: Character {
        get { Character(flags.markScalar) }
        set { flags.markScalar = newValue.unicodeScalars.count == 1 ? newValue.unicodeScalars.first! : "\u{FFFD}" }
    }
    public var status: CommitmentStatus { get { flags.status } set { flags.status = newValue } }
    /// The due field's syntax, so edits can answer in the same style.
    public var usesEmojiDates: Bool { get { flags[.emojiDates] } set { flags[.emojiDates] = newValue } }
    /// A date field could not be read (`due:2026-02-30`); its finding is `due-invalid`.
    public var hasInvalidDate: Bool { get { flags[.invalidDate] } set { flags[.invalidDate] = newValue } }
    /// Open and waiting on an open commitment it depends on (set for the whole journal).
    public var blocked: Bool { get { flags[.blocked] } set { flags[.blocked] = newValue } }

    public var text: String { get { pooledText.string } set { pooledText = PooledText(newValue) } }
    public var due: LocalDate? { get { packedDue.date } set { packedDue = PackedDate(newValue) } }
    public var done: LocalDate? { get { packedDone.date } set { packedDone = PackedDate(newValue) } }
    public var cancelled: LocalDate? { get { packedCancelled.date } set { packedCancelled = PackedDate(newValue) } }
    public var line: Int { get { Int(packedLine) } set { packedLine = Int32(clamping: newValue) } }
    public var column: Int { get { Int(packedColumn) } set { packedColumn = Int32(clamping: newValue) } }

    /// The task fields beyond due, done and cancelled.
    var extras: TaskExtras {
        get { extrasBox?.value ?? TaskExtras() }
        set { extrasBox = newValue == TaskExtras() ? nil : TaskExtrasBox(newValue) }
    }
    /// Whether any field beyond due, done and cancelled is written (start, task id, …).
    var hasTaskFields: Bool { extrasBox != nil }
    /// Carries a task id or depends on one (🆔, ⛔).
    var usesTaskIDs: Bool { taskID != nil || !dependsOn.isEmpty }
    /// Not before (🛫, `[start:: ]`, todo.txt `t:`).
    public var start: LocalDate? { get { extras.start } set { extras.start = newValue } }
    /// Planned for (⏳, `[scheduled:: ]`).
    public var scheduled: LocalDate? { get { extras.scheduled } set { extras.scheduled = newValue } }
    public var created: LocalDate? { get { extras.created } set { extras.created = newValue } }
    /// `highest`, `high`, `medium`, `low` or `lowest`.
    public var priority: String? { get { extras.priority } set { extras.priority = newValue } }
    /// A practice kept until the next session (🔁, `[repeat:: ]`, `rec:`).
    public var recurrence: String? { get { extras.recurrence } set { extras.recurrence = newValue } }
    /// Obsidian Tasks' 🆔 / `[id:: ]`.
    public var taskID: String? { get { extras.taskID } set { extras.taskID = newValue } }
    /// ⛔ / `[dependsOn:: ]`.
    public var dependsOn: [String] { get { extras.dependsOn } set { extras.dependsOn = newValue } }

    /// Without its text: what journal-wide rules keep.
    var essentials: Commitment {
        var lean = self
        lean.pooledText = .empty
        if recurrence != nil { lean.recurrence = "" }
        return lean
    }

    /// An open box with a done or cancelled date: a contradiction.
    public var hasStateConflict: Bool { isOpen && (done != nil || cancelled != nil) }
    /// Closed, with the date it was closed if one is written.
    public var closedOn: LocalDate? { done ?? cancelled }

    /// A checkbox character other than ` /xX-` (counted as open).
    public var statusIsUnknown: Bool { !" /xX-".contains(mark) }
    public var isOpen: Bool { status.isOpen }

    public func isOverdue(today: LocalDate) -> Bool {
        guard isOpen, !blocked, let due else { return false }
        return due < today
    }
}

/// The task fields Obsidian Tasks and Dataview add beyond due, done and cancelled.
struct TaskExtras: Sendable, Equatable {
    var start: LocalDate?
    var scheduled: LocalDate?
    var created: LocalDate?
    var priority: String?
    var recurrence: String?
    var taskID: String?
    var dependsOn: [String] = []
}

/// One commitment's `TaskExtras`, shared by its copies; replaced, never changed.
private final class TaskExtrasBox: Sendable {
    let value: TaskExtras
    init(_ value: TaskExtras) { self.value = value }
}

/// A commitment's checkbox mark (21 bits), status (2 bits) and flags in one word.
private struct CommitmentFlags: Sendable {
    enum Flag: UInt32 {
        case emojiDates = 23, invalidDate = 24, blocked = 25
    }

    private var raw: UInt32 = 0x20  // a space: an open box
    private static let markBits: UInt32 = 0x1F_FFFF, statusShift: UInt32 = 21

    var markScalar: Unicode.Scalar {
        get { Unicode.Scalar(raw & Self.markBits) ?? "\u{FFFD}" }
        set { raw = raw & ~Self.markBits | newValue.value }
    }

    var status: CommitmentStatus {
        get {
            switch raw >> Self.statusShift & 3 {
            case 0: .open
            case 1: .inProgress
            case 2: .done
            default: .cancelled
            }
        }
        set {
            let code: UInt32 = switch newValue {
            case .open: 0
            case .inProgress: 1
            case .done: 2
            case .cancelled: 3
            }
            raw = raw & ~(3 << Self.statusShift) | code << Self.statusShift
        }
    }

    subscript(flag: Flag) -> Bool {
        get { raw & 1 << flag.rawValue != 0 }
        set { raw = newValue ? raw | 1 << flag.rawValue : raw & ~(1 << flag.rawValue) }
    }
}

/// An optional date in four bytes (days since 1970; `Int32.min` for none).
private struct PackedDate: Sendable, Equatable {
    private let days: Int32
    static let none = PackedDate(nil)

    init(_ date: LocalDate?) { days = date.map { Int32(clamping: $0.dayNumber) } ?? .min }
    var date: LocalDate? { days == .min ? nil : LocalDate(dayNumber: Int(days)) }
}
