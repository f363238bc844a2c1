import Foundation
import Testing
import TandemKit

@Suite struct CheckFormatTests {
    static func journal() throws -> TemporaryJournal {
        try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-03", extra: "duration: 5\n", body: "## Commitments\n- [ ] Draft the script due:2026-11-17\n"),
            "sessions/2026/broken.md": "no front matter\n",
        ])
    }

    @Test func githubFormatPrintsOneWorkflowCommandPerFinding() throws {
        let journal = try Self.journal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "github"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=sessions/2026/broken.md,line=1,col=1,title=front-matter-missing::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=sessions/2026/2026-11-03-ana-ben.md,line=8,col=1,title=commitment-overdue::") })
        #expect(lines.contains { $0.hasPrefix("::notice file=sessions/2026/2026-11-03-ana-ben.md,line=5,col=1,title=session-duration::") })
        #expect(lines.allSatisfy { $0.hasPrefix("::") })
    }

    @Test func sarifFormatIsOneRunWithEveryRule() throws {
        let journal = try Self.journal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "sarif"])
        #expect(result.status == 1)
        let log = try CLI.json(result.stdout)
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "tandem")
        #expect((driver["rules"] as? [Any])?.count == RuleRegistry.ids.count)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        let overdue = try #require(results.first { $0["ruleId"] as? String == "commitment-overdue" })
        #expect(overdue["level"] as? String == "warning")
        let location = try #require((overdue["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "sessions/2026/2026-11-03-ana-ben.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 8)
        #expect(region["startColumn"] as? Int == 1)
        #expect(results.contains { $0["ruleId"] as? String == "session-duration" && $0["level"] as? String == "note" })
    }

    @Test func junitFormatGroupsFindingsByFile() throws {
        let journal = try Self.journal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "junit"])
        #expect(result.status == 1)
        let xml = result.stdout
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tandem\""))
        #expect(xml.contains("<testsuite name=\"sessions/2026/2026-11-03-ana-ben.md\""))
        #expect(xml.contains("<testsuite name=\"sessions/2026/broken.md\" tests=\"1\" failures=\"1\""))
        #expect(xml.contains("<failure type=\"commitment-overdue\""))
        #expect(xml.contains("sessions/2026/2026-11-03-ana-ben.md:8:1: warning: "))
        #expect(xml.hasSuffix("</testsuites>\n"))
    }

    @Test func junitOnACleanJournalStillHasOnePassingTestCase() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "junit"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<testsuites name=\"tandem\" tests=\"1\" failures=\"0\""))
        #expect(result.stdout.contains("<testcase "))
        #expect(!result.stdout.contains("<failure"))
    }

    @Test func githubOnACleanJournalPrintsNothing() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "github"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }
}
