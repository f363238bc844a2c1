import Foundation
import Testing

/// Every task field of Obsidian Tasks, Dataview and todo.txt, blocked commitments,
/// and review across sessions, as `index` and `check` report them.
@Suite struct TaskFieldsTests {
    static let file = "sessions/2026/2026-11-03-ana-ben.md"

    func index(_ files: [String: String], config: String = "team: Test\n") throws -> [[String: Any]] {
        let journal = try TemporaryJournal(config: config, files: files)
        let result = try CLI.run(["index", "-C", journal.path, "--today", "2026-11-25"])
        let sessions = try #require(try CLI.json(result.stdout)["sessions"] as? [[String: Any]])
        return sessions.flatMap { ($0["commitments"] as? [[String: Any]]) ?? [] }
    }

    @Test func obsidianFieldsAreReadAndRemovedFromTheText() throws {
        let line = "- [ ] Draft 🛫 2026-11-04 ⏳ 2026-11-10 ➕ 2026-11-03 ⏫ 🔁 every week 🆔 draft1 ⛔ abc,def 🏁 delete 📅 2026-11-20"
        let body = "## Commitments\n\(line)\n- [ ] Plain\n"
        let c = try #require(try index([Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)]).first)
        #expect(c["text"] as? String == "Draft")
        #expect(c["start"] as? String == "2026-11-04")
        #expect(c["scheduled"] as? String == "2026-11-10")
        #expect(c["created"] as? String == "2026-11-03")
        #expect(c["priority"] as? String == "high")
        #expect(c["recurrence"] as? String == "every week")
        #expect(c["task_id"] as? String == "draft1")
        #expect(c["depends_on"] as? [String] == ["abc", "def"])
        #expect(c["due"] as? String == "2026-11-20")
    }

