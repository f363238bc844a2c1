import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func reportsOverdueCommitmentsAndExitsZeroForWarnings() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-03", body: "## Commitments\n- [ ] Draft the script due:2026-11-17\n"),
        ])
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("sessions/2026/2026-11-03-ana-ben.md:7:1: warning: "))
        #expect(result.stdout.contains("[commitment-overdue]"))
        #expect(!result.stdout.contains("Draft the script"))
    }

    @Test func failOnWarningExitsOne() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026-11-03-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-03", body: "## Commitments\n- [ ] Draft due:2026-11-17\n"),
        ])
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--fail-on", "warning"])
        #expect(result.status == 1)
    }

    @Test func errorsExitOneAndTheRestIsStillChecked() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/a.md": "no front matter here\n",
            "sessions/b.md": TemporaryJournal.session(date: "2026-11-03", body: "- [ ] Call due:2026-11-01\n"),
        ])
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(result.status == 1)
        let json = try CLI.json(result.stdout)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = findings.map { $0["rule"] as? String ?? "" }
        #expect(rules.contains("front-matter-missing"))
        #expect(rules.contains("commitment-due-before-session"))
    }

    @Test func missingJournalExitsTwoWithHint() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CLI.run(["check"], in: empty)
        #expect(result.status == 2)
        #expect(result.stderr.contains("tandem init"))
    }

    @Test func unknownRuleIsAUsageError() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["check", "-C", journal.path, "--rule", "no-such-rule"])
        #expect(result.status == 2)
    }

    @Test func malformedConfigExitsTwoWithLocation() throws {
        let journal = try TemporaryJournal(config: "team: [unclosed\n")
        let result = try CLI.run(["check", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tandem.yml:"))
    }

    @Test func globalOptionsWorkBeforeTheSubcommand() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["-C", journal.path, "--today", "2026-11-25", "check"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func namedFilesAreRelativeToTheJournalOrTheWorkingDirectory() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/a.md": TemporaryJournal.session(date: "2026-11-03", body: "- [ ] a due:2026-11-10\n"),
            "sessions/b.md": TemporaryJournal.session(date: "2026-11-04", body: "- [ ] b due:2026-11-10\n"),
        ])
        let fromRoot = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "sessions/a.md"])
        #expect(fromRoot.status == 0)
        #expect(fromRoot.stdout.contains("sessions/a.md:6:1"))
        #expect(!fromRoot.stdout.contains("sessions/b.md"))
        let fromInside = try CLI.run(["check", "--today", "2026-11-25", "b.md"], in: journal.url.appendingPathComponent("sessions"))
        #expect(fromInside.stdout.contains("sessions/b.md:6:1"))
        #expect(!fromInside.stdout.contains("sessions/a.md"))
        let missing = try CLI.run(["check", "-C", journal.path, "sessions/nope.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("sessions/nope.md: no such file or folder"))
    }
}
