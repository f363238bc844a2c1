import ArgumentParser
import Foundation
import TandemKit

enum CIProvider: String, CaseIterable, ExpressibleByArgument {
    case github
}

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
        @Option(help: ArgumentHelp("Also write a scheduled CI workflow: github.", valueName: "provider"))
        var ci: CIProvider?
        @Flag(help: "Add the journal files to a folder that is not empty (never overwriting a file).")
        var force = false
        @Argument(help: "The folder to scaffold (default: the working directory; created if missing).")
        var directory: String?

        func run() throws {
            let folder = JournalPaths.absolute(directory ?? ".", workingDirectory: FileManager.default.currentDirectoryPath)
            try JournalScaffold.check(folder: folder, force: force)
            let scaffold = JournalScaffold(team: team ?? (folder as NSString).lastPathComponent, githubWorkflow: ci == .github)
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
