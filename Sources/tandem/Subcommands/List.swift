import ArgumentParser
import Foundation
import TandemKit

enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}

extension ListKind: ExpressibleByArgument {}

extension Tandem {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List commitments, goals, sessions or pairs, filtered.",
            discussion: """
                Commitments are sorted by due date (none last), then file and line; goals and sessions by date. \
                Status flags combine with "or", the other filters with "and". Tables fit the terminal width; \
                piped output is never cut. Confidential texts are withheld unless --reveal is given.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "What to list: commitments, goals, sessions or pairs.") var kind: ListKind = .commitments
        @Flag(help: "Open commitments (also in progress), or goals not achieved.") var open = false
        @Flag(help: "Done commitments, or achieved goals.") var done = false
        @Flag(help: "Overdue commitments, or pairs past their next due date.") var overdue = false
        @Option(help: ArgumentHelp("Owner of commitments; coach, coachee or observer of sessions and goals; partner of pairs.", valueName: "id"),
                completion: Completions.people)
        var person: String?
        @Option(help: ArgumentHelp("Only this pair.", valueName: "a,b")) var pair: String?
        @Option(help: ArgumentHelp("Sessions on or after this date.", valueName: "yyyy-mm-dd")) var since: LocalDate?
        @Option(help: ArgumentHelp("Sessions on or before this date.", valueName: "yyyy-mm-dd")) var until: LocalDate?
        @Option(help: "Output format: table, json or csv.") var format: ListFormat = .table

        func validate() throws {
            if let problem = ListQuery.allows(kind, open: open, done: done, overdue: overdue) { throw ValidationError(problem) }
            if let pair, pairKey(pair) == nil { throw ValidationError("--pair takes two ids separated by a comma, e.g. --pair ana,ben") }
        }

        func run() throws {
            let journal = try global.openJournal()
            for id in [person].compactMap({ $0 }) + (pair.flatMap(pairKey)?.partners ?? []) {
                try Suggestion.requirePerson(id, in: journal.journal)
            }
            var filter = ListFilter()
            (filter.open, filter.done, filter.overdue) = (open, done, overdue)
            (filter.person, filter.pair, filter.since, filter.until) = (person, pair.flatMap(pairKey), since, until)
            let result = ListQuery.run(kind, filter: filter, journal: journal.journal, today: journal.today)
            let renderer: any ListRenderer = switch format {
            case .table: ListTableRenderer(kind, today: journal.today, redaction: global.redaction, style: global.style,
                                           width: terminalWidth())
            case .csv: ListCSVRenderer(kind, today: journal.today, redaction: global.redaction)
            case .json: ListJSONRenderer(kind, today: journal.today, redaction: global.redaction)
            }
            Output.out(renderer.render(result))
        }

        private func pairKey(_ text: String) -> PairKey? {
            let parts = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return PairKey(parts[0], parts[1])
        }

        /// `$COLUMNS`, else the terminal's own size; piped output without
        /// `$COLUMNS` is never cut.
        private func terminalWidth() -> Int? {
            if let columns = global.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
            guard isatty(STDOUT_FILENO) == 1 else { return nil }
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
            return 80
        }
    }
}
