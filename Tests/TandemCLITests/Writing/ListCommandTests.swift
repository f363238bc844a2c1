import Foundation
import Testing

@Suite struct ListCommandTests {
    static func journal() throws -> TemporaryJournal {
        try TemporaryJournal(config: "cadence: 14d\n", files: [
            "sessions/2026/2026-11-03-ana-ben.md": TemporaryJournal.session(date: "2026-11-03", extra: "focus: Objections, \"price\"\n", body: """
                ## Goals
                - Handle price objections

                ## Commitments
                - [ ] Draft the script, with "quotes" due:2026-11-17
                - [x] Re-read the checklist done:2026-11-04
                - [ ] @ana share the recording 📅 2026-11-30
                - [ ] No date yet

                """),
            "sessions/2026/2026-10-20-ana-chloe.md": TemporaryJournal.session(date: "2026-10-20", coachee: "chloe",
                extra: "confidential: true\nfocus: Private\n", body: "## Goals\n- Secret goal\n\n## Commitments\n- [ ] Secret step due:2026-11-01\n"),
        ])
    }

    @Test func defaultTableIsOpenAndDoneCommitmentsSortedByDue() throws {
        let journal = try Self.journal()
        let result = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.first?.hasSuffix("TEXT") == true)
        #expect(lines.count == 6)
        #expect(lines[1].contains("2026-11-01") && lines[1].hasSuffix("(confidential)"))
        #expect(lines[2].contains("2026-11-17") && lines[2].hasSuffix("Draft the script, with \"quotes\""))
        #expect(lines[4].contains("  -  ") && lines[4].contains(" done ") && lines[4].hasSuffix("Re-read the checklist"))
        #expect(lines[5].hasSuffix("No date yet"))
        #expect(!result.stdout.contains("Secret"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func filtersCombine() throws {
        let journal = try Self.journal()
        func ids(_ extra: [String]) throws -> [String] {
            let out = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "csv"] + extra).stdout
            return out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(11).joined(separator: ",") }
        }
        #expect(try ids(["--overdue"]) == ["(confidential)", "\"Draft the script, with \"\"quotes\"\"\""])
        #expect(try ids(["--done"]) == ["Re-read the checklist"])
        #expect(try ids(["--person", "ana"]) == ["share the recording"])
        #expect(try ids(["--pair", "ben,ana", "--open"]).count == 3)
        #expect(try ids(["--since", "2026-11-01", "--until", "2026-11-03", "--overdue"]).count == 1)
    }

    @Test func csvFollowsRFC4180() throws {
        let journal = try Self.journal()
        let out = try CLI.run(["list", "sessions", "-C", journal.path, "--today", "2026-11-25", "--format", "csv", "--reveal"]).stdout
        #expect(out == "date,coach,coachee,observers,status,duration,confidential,file,focus\r\n"
            + "2026-10-20,ana,chloe,,held,,true,sessions/2026/2026-10-20-ana-chloe.md,Private\r\n"
            + "2026-11-03,ana,ben,,held,,false,sessions/2026/2026-11-03-ana-ben.md,\"Objections, \"\"price\"\"\"\r\n")
    }

    @Test func jsonHasTheIndexObjectsWithTheirSession() throws {
        let journal = try Self.journal()
        let json = try CLI.json(try CLI.run(["list", "goals", "-C", journal.path, "--today", "2026-11-25", "--format", "json"]).stdout)
        #expect(json["tool"] as? String == "tandem")
        #expect(json["schema"] as? Int == 1)
        #expect(json["today"] as? String == "2026-11-25")
        let goals = try #require(json["goals"] as? [[String: Any]])
        #expect(goals.count == 2)
        #expect(goals[0]["text"] is NSNull)
        #expect(goals[0]["redacted"] as? Bool == true)
        #expect(goals[0]["session_date"] as? String == "2026-10-20")
        #expect(goals[1]["text"] as? String == "Handle price objections")
        #expect(goals[1]["pair"] as? [String] == ["ana", "ben"])

        let pairs = try CLI.json(try CLI.run(["list", "pairs", "-C", journal.path, "--today", "2026-11-25", "--format", "json", "--person", "ben"]).stdout)
        let list = try #require(pairs["pairs"] as? [[String: Any]])
        #expect(list.map { $0["partners"] as? [String] ?? [] } == [["ana", "ben"]])
        #expect(list.first?["next_due"] as? String == "2026-11-17")
    }

    @Test func aTerminalWidthCutsOnlyTheText() throws {
        let journal = try Self.journal()
        // Piped without COLUMNS: never cut. COLUMNS is honoured, only the text shortened.
        let piped = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--reveal"])
        #expect(piped.stdout.contains("Draft the script, with \"quotes\""))
        let narrow = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--reveal"], environment: ["COLUMNS": "100"])
        #expect(!narrow.stdout.contains("Draft the script, with \"quotes\""))
        #expect(narrow.stdout.contains("…"))
        for line in narrow.stdout.split(separator: "\n") { #expect(line.count <= 100) }
    }

    @Test(arguments: [["sessions", "--open"], ["pairs", "--done"], ["goals", "--overdue"], ["--pair", "ana"], ["nonsense"]])
    func flagsThatDoNotApplyAreUsageErrors(arguments: [String]) throws {
        let journal = try Self.journal()
        let result = try CLI.run(["list", "-C", journal.path] + arguments)
        #expect(result.status == 2)
    }
}
