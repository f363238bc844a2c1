import Foundation
import Testing

/// A confidential session's text must not reach any output without --reveal.
@Suite struct ConfidentialityTests {
    static let marker = "ZEBRA-7731-SECRET"

    static func journal() throws -> TemporaryJournal {
        try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-03", extra: "confidential: true\nfocus: \(marker) focus\nduration: 5\n",
                body: """
                    ## Goals
                    - \(marker) goal

                    ## Commitments
                    - [ ] \(marker) overdue due:2026-11-10
                    - [ ] \(marker) soon due:2026-11-27
                    - [ ] \(marker) later due:2027-02-01
                    - [?] \(marker) odd mark due:2026-02-30

                    """),
        ])
    }

    static let checkFormats = ["text", "json", "github", "sarif", "junit"]
    static let remindFormats = ["text", "json", "markdown", "github", "ics"]

    @Test(arguments: checkFormats)
    func checkNeverShowsConfidentialText(format: String) throws {
        let journal = try Self.journal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", format])
        #expect(!result.stdout.isEmpty)
        #expect(!result.stdout.contains(Self.marker))
        #expect(!result.stderr.contains(Self.marker))
        let revealed = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", format, "--reveal"])
        #expect(!revealed.stdout.contains(Self.marker))  // lint messages never carry journal text
    }

    @Test(arguments: remindFormats)
    func remindRedactsUnlessRevealed(format: String) throws {
        let journal = try Self.journal()
        let hidden = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25", "--format", format])
        #expect(hidden.status == 0)
        #expect(!hidden.stdout.isEmpty)
        #expect(!hidden.stdout.contains(Self.marker))
        #expect(hidden.stdout.contains("(confidential)") || format == "json")
        let shown = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25", "--format", format, "--reveal"])
        #expect(shown.stdout.contains(Self.marker))
    }

    @Test func remindJSONMarksRedactedItems() throws {
        let journal = try Self.journal()
        let document = try CLI.json(try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25",
                                                 "--format", "json"]).stdout)
        let overdue = try #require(document["overdue"] as? [[String: Any]])
        #expect(overdue.count == 1)
        #expect(overdue[0]["text"] is NSNull)
        #expect(overdue[0]["redacted"] as? Bool == true)
    }
}
