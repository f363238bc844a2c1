import ArgumentParser
import TandemKit

enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, github, sarif, junit
}

enum FailThreshold: String, CaseIterable, ExpressibleByArgument {
    case error, warning, info, never

    var severity: Severity? { self == .never ? nil : Severity(rawValue: rawValue) }
}

extension Tandem {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint the journal: overdue commitments, cadence, missing fields.",
            discussion: "Exits 1 when a finding is at or above --fail-on (default: error).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: text, json, github, sarif or junit.") var format: CheckFormat = .text
        @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, info or never.")
        var failOn: FailThreshold = .error
        @Option(name: .customLong("rule"), help: ArgumentHelp("Only run this rule (repeatable).", valueName: "id"),
                completion: Completions.rules)
        var rules: [String] = []
        @Option(help: ArgumentHelp("Explain a rule, with examples, and exit.", valueName: "id"), completion: Completions.rules)
        var explain: String?
        @Flag(help: "Also read the journal's git history and run the rules that need it (commitment-redated).")
        var history = false
        @Argument(help: "Files or folders to report on (default: the whole journal).")
        var paths: [String] = []

        func validate() throws {
            for id in rules + [explain].compactMap({ $0 }) where RuleRegistry.rule(id: id) == nil {
                throw ValidationError("unknown rule '\(id)'\(Suggestion.hint(for: id, among: RuleRegistry.ids)); "
                                      + "known rules: \(RuleRegistry.ids.joined(separator: ", "))")
            }
            for id in rules where !history && RuleRegistry.needsHistory(id) {
                throw ValidationError("rule '\(id)' reads the journal's git history; add --history")
            }
        }

        func run() throws {
            if let explain, let rule = RuleRegistry.rule(id: explain) {
                Output.out(RuleExplanation.text(for: rule.description))
                return
            }
            let (root, configuration, today) = try global.openConfiguration()
            let relativePaths = try paths.map { try JournalPaths.existingRelative($0, root: root) }
            let commitmentHistory = history ? try global.history(root: root, configuration: configuration) : nil
            let result = Checker.check(root: root, configuration: configuration, today: today,
                                       only: Set(rules), paths: relativePaths, history: commitmentHistory)
            reporter.write(result, to: Output.out)
            ProcessLifetime.keep(result)  // the findings: let go by the system at exit, all at once
            if result.fails(at: failOn.severity) { throw ExitCode.failure }
        }

        var reporter: any Reporter {
            switch format {
            case .text: TextReporter(style: global.style, showSummary: !global.quiet)
            case .json: JSONReporter()
            case .github: GitHubActionsReporter()
            case .sarif: SARIFReporter()
            case .junit: JUnitReporter()
            }
        }
    }
}
