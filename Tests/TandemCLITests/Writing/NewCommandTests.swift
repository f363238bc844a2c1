import Foundation
import Testing

@Suite struct NewCommandTests {
    static let people = "people:\n  ana: { name: Ana Lima }\n  ben: { name: Ben Okafor }\n  eve: { name: Eve }\n"

    @Test func twiceOnOneDayGivesASecondFile() throws {
        let journal = try TemporaryJournal(config: Self.people)
        let first = try CLI.run(["new", "-C", journal.path, "--coach", "ben", "--coachee", "ana", "--date", "2026-11-03"])
        #expect(first.status == 0)
        #expect(first.stdout == "sessions/2026/2026-11-03-ana-ben.md\n")
        let second = try CLI.run(["new", "-C", journal.path, "--coach", "ben", "--coachee", "ana", "--date", "2026-11-03"])
        #expect(second.stdout == "sessions/2026/2026-11-03-ana-ben-2.md\n")
        let text = try journal.text("sessions/2026/2026-11-03-ana-ben.md")
        #expect(text.hasPrefix("---\ndate: 2026-11-03\ncoach: ben\ncoachee: ana\n"))
        #expect(text.contains("What does Ana Lima want to work on today?"))
    }

    @Test func rolesAlternateAcrossPairCalls() throws {
        let journal = try TemporaryJournal(config: Self.people)
        var coaches: [String] = []
        for date in ["2026-11-03", "2026-11-17", "2026-11-17"] {
            let result = try CLI.run(["new", "-C", journal.path, "--pair", "ben,ana", "--date", date])
            #expect(result.status == 0)
            let text = try journal.text(result.stdout.trimmingCharacters(in: .newlines))
            coaches.append(text.split(separator: "\n").first { $0.hasPrefix("coach: ") }.map(String.init) ?? "")
        }
        #expect(coaches == ["coach: ben", "coach: ana", "coach: ben"])
    }

    @Test func openCommitmentsAreListedForReviewAndNotCountedAgain() throws {
        let journal = try TemporaryJournal(config: Self.people, files: [
            "sessions/2026/2026-11-03-ana-ben.md": TemporaryJournal.session(date: "2026-11-03", body: """
                ## Commitments
                - [ ] Draft the objection script due:2026-11-17
                - [x] Re-read the checklist done:2026-11-04
                - [ ] @ana share the recording 📅 2026-11-07

                """),
            "sessions/2026/2026-11-04-ana-eve.md": TemporaryJournal.session(date: "2026-11-04", coachee: "eve", extra: "confidential: true\n",
                body: "## Commitments\n- [ ] Private matter due:2026-11-20\n"),
        ])
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-11-17"])
        #expect(result.status == 0)
        let text = try journal.text("sessions/2026/2026-11-17-ana-ben.md")
        #expect(text.contains("* share the recording — ana, due 2026-11-07 (sessions/2026/2026-11-03-ana-ben.md:9, id "))
        #expect(text.contains("* Draft the objection script — ben, due 2026-11-17"))
        #expect(!text.contains("Re-read"))
        #expect(text.contains("Next session due: 2026-12-01 (every 14 days)."))
        #expect(text.contains("Previous session: 2026-11-03."))

        let index = try CLI.json(try CLI.run(["index", "-C", journal.path, "--today", "2026-11-17"]).stdout)
        let sessions = try #require(index["sessions"] as? [[String: Any]])
        let new = try #require(sessions.first { $0["file"] as? String == "sessions/2026/2026-11-17-ana-ben.md" })
        #expect((new["commitments"] as? [Any])?.isEmpty == true)
        #expect((new["goals"] as? [Any])?.isEmpty == true)
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-17",
                                  journal.path + "/sessions/2026/2026-11-17-ana-ben.md"])
        #expect(check.status == 0)
    }

    @Test func confidentialCommitmentsAreRedactedInTheReviewUnlessRevealed() throws {
        let files = ["sessions/2026/2026-11-04-ana-eve.md": TemporaryJournal.session(date: "2026-11-04", coachee: "eve",
                     extra: "confidential: true\nfocus: Private focus\n", body: "## Commitments\n- [ ] Private matter due:2026-11-20\n")]
        let journal = try TemporaryJournal(config: Self.people, files: files)
        _ = try CLI.run(["new", "-C", journal.path, "--pair", "ana,eve", "--date", "2026-11-18"])
        let hidden = try journal.text("sessions/2026/2026-11-18-ana-eve.md")
        #expect(hidden.contains("* (confidential) — eve, due 2026-11-20"))
        #expect(hidden.contains("Previous session: 2026-11-04 (confidential)."))
        #expect(!hidden.contains("Private"))
        #expect(hidden.contains("coach: eve\n"))
        _ = try CLI.run(["new", "-C", journal.path, "--pair", "ana,eve", "--date", "2026-11-19", "--reveal"])
        #expect(try journal.text("sessions/2026/2026-11-19-ana-eve.md").contains("* Private matter — eve"))
    }

    @Test func focusIsWrittenYAMLSafely() throws {
        let journal = try TemporaryJournal(config: Self.people)
        _ = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-11-03", "--focus", "Price: the #1 objection"])
        let list = try CLI.json(try CLI.run(["list", "sessions", "-C", journal.path, "--format", "json", "--today", "2026-11-03"]).stdout)
        let sessions = try #require(list["sessions"] as? [[String: Any]])
        #expect(sessions.first?["focus"] as? String == "Price: the #1 objection")
    }

    @Test func theJournalTemplateOverridesTheBuiltInOne() throws {
        let journal = try TemporaryJournal(config: Self.people, files: [
            "templates/session.md": "---\ndate: {{{date}}}\ncoach: {{{coach}}}\ncoachee: {{{coachee}}}\n---\n# {{{coach_name}}} with {{{coachee_name}}}{{> evil}}\n",
        ])
        let result = try CLI.run(["new", "-C", journal.path, "--coach", "ana", "--coachee", "ben", "--date", "2026-11-03"])
        #expect(result.status == 0)
        #expect(try journal.text("sessions/2026/2026-11-03-ana-ben.md") == "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n# Ana Lima with Ben Okafor\n")
    }

    @Test(arguments: [
        ["--pair", "ana,ben", "--coach", "ana"],
        ["--coach", "ana"],
        ["--pair", "ana"],
        ["--coach", "ana", "--coachee", "zed"],
        ["--coach", "ana", "--coachee", "ana"],
        ["--coach", "ana", "--coachee", "../x"],
        ["--coach", "ana", "--coachee", "a..b"],
        ["--coach", "ana", "--coachee", "b c"],
    ])
    func badRequestsExitTwoAndWriteNothing(arguments: [String]) throws {
        let journal = try TemporaryJournal(config: Self.people)
        let result = try CLI.run(["new", "-C", journal.path, "--date", "2026-11-03"] + arguments)
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: journal.path + "/sessions"))
    }

    @Test func idsAreFreeWithoutPeople() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "zoe,yan", "--today", "2026-11-03"])
        #expect(result.stdout == "sessions/2026/2026-11-03-yan-zoe.md\n")
    }

    @Test func editOpensTheEditorWithThePath() throws {
        let journal = try TemporaryJournal(config: Self.people)
        let log = journal.url.appendingPathComponent("editor.log").path
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-11-03", "--edit"],
                                 environment: ["VISUAL": "", "EDITOR": "printf '%s' >\(log)"])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == journal.path + "/sessions/2026/2026-11-03-ana-ben.md")
    }
}
