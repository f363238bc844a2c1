import ArgumentParser
import Foundation
import TandemKit

extension Tandem {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the next session file of a pair from the template and print its path.",
            discussion: """
                The file is sessions/YYYY/YYYY-MM-DD-<a>-<b>.md (ids sorted; -2, -3 … when taken). It lists \
                the pair's open commitments for review, as plain references, and the date the pair is next due. \
                With --pair the roles alternate from the pair's last held session; for a first session the \
                first id listed coaches. The journal's templates/session.md is used when present.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("Who coaches (with --coachee).", valueName: "id")) var coach: String?
        @Option(help: ArgumentHelp("Who is coached (with --coach).", valueName: "id")) var coachee: String?
        @Option(help: ArgumentHelp("The pair; roles alternate from its last held session.", valueName: "a,b"))
        var pair: String?
        @Option(help: ArgumentHelp("The session's date (default: today).", valueName: "yyyy-mm-dd")) var date: LocalDate?
        @Option(help: ArgumentHelp("What the coachee wants to work on.", valueName: "text")) var focus: String?
        @Flag(help: "Open the new file in $VISUAL, else $EDITOR, and wait.") var edit = false

        func validate() throws {
            if pair != nil, coach != nil || coachee != nil {
                throw ValidationError("give either --pair A,B or --coach A --coachee B, not both")
            }
            if pair == nil, coach == nil || coachee == nil {
                throw ValidationError("give --pair A,B, or both --coach and --coachee")
            }
            if let pair, pairIDs(pair) == nil {
                throw ValidationError("--pair takes two ids separated by a comma, e.g. --pair ana,ben")
            }
        }

        func run() throws {
            let open = try global.openJournal()
            let day = date ?? open.today
            var request = NewSessionRequest(coach: coach ?? "", coachee: coachee ?? "", date: day, focus: focus)
            // The pair's latest file may be one whose front matter is broken:
            // say so, and use what can be read of it rather than an older session.
            let ids = pair.flatMap(pairIDs) ?? (request.coach, request.coachee)
            let salvage = BrokenSessionSalvage.find(pair: PairKey(ids.0, ids.1), date: day, journal: open.journal)
            if let salvage { Output.err("tandem: warning: \(salvage.warning)\n") }
            if let pair, let (a, b) = pairIDs(pair) {
                let sessions = open.journal.sessions + [salvage?.session].compactMap { $0 }
                (request.coach, request.coachee) = NewSession.roles(a, b, date: day, sessions: sessions)
            }
            try NewSession.validate(request, configuration: open.journal.configuration)
            let path = try NewSession.create(request, journal: open.journal, redaction: global.redaction,
                                             writer: AtomicWriter(root: open.root), salvaged: salvage?.session)
            Output.out(DisplayText.field(path) + "\n")
            if let warning = NewSession.confidentialityWarning(path: path, journal: open.journal) {
                Output.err("tandem: warning: \(warning)\n")
            }
            if edit { try openEditor(open.root + "/" + path) }
        }

        private func pairIDs(_ text: String) -> (String, String)? {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return (parts[0], parts[1])
        }

        /// `$VISUAL`, else `$EDITOR`, run by the shell with the path as "$1" (never interpolated).
        private func openEditor(_ path: String) throws {
            let environment = global.environment
            guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
                throw TandemError.invalid("--edit needs $VISUAL or $EDITOR to name an editor")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", editor + " \"$1\"", "sh", path]
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                throw TandemError.invalid("the editor exited with status \(process.terminationStatus); the file is kept")
            }
        }
    }
}
