import ArgumentParser
import TandemKit

extension Tandem {
    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the whole parsed journal as JSON (schema 1), for other tools.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let open = try global.openJournal()
            let pairs = open.journal.pairHistories
            let document = IndexDocument.build(journal: open.journal, pairs: pairs, today: open.today,
                                               redaction: global.redaction)
            document.serialize(to: Output.out)
        }
    }
}