    @Test func dataviewAndTodoTxtFields() throws {
        let body = """
            ## Commitments
            - [ ] (A) Call Sam t:2026-11-05 rec:1w due: 2026-11-30
            - [ ] Book [start:: 2026-11-06] [scheduled:: 2026-11-07] [priority:: Low] [repeat:: every month] [id:: b-2] [dependsOn:: x]
            - [ ] Write `📅 2026-01-01` up pri:C

            """
        let all = try index([Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        #expect(all.map { $0["text"] as? String } == ["Call Sam", "Book", "Write 📅 2026-01-01 up"])
        #expect(all[0]["priority"] as? String == "highest")
        #expect(all[0]["start"] as? String == "2026-11-05")
        #expect(all[0]["recurrence"] as? String == "1w")
        #expect(all[0]["due"] as? String == "2026-11-30")
        #expect(all[1]["priority"] as? String == "low")
        #expect(all[1]["scheduled"] as? String == "2026-11-07")
        #expect(all[1]["task_id"] as? String == "b-2")
        #expect(all[2]["due"] is NSNull)
        #expect(all[2]["priority"] as? String == "medium")
    }

    @Test func fieldsNeverChangeTheId() throws {
        let plain = try index([Self.file: TemporaryJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Draft the script\n")])
        let rich = try index([Self.file: TemporaryJournal.session(
            date: "2026-11-03", body: "## Commitments\n- [x] @ana Draft the script ⏳ 2026-11-10 🔺 🆔 d1 ✅ 2026-11-12 [created:: 2026-11-03]\n")])
        #expect(plain.first?["id"] as? String == rich.first?["id"] as? String)
    }

    @Test func aBlockedCommitmentIsWaitingNotOverdue() throws {
        let body = "## Commitments\n- [ ] Book the room 🆔 room 📅 2026-12-10\n- [ ] Run the workshop ⛔ room 📅 2026-11-20\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(!check.stdout.contains("commitment-overdue"))
        let remind = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let document = try CLI.json(remind.stdout)
        #expect((document["overdue"] as? [Any])?.count == 0)
        #expect(((document["waiting"] as? [[String: Any]])?.first?["text"] as? String) == "Run the workshop")
        let all = try index([Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        #expect(all[1]["blocked"] as? Bool == true)
        #expect(all[1]["overdue"] as? Bool == false)
    }

    @Test func dependencyCyclesAndSelfReferencesDoNotHang() throws {
        let body = "## Commitments\n- [ ] A 🆔 a ⛔ b\n- [ ] B 🆔 b ⛔ a\n- [ ] C 🆔 c ⛔ c\n- [ ] D ⛔ nobody\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json", "--rule", "depends-unknown"])
        let findings = try #require(try CLI.json(check.stdout)["findings"] as? [[String: Any]])
        #expect(findings.map { $0["line"] as? Int } == [10])
        let all = try index([Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        #expect(all.map { $0["blocked"] as? Bool } == [true, true, false, false])
    }

    @Test func reviewedInListsLaterSessionsOfThePairThatMentionTheId() throws {
        let first = TemporaryJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Draft the script\n")
        var files = [Self.file: first]
        let id = try #require(try index(files).first?["id"] as? String)
        files["sessions/2026/2026-11-17-ana-ben.md"] = TemporaryJournal.session(date: "2026-11-17", body: "## Review\n- \(id.uppercased()) half done\n")
        files["sessions/2026/2026-11-18-ana-cleo.md"] = TemporaryJournal.session(date: "2026-11-18", coach: "ana", coachee: "cleo", body: "Saw \(id)\n")
        let reviewed = try index(files).first { $0["id"] as? String == id }
        #expect(reviewed?["reviewed_in"] as? [String] == ["sessions/2026/2026-11-17-ana-ben.md"])
    }

    @Test func stateConflictAndConfigurationErrors() throws {
        let body = "## Commitments\n- [ ] Draft ✅ 2026-11-20\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(check.stdout.contains("\"commitment-state-conflict\""))

        let bad = try TemporaryJournal(config: "rules:\n  role-imbalance: { max-share: 1.5 }\n", files: [:])
        let result = try CLI.run(["check", "-C", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tandem.yml:2:"))
        #expect(result.stderr.contains("from 0 to 1"))
        let range = try TemporaryJournal(config: "rules:\n  session-duration: { min: 90, max: 60 }\n", files: [:])
        #expect(try CLI.run(["check", "-C", range.path]).status == 2)
        let grace = try TemporaryJournal(config: "grace: 0d\ncadence: 0d\n", files: [:])
        let graceResult = try CLI.run(["check", "-C", grace.path])
        #expect(graceResult.status == 2)
        #expect(graceResult.stderr.contains("tandem.yml:2:"))
    }

    @Test func configuredPathThatDoesNotExistAndUnknownPartner() throws {
        let journal = try TemporaryJournal(config: "people:\n  ana: Ana\n  ben: Ben\npairs:\n  - partners: [ana, zed]\npaths:\n  agreements: agreemnts\n", files: [:])
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json", "--fail-on", "never"])
        let findings = try #require(try CLI.json(result.stdout)["findings"] as? [[String: Any]])
        let rules = findings.map { "\($0["rule"] ?? ""):\($0["file"] ?? ""):\($0["line"] ?? "")" }
        #expect(rules.contains("person-unknown:tandem.yml:5"))
        #expect(rules.contains("config-path-missing:tandem.yml:7"))
    }

    @Test func aLoneCarriageReturnDoesNotShiftLines() throws {
        let body = "## Commitments\nSome\rtext\n- [ ] Draft due:2026-11-17\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let listed = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let c = try #require((try CLI.json(listed.stdout)["commitments"] as? [[String: Any]])?.first)
        #expect(c["line"] as? Int == 8)
        let done = try CLI.run(["done", c["id"] as! String, "-C", journal.path, "--today", "2026-11-25"])
        #expect(done.status == 0)
        #expect(try journal.text(Self.file).contains("- [x] Draft due:2026-11-17 done:2026-11-25"))
    }

    @Test func aConfidentialValueThatIsNotABooleanFailsClosed() throws {
        let content = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nconfidential: truee\n---\n## Commitments\n- [ ] Secret plan due:2026-11-17\n"
        let journal = try TemporaryJournal(files: [Self.file: content])
        for command in [["remind"], ["list"], ["check", "--format", "github"], ["index"]] {
            let result = try CLI.run(command + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(!result.stdout.contains("Secret plan"), "\(command)")
        }
    }

    @Test func whatIsListedCanBeEditedLineForLine() throws {
        let body = "## Commitments\n- > - [ ] Quoted in a list due:2026-11-30\n1. > - [ ] Quoted in an ordered list\n-\n  [ ] Box on the next line\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let listed = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let all = try #require(try CLI.json(listed.stdout)["commitments"] as? [[String: Any]])
        #expect(all.map { $0["text"] as? String } == ["Quoted in a list", "Quoted in an ordered list"])
        for c in all {
            let done = try CLI.run(["done", c["id"] as! String, "-C", journal.path, "--today", "2026-11-25"])
            #expect(done.status == 0, "\(done.stderr)")
        }
        let text = try journal.text(Self.file)
        #expect(text.contains("- > - [x] Quoted in a list due:2026-11-30 done:2026-11-25\n"))
        #expect(text.contains("1. > - [x] Quoted in an ordered list done:2026-11-25\n"))
    }

    @Test func newMarksACommitmentCarriedThroughTwoSessions() throws {
        let first = "sessions/2026/2026-10-06-ana-ben.md"
        var files = [first: TemporaryJournal.session(date: "2026-10-06", body: "## Commitments\n- [ ] Draft the script\n")]
        let id = try #require(try index(files).first?["id"] as? String)
        for date in ["2026-10-20", "2026-11-03"] {
            files["sessions/2026/\(date)-ana-ben.md"] = TemporaryJournal.session(date: date, body: "## Review\n- \(id) still open\n")
        }
        let journal = try TemporaryJournal(files: files)
        let created = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-17", "-C", journal.path, "--today", "2026-11-17"])
        #expect(created.status == 0, "\(created.stderr)")
        let text = try journal.text(created.stdout.trimmingCharacters(in: .newlines))
        #expect(text.contains("Draft the script"))
        #expect(text.contains("carried through 2 sessions"))
        #expect(text.contains(id))
    }
}
