import ArgumentParser
import Foundation
import TandemKit

/// The commitment argument of `done` and `cancel` (open ones complete).
struct EditCommitmentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The commitment: its id, a unique prefix of it, or FILE:LINE.", valueName: "id"),
              completion: Completions.commitments)
    var id: String

    @Option(help: ArgumentHelp("The date to record (default: today): not before the session's date, not after today.",
                               valueName: "yyyy-mm-dd"))
    var on: LocalDate?
}

/// The commitment argument of `reopen` (done and cancelled ones complete); no date.
struct ReopenOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The commitment: its id, a unique prefix of it, or FILE:LINE.", valueName: "id"),
              completion: Completions.closedCommitments)
    var id: String
}

/// Resolves the commitment, edits its line in place and says what changed.
/// A recorded date must lie between the session's date and today. Shared by every
/// command that edits one commitment's line (`done`, `cancel`, `reopen`, `start`,
/// `redate`, `snooze`).
func editCommitment(_ id: String, on: LocalDate?, global: GlobalOptions,
                            edit: (LocalDate) -> CommitmentEdit) throws {
    let open = try global.openJournal()
    let located = try CommitmentResolver.resolve(id, in: open.journal,
                                                 workingDirectory: FileManager.default.currentDirectoryPath)
    if let on {
        if on < located.session.date {
            throw TandemError.invalid("--on \(on) is before the session's date (\(located.session.date), \(located.session.file))")
        }
        if on > open.today { throw TandemError.invalid("--on \(on) is after today (\(open.today))") }
    }
    let change = edit(on ?? open.today)
    let outcome = try CommitmentUpdate.apply(change, to: located, configuration: open.journal.configuration,
                                             writer: AtomicWriter(root: open.root))
    guard !global.quiet else { return }
    let c = located.commitment
    var line = outcome == .changed ? "\(change.verb) " : "unchanged "
    line += "\(c.id) \(DisplayText.field(located.session.file)):\(c.line)"
    if let text = global.redaction.text(of: c, in: located.session) { line += " " + DisplayText.field(text) }
    Output.out(line + "\n")
}

extension Tandem {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a commitment done: tick its box and add the date in the style of its due field.",
            discussion: "Only that line changes: '- [ ] Draft due:2026-11-17' becomes '- [x] Draft due:2026-11-17 done:2026-11-20'.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: EditCommitmentOptions
        func run() throws { try editCommitment(options.id, on: options.on, global: global) { .done($0) } }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a commitment cancelled: '[-]' and the date (cancelled:DATE or ❌ DATE).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: EditCommitmentOptions
        func run() throws { try editCommitment(options.id, on: options.on, global: global) { .cancel($0) } }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a commitment: clear its box and remove its done or cancelled date.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReopenOptions
        func run() throws { try editCommitment(options.id, on: nil, global: global) { _ in .reopen } }
    }
}
