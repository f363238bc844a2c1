import ArgumentParser
import TandemKit

enum RotateFormat: String, CaseIterable, ExpressibleByArgument {
    case yaml, json
}

extension Tandem {
    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose the next round of pairs, ready to paste into tandem.yml.",
            discussion: """
                Groups everyone in people who has not left by --on: nobody with a person they held a session \
                with in the last rotate.avoid days (365d), nobody with their manager, as many newcomers as \
                possible with an experienced person (6 or more held sessions), one triad with an observer \
                when the count is odd. The same journal and seed give the same proposal. Exits 2 when no \
                valid proposal exists, naming the constraint that blocks it.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The day the round starts (default: today).", valueName: "yyyy-mm-dd")) var on: LocalDate?
        @Option(help: ArgumentHelp("Tie-break seed: another seed, another equally good proposal.", valueName: "n"))
        var seed: UInt64 = 0
        @Option(help: "Output format: yaml or json.") var format: RotateFormat = .yaml
        @Flag(help: "Say why each person is with their partners.") var explain = false

        func run() throws {
            let open = try global.openJournal()
            let proposal = try Rotation.propose(journal: open.journal, on: on ?? open.today, seed: seed)
            switch format {
            case .yaml: Output.out(RotationRenderer.yaml(proposal, explain: explain))
            case .json: Output.out(RotationRenderer.json(proposal, explain: explain))
            }
        }
    }
}
