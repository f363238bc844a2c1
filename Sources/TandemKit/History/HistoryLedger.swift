import Foundation

/// A commit that changed a commitment's due date.
public struct DueChange: Sendable, Equatable {
    /// The commit's author date in the journal's time zone.
    public var date: LocalDate
    public var from: LocalDate?
    public var to: LocalDate?

    public init(date: LocalDate, from: LocalDate?, to: LocalDate?) {
        self.date = date
        self.from = from
        self.to = to
    }
}

/// What git's history says happened to one commitment.
public struct CommitmentEvents: Sendable, Equatable {
    /// The first commit whose change added it.
    public var created: LocalDate?
    /// The commit that turned its box to done or cancelled; nil while open.
    public var closed: LocalDate?
    /// Its due date in that commit.
    public var dueWhenClosed: LocalDate?
    public var dueChanges: [DueChange] = []

    public init(created: LocalDate? = nil, closed: LocalDate? = nil, dueWhenClosed: LocalDate? = nil,
                dueChanges: [DueChange] = []) {
        self.created = created
        self.closed = closed
        self.dueWhenClosed = dueWhenClosed
        self.dueChanges = dueChanges
    }

    public var redated: Int { dueChanges.count }

    /// Closed date minus due date when positive, else 0; nil while open or without a due date.
    public var closedLateDays: Int? {
        guard let closed, let due = dueWhenClosed else { return nil }
        return max(0, due.days(until: closed))
    }

    /// One commit's change to this commitment: `old` before, `new` after (nil: absent).
    mutating func apply(old: BlobFacts.State?, new: BlobFacts.State, on date: LocalDate) {
        // A line first seen unchanged came in through a merge: the first commit after it
        // that touches the file is the earliest date history can give.
        if created == nil { created = date }
        guard let old else {
            if new.isOpen {
                closed = nil
                dueWhenClosed = nil
            } else if closed == nil {
                closed = date
                dueWhenClosed = new.due
            }
            return
        }
        if old.isOpen && !new.isOpen {
            closed = date
            dueWhenClosed = new.due
        } else if !old.isOpen && new.isOpen {
            closed = nil
            dueWhenClosed = nil
        }
        if old.due != new.due { dueChanges.append(DueChange(date: date, from: old.due, to: new.due)) }
    }
}

/// The history of one session file, under the path it has now.
struct FileEvents: Sendable {
    /// Whether any version of the file was a confidential session.
    var everConfidential = false
    var commitments: [CommitmentKey: CommitmentEvents] = [:]
}

/// Every file's history, folded commit by commit, oldest first. Renames carry a file's
/// history to its new path; a deleted file keeps its history, so a file added again
/// under the same path continues it.
public struct HistoryLedger: Sendable {
    /// The last commit folded in; nil before any.
    public internal(set) var head: String?
    var files: [String: FileEvents] = [:]

    public init() {}

    /// The history of the commitment with `text` (its `occurrence`-th copy) in `path`.
    func events(path: String, key: CommitmentKey) -> CommitmentEvents? { files[path]?.commitments[key] }

    func everConfidential(path: String) -> Bool { files[path]?.everConfidential ?? false }

    /// Folds in one commit. `facts` holds what each blob says; a blob it lacks counts as empty.
    mutating func apply(_ commit: GitCommit, facts: [String: BlobFacts], timeZone: TimeZone) {
        let date = HistoryLedger.localDate(authorTime: commit.authorTime, timeZone: timeZone)
        for change in commit.changes {
            if change.oldPath != change.newPath, change.status == UInt8(ascii: "R"),
               let moved = files.removeValue(forKey: change.oldPath) {
                files[change.newPath] = HistoryLedger.merge(files[change.newPath], moved)
            } else if change.status == UInt8(ascii: "C"), let copied = files[change.oldPath] {
                files[change.newPath] = HistoryLedger.merge(files[change.newPath], copied)
            }
            guard let newBlob = change.newBlob else { continue }
            let oldFacts = change.oldBlob.flatMap { facts[$0] }
            let newFacts = facts[newBlob] ?? BlobFacts(confidential: false, commitments: [])
            let before = oldFacts?.lookup() ?? [:]
            var file = files[change.newPath] ?? FileEvents()
            if newFacts.confidential || oldFacts?.confidential == true { file.everConfidential = true }
            for (key, state) in newFacts.commitments {
                let old = before[key]
                if old == state, file.commitments[key] != nil { continue }
                file.commitments[key, default: CommitmentEvents()].apply(old: old, new: state, on: date)
            }
            files[change.newPath] = file
        }
        head = commit.hash
    }

    private static func merge(_ existing: FileEvents?, _ incoming: FileEvents) -> FileEvents {
        guard var merged = existing else { return incoming }
        merged.everConfidential = merged.everConfidential || incoming.everConfidential
        merged.commitments.merge(incoming.commitments) { current, _ in current }
        return merged
    }

    /// The calendar day of a moment in `timeZone`, without a calendar per commit.
    static func localDate(authorTime: Int64, timeZone: TimeZone) -> LocalDate {
        let clamped = max(-62_135_596_800, min(authorTime, 253_402_300_799))  // years 1 to 9999
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(clamped))))
        let local = max(-62_135_596_800, min(clamped + offset, 253_402_300_799))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return LocalDate(dayNumber: Int(days))  // day numbers count from 1970-01-01
    }
}
