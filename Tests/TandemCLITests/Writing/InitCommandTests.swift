import Foundation
import Testing

/// An empty folder that is removed afterwards.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var path: String { url.path }
    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }
    func text(_ relative: String) throws -> String { try String(contentsOfFile: path + "/" + relative, encoding: .utf8) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct InitCommandTests {
    @Test func scaffoldsAJournalAndSaysWhatItCreated() throws {
        let folder = try TemporaryFolder()
        let result = try CLI.run(["init", "--team", "Sales: East"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            created tandem.yml
            created sessions/
            created sessions/.gitkeep
            created agreements/
            created agreements/.gitkeep
            created templates/
            created templates/.gitkeep
            created templates/session.md
            created templates/agreement.md
            created .gitignore
            created README.md

            """)
        #expect(try folder.text("tandem.yml").contains("team: \"Sales: East\"\n"))
        #expect(try folder.text("templates/session.md") == String(contentsOf: CLI.repositoryRoot.appendingPathComponent("templates/session.md"), encoding: .utf8))
        #expect(!folder.exists(".github"))
        let check = try CLI.run(["check", "--format", "json"], in: folder.url)
        #expect(check.status == 0)
        let json = try CLI.json(check.stdout)
        #expect((json["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func createsAMissingFolderAndTheGitHubWorkflow() throws {
        let folder = try TemporaryFolder()
        let result = try CLI.run(["init", "new-journal", "--ci", "github", "-q"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let workflow = try folder.text("new-journal/.github/workflows/tandem.yml")
        #expect(workflow.contains("schedule:"))
        #expect(workflow.contains("tandem check --format github"))
        #expect(workflow.contains("tandem remind --format markdown"))
        #expect(try folder.text("new-journal/tandem.yml").contains("team: \"new-journal\""))
    }

    @Test func refusesAnExistingJournal() throws {
        let journal = try TemporaryJournal(config: "team: Mine\n")
        let result = try CLI.run(["init", journal.path, "--force"])
        #expect(result.status == 2)
        #expect(try journal.text("tandem.yml") == "team: Mine\n")
        #expect(!FileManager.default.fileExists(atPath: journal.path + "/sessions"))
    }

    @Test func refusesANonEmptyFolderUnlessForcedAndThenKeepsFiles() throws {
        let folder = try TemporaryFolder()
        try Data("our own notes\n".utf8).write(to: folder.url.appendingPathComponent("README.md"))
        let refused = try CLI.run(["init", folder.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(!folder.exists("tandem.yml"))

        let forced = try CLI.run(["init", folder.path, "--force"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("skipped README.md (already exists)\n"))
        #expect(forced.stdout.contains("created tandem.yml\n"))
        #expect(try folder.text("README.md") == "our own notes\n")
    }
}
