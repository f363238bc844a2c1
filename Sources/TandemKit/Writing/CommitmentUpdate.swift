/// A commitment with the session it belongs to.
public struct LocatedCommitment: Sendable {
    public var commitment: Commitment
    public var session: Session
}

/// Finds the commitment a command-line argument names: a full id, a unique
/// prefix of one, or `FILE:LINE` (the line where the list item starts).
public enum CommitmentResolver {
    public static func resolve(_ query: String, in journal: Journal, workingDirectory: String) throws -> LocatedCommitment {
        let all = journal.sessions.flatMap { session in
            session.commitments.map { LocatedCommitment(commitment: $0, session: session) }
        }
        if let colon = query.lastIndex(of: ":"), let line = Int(query[query.index(after: colon)...]) {
            let path = String(query[..<colon])
            var candidates = [path]
            if let relative = try? JournalPaths.relative(path, root: journal.root, workingDirectory: workingDirectory) {
                candidates.append(relative)
            }
            if let match = all.first(where: { candidates.contains($0.session.file) && $0.commitment.line == line }) {
                return match
            }
            throw TandemError.invalid("no commitment starts at \(DisplayText.field(query)) (see 'tandem list' for ids and lines)")
        }
        let id = query.lowercased()
        guard !id.isEmpty else { throw TandemError.invalid("a commitment id is needed (see 'tandem list')") }
        var matches = all.filter { $0.commitment.id == id }
        if matches.isEmpty { matches = all.filter { $0.commitment.id.hasPrefix(id) } }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            throw TandemError.invalid("no commitment with id '\(DisplayText.field(query))' (see 'tandem list' for ids)")
        default:
            let list = matches.sorted { ($0.session.file, $0.commitment.line) < ($1.session.file, $1.commitment.line) }
                .map { "  \($0.commitment.id) \(DisplayText.field($0.session.file)):\($0.commitment.line)" }
            throw TandemError.invalid("'\(DisplayText.field(query))' matches \(matches.count) commitments; give more of the id:\n" + list.joined(separator: "\n"))
        }
    }
}

extension CommitmentEdit {
    /// Whether `commitment`, read back from the edited line, shows this edit.
    func isReflected(in commitment: Commitment) -> Bool {
        switch self {
        case .done: commitment.status == .done
        case .cancel: commitment.status == .cancelled
        case .reopen: commitment.status == .open
        case .start: commitment.status == .inProgress
        case .redate(let date): commitment.due == date
        case .snooze(let date): commitment.scheduled == date || commitment.start == date
        }
    }
}

/// Applies an edit (`done`, `cancel`, `reopen`, `start`, `redate`, `snooze`) to a commitment's file on disk.
public enum CommitmentUpdate {
    public enum Outcome: Sendable, Equatable {
        case changed
        case unchanged
    }

    /// Reads the file again, checks the commitment is still where the journal
    /// saw it, edits its first line and writes the file through `writer`, all
    /// under the writer's lock, so concurrent edits of one file take turns.
    public static func apply(_ edit: CommitmentEdit, to located: LocatedCommitment, configuration: Configuration,
                             writer: AtomicWriter) throws -> Outcome {
        try writer.withLock(located.session.file) {
            try applyLocked(edit, to: located, configuration: configuration, writer: writer)
        }
    }

    private static func applyLocked(_ edit: CommitmentEdit, to located: LocatedCommitment,
                                    configuration: Configuration, writer: AtomicWriter) throws -> Outcome {
        let file = located.session.file
        let line = located.commitment.line
        let snapshot = try writer.read(file)
        let reader = SessionReader(configuration: configuration)
        guard let current = reader.read(path: file, bytes: snapshot.bytes).session?.commitments
            .first(where: { $0.id == located.commitment.id && $0.line == line }) else {
            throw TandemError.invalid("\(DisplayText.field(file)):\(line): changed on disk since the journal was read; nothing was written, run the command again")
        }
        let edited: [UInt8]
        do {
            edited = try CommitmentEditor.apply(edit, to: snapshot.bytes, line: current.line)
        } catch let error as CommitmentEditError {
            throw TandemError.invalid("\(DisplayText.field(file)):\(line): cannot edit this commitment: \(error.description)")
        }
        if edited == snapshot.bytes { return .unchanged }
        // Never write a result that does not read back as intended.
        guard let after = reader.read(path: file, bytes: edited).session?.commitments.first(where: { $0.line == line }),
              after.id == current.id, edit.isReflected(in: after) else {
            throw TandemError.invalid("\(DisplayText.field(file)):\(line): the edited line would not read back as intended (\(edit.verb)); nothing was written")
        }
        try writer.replace(file, with: edited, expecting: snapshot)
        return .changed
    }
}
