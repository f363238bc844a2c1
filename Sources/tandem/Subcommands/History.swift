import ArgumentParser
import Foundation
import TandemKit

enum HistoryFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension Tandem {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What git says happened to each commitment: created, re-dated, closed, how late.",
            discussion: """
                Reads the journal's git history with the git program (never writes to it) for the commitments \
                in the work tree now. Dates are commits' author dates in the journal's time zone; uncommitted \
                changes are not history. Refuses (exit 2) outside a git work tree and in a shallow clone: \
                run 'git fetch --unshallow' (in CI: fetch-depth: 0 or GIT_DEPTH: 0). A cache under the \
                repository's git folder makes later runs read only new commits.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("Only this commitment: its id, a unique prefix of it, or FILE:LINE.", valueName: "id"))
        var id: String?
        @Option(help: ArgumentHelp("Only this pair's sessions.", valueName: "a,b")) var pair: String?
        @Option(help: ArgumentHelp("Only commitments this person owns.", valueName: "id")) var person: String?
        @Option(help: "Output format: text or json.") var format: HistoryFormat = .text

        func validate() throws {
            if let pair, Stats.pairKey(pair) == nil {
                throw ValidationError("--pair takes two different person ids separated by a comma, like ana,ben; got '\(pair)'")
            }
        }

        func run() throws {
            let (open, history) = try global.openJournalWithHistory()
            let filter = HistoryFilter(id: id, pair: pair.flatMap(Stats.pairKey), person: person)
            let report = try HistoryReport.build(journal: open.journal, history: history, today: open.today, filter: filter,
                                                 redaction: global.redaction,
                                                 workingDirectory: FileManager.default.currentDirectoryPath)
            switch format {
            case .text: Output.out(report.text(style: global.style))
            case .json: Output.out(report.json())
            }
        }
    }
}
