import Foundation
import Testing

@Suite struct CompletionAndManualTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tandem"))
        for name in ["init", "list", "reopen"] { #expect(result.stdout.contains(name)) }
    }

    @Test func theManualPageNamesEverySubcommand() throws {
        let page = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/tandem.1"), encoding: .utf8)
        #expect(page.hasPrefix(".\\\"") || page.hasPrefix(".Dd") || page.hasPrefix(".TH"))
        let help = try CLI.run(["--help"]).stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        let subcommands = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first,
                  word.first?.isLowercase == true else { return nil }
            return String(word)
        }
        #expect(subcommands.count >= 8)
        for name in subcommands {
            #expect(page.contains(".It Em \(name)\n"), "\(name) is missing from docs/tandem.1: run 'make manual'")
        }
    }
}
