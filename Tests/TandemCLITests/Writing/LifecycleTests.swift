import Foundation
import Testing

/// `tandem redate`, `snooze`, `start` and `add`: one line changes, in the line's own dialect.
@Suite struct LifecycleTests {
    static let file = "sessions/2026/2026-11-03-ana-ben.md"

    func journal(_ body: String) throws -> TemporaryJournal {
        try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
    }

    func commitments(_ journal: TemporaryJournal) throws -> [[String: Any]] {
        let result = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        return try #require(try CLI.json(result.stdout)["commitments"] as? [[String: Any]])
    }

    /// Runs `arguments` on the only commitment and returns the edited line.
    func edit(_ line: String, _ arguments: [String]) throws -> (line: String, status: Int32, idKept: Bool) {
        let journal = try journal("## Commitments\n" + line + "\n")
        let before = try #require(try commitments(journal).first?["id"] as? String)
        let result = try CLI.run([arguments[0], before] + Array(arguments.dropFirst()) + ["-C", journal.path, "--today", "2026-11-25"])
        let text = try journal.text(Self.file)
        let edited = String(text.split(separator: "\n").last ?? "")
        let after = try commitments(journal).first?["id"] as? String
        return (edited, result.status, after == before)
    }

    @Test func redateReplacesTheDueDateInEveryDialect() throws {
        let cases = [
            ("- [ ] Draft due:2026-11-17", "- [ ] Draft due:2026-12-09"),
            ("- [ ] Draft due: 2026-11-17 @ana", "- [ ] Draft due: 2026-12-09 @ana"),
            ("- [ ] Draft due:+2w", "- [ ] Draft due:2026-12-09"),
            ("- [ ] Draft due:next", "- [ ] Draft due:2026-12-09"),
            ("- [ ] Draft 📅 2026-11-17 🔼", "- [ ] Draft 📅 2026-12-09 🔼"),
            ("- [ ] Draft [due:: 2026-11-17]", "- [ ] Draft [due:: 2026-12-09]"),
            ("- [ ] Draft", "- [ ] Draft due:2026-12-09"),
            ("- [ ] Draft ⏳ 2026-11-20", "- [ ] Draft ⏳ 2026-11-20 📅 2026-12-09"),
            ("- [ ] Draft [scheduled:: 2026-11-20]", "- [ ] Draft [scheduled:: 2026-11-20] [due:: 2026-12-09]"),
        ]
        for (line, expected) in cases {
            let result = try edit(line, ["redate", "--due", "2026-12-09"])
            #expect(result.status == 0, "\(line)")
            #expect(result.line == expected, "\(line)")
            #expect(result.idKept, "\(line)")
        }
    }

    @Test func snoozeSetsTheNotBeforeDateAndNeverTheDue() throws {
        let cases = [
            ("- [ ] Draft 📅 2026-12-17", "- [ ] Draft 📅 2026-12-17 ⏳ 2026-12-01"),
            ("- [ ] Draft 📅 2026-12-17 ⏳ 2026-11-20", "- [ ] Draft 📅 2026-12-17 ⏳ 2026-12-01"),
            ("- [ ] Draft [due:: 2026-12-17]", "- [ ] Draft [due:: 2026-12-17] [scheduled:: 2026-12-01]"),
            ("- [ ] Draft due:2026-12-17", "- [ ] Draft due:2026-12-17 t:2026-12-01"),
            ("- [ ] Draft due:2026-12-17 t:2026-11-26", "- [ ] Draft due:2026-12-17 t:2026-12-01"),
        ]
        for (line, expected) in cases {
            let result = try edit(line, ["snooze", "--until", "2026-12-01"])
            #expect(result.status == 0, "\(line)")
            #expect(result.line == expected, "\(line)")
            #expect(result.idKept, "\(line)")
        }
    }

    @Test func snoozedPastTodayIsNotDueSoon() throws {
        let journal = try journal("## Commitments\n- [ ] Draft due:2026-11-28\n")
        #expect(try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25"]).stdout.contains("Draft"))
        let id = try #require(try commitments(journal).first?["id"] as? String)
        #expect(try CLI.run(["snooze", id, "--until", "2026-11-27", "-C", journal.path, "--today", "2026-11-25"]).status == 0)
        #expect(!(try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25"]).stdout.contains("Draft")))
    }

    @Test func startMarksInProgressAndRefusesAClosedOne() throws {
        let started = try edit("- [ ] Draft due:2026-11-17", ["start"])
        #expect(started.status == 0)
        #expect(started.line == "- [/] Draft due:2026-11-17")
        let closed = try edit("- [x] Draft due:2026-11-17", ["start"])
        #expect(closed.status == 2)
        #expect(closed.line == "- [x] Draft due:2026-11-17")
    }

    @Test func aMalformedDateIsAUsageError() throws {
        let result = try edit("- [ ] Draft due:2026-11-17", ["redate", "--due", "2026-02-30"])
        #expect(result.status == 2)
        #expect(result.line == "- [ ] Draft due:2026-11-17")
    }

    @Test func addAppendsToTheCommitmentsSectionAndPrintsTheId() throws {
        let body = "## Goals\n- Close more\n\n## Commitments\n- [ ] Draft 📅 2026-11-17\n\n## Notes\nMore.\n"
        let journal = try journal(body)
        let result = try CLI.run(["add", "Call Sam", "--pair", "ben,ana", "--owner", "ana", "--due", "2026-12-01",
                                  "-C", journal.path, "--today", "2026-11-25"])
        #expect(result.status == 0, "\(result.stderr)")
        let id = result.stdout.trimmingCharacters(in: .newlines)
        #expect(try journal.text(Self.file).contains("- [ ] Draft 📅 2026-11-17\n- [ ] Call Sam @ana 📅 2026-12-01\n\n## Notes\n"))
        let listed = try commitments(journal).first { $0["text"] as? String == "Call Sam" }
        #expect(listed?["id"] as? String == id)
        #expect(listed?["owners"] as? [String] == ["ana"])
    }

    @Test func addCreatesTheSectionAndKeepsCRLF() throws {
        let content = "---\r\ndate: 2026-11-03\r\ncoach: ana\r\ncoachee: ben\r\n---\r\n## Goals\r\n- Close more\r\n"
        let journal = try TemporaryJournal(files: [Self.file: content])
        let result = try CLI.run(["add", "Call Sam", "--session", Self.file, "-C", journal.path, "--today", "2026-11-25"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try journal.text(Self.file) == content + "\r\n## Commitments\r\n- [ ] Call Sam\r\n")
    }

    @Test func addRefusesAPairWithoutAHeldSession() throws {
        let journal = try journal("## Commitments\n")
        let result = try CLI.run(["add", "Call Sam", "--pair", "ana,cleo", "-C", journal.path])
        #expect(result.status == 2)
        let multiline = try CLI.run(["add", "Call\nSam", "--pair", "ana,ben", "-C", journal.path])
        #expect(multiline.status == 2)
    }

    @Test func editCommandsPrintJournalTextEscapedLikeDone() throws {
        let journal = try journal("## Commitments\n- [ ] Draft \u{1B}]0;pwned\u{07} now due:2026-11-17\n")
        let id = try #require(try commitments(journal).first?["id"] as? String)
        for arguments in [["start", id], ["redate", id, "--due", "2026-12-01"], ["snooze", id, "--until", "2026-11-30"]] {
            let result = try CLI.run(arguments + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(result.status == 0, "\(arguments)")
            #expect(!result.stdout.contains("\u{1B}") && result.stdout.contains("\\u{1B}"), "\(arguments): \(result.stdout)")
        }
    }
}
