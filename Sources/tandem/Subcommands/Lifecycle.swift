import ArgumentParser
import Foundation
import TandemKit

/// The commitment argument shared by `redate`, `snooze` and `start`.
struct CommitmentArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The commitment: its id, a unique prefix of it, or FILE:LINE.", valueName: "id"),
              completion: Completions.commitments)
    var id: String
}

/// Edits the commitment's line in place and says what changed, as `done` does.
private func edit(_ argument: CommitmentArgument, global: GlobalOptions, _ change: CommitmentEdit) throws {
    try editCommitment(argument.id, on: nil, global: global) { _ in change }
}

extension Tandem {
    struct Redate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a commitment's due date: the due field's date is replaced, or a due field is added.",
            discussion: """
                A relative due (due:+2w, due:next) becomes the absolute date. New fields are written in the \
                line's own dialect: 📅 when the line has an emoji field, [due:: ] when it has a Dataview field, \
                else due:DATE.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var commitment: CommitmentArgument
        @Option(help: ArgumentHelp("The new due date.", valueName: "yyyy-mm-dd")) var due: LocalDate
        func run() throws { try edit(commitment, global: global, .redate(due)) }
    }

    struct Snooze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a commitment's \"not before\" date (⏳, [scheduled:: ] or todo.txt t:); the due date stays.",
            discussion: "A commitment snoozed past today is not listed by 'tandem remind' as due soon.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var commitment: CommitmentArgument
        @Option(help: ArgumentHelp("Not before this date.", valueName: "yyyy-mm-dd")) var until: LocalDate
        func run() throws { try edit(commitment, global: global, .snooze(until)) }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a commitment in progress: '[ ]' becomes '[/]'.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var commitment: CommitmentArgument
        func run() throws { try edit(commitment, global: global, .start) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a commitment to a session's Commitments section and print its id.",
            discussion: """
                The line goes to the Commitments section of the pair's latest held session (--pair) or of \
                FILE (--session); '## Commitments' is created at the end of the file when there is none. \
                The file's line endings are kept.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("What was promised.", valueName: "text")) var text: String
        @Option(help: ArgumentHelp("The pair whose latest held session gets the commitment.", valueName: "a,b"))
        var pair: String?
        @Option(help: ArgumentHelp("The session file that gets the commitment.", valueName: "file")) var session: String?
        @Option(help: ArgumentHelp("An owner (repeatable; default: the session's coachee).", valueName: "id"),
                completion: Completions.people)
        var owner: [String] = []
        @Option(help: ArgumentHelp("The due date.", valueName: "yyyy-mm-dd")) var due: LocalDate?

        func validate() throws {
            guard (pair == nil) != (session == nil) else { throw ValidationError("give one of --pair A,B or --session FILE") }
            if let pair, PairKey(argument: pair) == nil {
                throw ValidationError("--pair takes two ids separated by a comma, e.g. --pair ana,ben")
            }
        }

        func run() throws {
            let open = try global.openJournal()
            let file = try targetFile(open)
            let writer = AtomicWriter(root: open.root)
            let snapshot = try writer.read(file)
            let reader = SessionReader(configuration: open.journal.configuration)
            let existing = reader.read(path: file, bytes: snapshot.bytes).session?.commitments ?? []
            let dialect = existing.last.map { lineDialect(snapshot.bytes, line: $0.line) } ?? .todoTxt
            let item: String
            do {
                item = try CommitmentAppender.item(text: text, owners: owner, due: due, dialect: dialect)
            } catch let error as CommitmentEditError {
                throw TandemError.invalid(error.description)
            }
            let result = CommitmentAppender.append(item, to: snapshot.bytes)
            let after = reader.read(path: file, bytes: result.bytes).session?.commitments ?? []
            guard after.count == existing.count + 1, let added = after.first(where: { $0.line == result.line }) else {
                throw TandemError.invalid("\(DisplayText.field(file)): the new line would not read back as one commitment; nothing was written")
            }
            try writer.replace(file, with: result.bytes, expecting: snapshot)
            Output.out("\(added.id)\n")
            if !global.quiet { Output.err("added \(added.id) \(DisplayText.field(file)):\(result.line)\n") }
        }

        private func targetFile(_ open: OpenJournal) throws -> String {
            if let session {
                let path = try JournalPaths.existingRelative(session, root: open.root)
                guard open.journal.files.contains(where: { $0.path == path && $0.session != nil }) else {
                    throw TandemError.invalid("\(session): not a session file of this journal")
                }
                return path
            }
            let key = PairKey(argument: pair!)!
            for id in key.partners { try Suggestion.requirePerson(id, in: open.journal) }
            let held = open.journal.sessions.filter { $0.pair == key && $0.isHeld }
            guard let latest = held.max(by: { ($0.date, $0.file) < ($1.date, $1.file) }) else {
                throw TandemError.invalid("the pair \(key) has no held session to add a commitment to (see 'tandem new --pair \(pair!)')")
            }
            return latest.file
        }

        private func lineDialect(_ bytes: [UInt8], line: Int) -> TaskLine.Dialect {
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let text = String(decoding: lines[line - 1], as: UTF8.self)
            return TaskLine(text, mode: .sourceLine).dialect
        }
    }
}

extension PairKey {
    /// `ana,ben` from the command line.
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0] != parts[1] else { return nil }
        self.init(parts[0], parts[1])
    }
}
