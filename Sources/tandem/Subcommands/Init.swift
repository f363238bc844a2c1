import ArgumentParser
import Foundation
import TandemKit

extension JournalScaffold.CIService: ExpressibleByArgument {}

extension Tandem {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scaffold a journal: tandem.yml, sessions/, agreements/, templates/, .gitignore, README.md.",
            discussion: """
                Never overwrites a file. Refuses a folder that already holds tandem.yml, and a folder \
                that is not empty unless --force is given (existing files are then kept and reported as skipped).
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The team's name, written to tandem.yml (default: the folder's name).", valueName: "name"))
        var team: String?
        @Option(help: ArgumentHelp("Also write a CI pipeline: github (.github/workflows/tandem.yml) or gitlab (.gitlab-ci.yml).",
                                   valueName: "provider"))
        var ci: JournalScaffold.CIService?
        @Option(name: .customLong("ci-repo"),
                help: ArgumentHelp("The git URL the CI pipeline builds tandem from (default: a placeholder to set).", valueName: "url"))
        var ciRepository: String?
        @Option(name: .customLong("ci-ref"),
                help: ArgumentHelp("The tag or commit of that repository (default: a placeholder to set).", valueName: "ref"))
        var ciRef: String?
        @Flag(help: "Add the journal files to a folder that is not empty (never overwriting a file).")
        var force = false
        @Argument(help: "The folder to scaffold (default: the working directory; created if missing).")
        var directory: String?

        func validate() throws {
            if ci == nil, ciRepository != nil || ciRef != nil {
                throw ValidationError("--ci-repo and --ci-ref go with --ci github or --ci gitlab")
            }
        }

        func run() throws {
            let source = JournalScaffold.CISource(repository: ciRepository, ref: ciRef)
            try JournalScaffold.validate(source)
            let folder = JournalPaths.absolute(directory ?? ".", workingDirectory: FileManager.default.currentDirectoryPath)
            try JournalScaffold.check(folder: folder, force: force)
            let scaffold = JournalScaffold(team: team ?? (folder as NSString).lastPathComponent, ci: ci, ciSource: source)
            let outcomes = try scaffold.write(into: folder)
            guard !global.quiet else { return }
            Output.out(outcomes.map { outcome in
                switch outcome {
                case .created(let path): "created \(path)\n"
                case .skipped(let path): "skipped \(path) (already exists)\n"
                }
            }.joined())
        }
    }
}
