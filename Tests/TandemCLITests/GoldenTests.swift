import Foundation
import Testing

/// Every output format of the sample journal at a frozen date, byte for byte.
/// When an output changes on purpose, regenerate the files with
/// `TANDEM_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(name: String, arguments: [String])] = [
        ("check.txt", ["check"]),
        ("check.json", ["check", "--format", "json"]),
        ("check.github", ["check", "--format", "github"]),
        ("check.sarif", ["check", "--format", "sarif"]),
        ("check.junit.xml", ["check", "--format", "junit"]),
        ("remind.txt", ["remind"]),
        ("remind.json", ["remind", "--format", "json"]),
        ("remind.md", ["remind", "--format", "markdown"]),
        ("remind.github", ["remind", "--format", "github"]),
        ("remind.ics", ["remind", "--format", "ics"]),
        ("index.json", ["index"]),
        ("list-commitments.txt", ["list", "commitments"]),
        ("list-commitments.csv", ["list", "commitments", "--format", "csv"]),
        ("list-pairs.json", ["list", "pairs", "--format", "json"]),
        ("stats.txt", ["stats"]),
        ("stats.json", ["stats", "--format", "json"]),
        ("rotate.yaml", ["rotate", "--explain"]),
        ("rotate.json", ["rotate", "--format", "json"]),
    ]

    @Test(arguments: cases.map(\.name))
    func output(name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let sample = CLI.repositoryRoot.appendingPathComponent("sample-journal").path
        // No COLUMNS: piped output is never cut.
        let result = try CLI.run(arguments + ["-C", sample, "--today", "2026-11-25", "--color", "never"])
        #expect(result.stderr.isEmpty)
        let golden = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TANDEM_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(result.stdout == expected, "\(name) differs from Tests/TandemCLITests/Golden/\(name)")
    }
}
