import Foundation
import ArgumentParser
import TandemKit

enum StatsFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, html
}

extension Tandem {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pairs over time: cadence, roles, follow-through, pulse trends and pilot progress.",
            discussion: """
                Shows, per pair, sessions held, first and last met, the median gap against the cadence, \
                a strip of the last 26 weeks, who coached how often, commitments kept by their due date, \
                and how the pulse ratings moved; then the team's totals. Pair-level lint findings are \
                listed per pair so the pairs that need attention show first.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("Only pairs this person is a partner in.", valueName: "id"), completion: Completions.people)
        var person: String?
        @Option(help: ArgumentHelp("Only this pair.", valueName: "a,b")) var pair: String?
        @Option(help: ArgumentHelp("Only sessions dated on or after this day.", valueName: "yyyy-mm-dd")) var since: LocalDate?
        @Option(help: ArgumentHelp("Only sessions dated on or before this day.", valueName: "yyyy-mm-dd")) var until: LocalDate?
        @Option(help: "Output format: text, json or html.") var format: StatsFormat = .text
        @Flag(help: "Also read the journal's git history: median days late, share re-dated, open versus closed by week.")
        var history = false
                @Option(help: ArgumentHelp("Write the report to this file instead of standard output (never inside sessions/ or agreements/).",
                                   valueName: "file"))
        var output: String?
        @Flag(help: "With --output: replace the file if it exists.") var force = false

        func validate() throws {
            if let pair, Self.pairKey(pair) == nil {
                throw ValidationError("--pair takes two different person ids separated by a comma, like ana,ben; got '\(pair)'")
            }
            if let since, let until, until < since {
                throw ValidationError("--until \(until) is before --since \(since)")
            }
        }

        func run() throws {
            let (open, commitmentHistory) = history ? try global.openJournalWithHistory() : (try global.openJournal(), nil)
            for id in [person].compactMap({ $0 }) + (pair.flatMap(Self.pairKey)?.partners ?? []) {
                try Suggestion.requirePerson(id, in: open.journal)
            }
            let filter = StatsFilter(person: person, pair: pair.flatMap(Self.pairKey), since: since, until: until)
            let report = StatsReport.build(journal: open.journal, today: open.today, filter: filter, history: commitmentHistory)
            let renderer: any StatsRenderer = switch format {
            case .text: StatsTextRenderer(style: output == nil ? global.style : TerminalStyle(enabled: false),
                                          showLegend: !global.quiet)
            case .json: StatsJSONRenderer()
            case .html: StatsHTMLRenderer(redaction: global.redaction)
            }
            let text = renderer.render(report)
            if let output {
                try ReportFile.write(text, to: output, force: force, journal: open.journal)
            } else {
                Output.out(text)
            }
        }

        static func pairKey(_ text: String) -> PairKey? {
            let ids = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard ids.count == 2, !ids[0].isEmpty, !ids[1].isEmpty, ids[0] != ids[1] else { return nil }
            return PairKey(ids[0], ids[1])
        }
    }
}
