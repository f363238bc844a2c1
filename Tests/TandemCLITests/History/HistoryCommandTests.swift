import Foundation
import Testing

/// `tandem history` on a journal kept in git for a few months, told commit by commit.
@Suite struct HistoryCommandTests {
    static let anaBen = "sessions/2026/2026-09-01-ana-ben.md"
    static let renamed = "sessions/2026/ana-ben/2026-09-01.md"
    static let chloeDev = "sessions/2026/2026-09-03-chloe-dev.md"

    /// The story: a session with three commitments; one re-dated twice, the file renamed,
    /// closed four days late; one done early; a confidential session on a branch merged
    /// with a merge commit and later made public; a line moved; an uncommitted addition.
    static func story() throws -> GitJournal {
        let journal = try GitJournal(folder: "team")
        try journal.write(anaBen, GitJournal.session(date: "2026-09-01", commitments: [
            "[ ] Draft the objection-handling script due:2026-09-15",
            "[ ] @ana share the recording of last week's call 📅 2026-09-08",
            "[ ] Re-read the discovery checklist",
        ]))
        try journal.commit("2026-09-01T18:30:00+02:00", "Ana and Ben, first session")
        try journal.edit(anaBen, "due:2026-09-15", "due:2026-09-22")
        try journal.commit("2026-09-14T23:30:00Z", "Push the script")  // 01:30 on the 15th in Berlin
        try journal.git("checkout", "-q", "-b", "chloe")
        try journal.write(chloeDev, GitJournal.session(date: "2026-09-03", coach: "chloe", coachee: "dev",
                                                      extra: "confidential: true\n",
                                                      commitments: ["[ ] Talk to the manager about the reorg due:2026-09-20"]))
        try journal.commit("2026-09-03T09:00:00+02:00", "Chloe and Dev")
        try journal.git("checkout", "-q", "main")
        try journal.edit(anaBen, "[ ] @ana share", "[x] @ana share")
        try journal.commit("2026-09-07T12:00:00+02:00", "Recording shared")
        try journal.git("-c", "user.name=Ana", "-c", "user.email=a@example.com", "merge", "-q", "--no-ff", "-m", "Merge chloe",
                        "chloe", environment: ["GIT_AUTHOR_DATE": "2026-09-08T10:00:00+02:00",
                                               "GIT_COMMITTER_DATE": "2026-09-08T10:00:00+02:00"])
        try journal.edit(anaBen, "due:2026-09-22", "due:2026-09-29")
        try journal.commit("2026-09-21T10:00:00+02:00", "Push the script again")
        try FileManager.default.createDirectory(at: journal.url(renamed).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try journal.git("mv", "team/" + anaBen, "team/" + renamed)
        try journal.commit("2026-09-25T10:00:00+02:00", "One folder per pair")
        try journal.edit(renamed, "- [ ] Draft", "- [x] Draft")
        try journal.commit("2026-10-03T10:00:00+02:00", "Script done")
        // The checklist line moves above the others: a move keeps its history.
        try journal.edit(renamed, "- [ ] Re-read the discovery checklist\n", "")
        try journal.edit(renamed, "## Commitments\n", "## Commitments\n- [ ] Re-read the discovery checklist\n")
        try journal.edit(chloeDev, "confidential: true\n", "confidential: false\n")
        try journal.commit("2026-10-10T10:00:00+02:00", "Reorder; Chloe and Dev agree to share")
        try journal.edit(renamed, "## Commitments\n", "## Commitments\n- [ ] Not committed yet due:2026-12-01\n")
        return journal
    }

    static func item(_ items: [[String: Any]], _ text: String) -> [String: Any]? {
        items.first { ($0["text"] as? String)?.hasPrefix(text) == true }
    }

    @Test func tellsTheTrueStory() throws {
        let journal = try Self.story()
        let (status, items) = try journal.historyJSON()
        #expect(status == 0)
        #expect(items.count == 5)
        #expect(items.map { $0["file"] as? String } == [Self.chloeDev] + Array(repeating: Self.renamed, count: 4))
        let lines = items.compactMap { $0["line"] as? Int }
        #expect(Array(lines.dropFirst()) == Array(lines.dropFirst()).sorted(), "sorted by file and line")

        let script = try #require(Self.item(items, "Draft the objection-handling script"))
        #expect(script["created"] as? String == "2026-09-01")
        #expect(script["closed"] as? String == "2026-10-03")
        #expect(script["status"] as? String == "done")
        #expect(script["due"] as? String == "2026-09-29")
        #expect(script["redated"] as? Int == 2)
        #expect(script["closed_late_days"] as? Int == 4)
        let changes = try #require(script["due_changes"] as? [[String: Any]])
        #expect(changes.map { $0["date"] as? String } == ["2026-09-15", "2026-09-21"])
        #expect(changes.map { $0["from"] as? String } == ["2026-09-15", "2026-09-22"])
        #expect(changes.map { $0["to"] as? String } == ["2026-09-22", "2026-09-29"])

        let recording = try #require(Self.item(items, "share the recording"))
        #expect(recording["closed"] as? String == "2026-09-07")
        #expect(recording["closed_late_days"] as? Int == 0)

        let checklist = try #require(Self.item(items, "Re-read the discovery checklist"))
        #expect(checklist["created"] as? String == "2026-09-01", "a moved line keeps its history")
        #expect(checklist["closed"] is NSNull && checklist["closed_late_days"] is NSNull)
        #expect(checklist["redated"] as? Int == 0 && (checklist["due_changes"] as? [Any])?.isEmpty == true)

        let uncommitted = try #require(Self.item(items, "Not committed yet"))
        #expect(uncommitted["created"] is NSNull, "uncommitted changes are not history")
        #expect(uncommitted["status"] as? String == "open")
    }

    @Test func keysAndHeaderAreThoseOfTheSpec() throws {
        let journal = try Self.story()
        let result = try journal.tandem(["history", "--format", "json"])
        let document = try CLI.json(result.stdout)
        #expect(document["tool"] as? String == "tandem" && document["schema"] as? Int == 1)
        #expect(document["today"] as? String == "2026-11-25")
        let first = try #require((document["commitments"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["id", "file", "line", "text", "redacted", "status", "due", "created", "closed",
                                    "due_changes", "redated", "closed_late_days"])
        // The ids are those `index` shows.
        let index = try CLI.json(try journal.tandem(["index"]).stdout)
        let indexIDs = Set((index["sessions"] as? [[String: Any]] ?? []).flatMap {
            ($0["commitments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        })
        let historyIDs = Set((document["commitments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(indexIDs == historyIDs)
    }

    @Test func confidentialAtAnyCommitStaysRedacted() throws {
        let journal = try Self.story()
        let items = try journal.historyJSON().items
        let secret = try #require(items.first { $0["file"] as? String == Self.chloeDev })
        #expect(secret["text"] is NSNull && secret["redacted"] as? Bool == true)
        #expect(secret["created"] as? String == "2026-09-03", "history still shows for a redacted commitment")
        let text = try journal.tandem(["history"]).stdout
        #expect(!text.contains("reorg") && text.contains("(confidential)"))
        let revealed = try journal.historyJSON(["--reveal"]).items
        #expect(revealed.contains { ($0["text"] as? String)?.contains("reorg") == true && $0["redacted"] as? Bool == false })
    }

    @Test func filtersByIdPairAndPerson() throws {
        let journal = try Self.story()
        let items = try journal.historyJSON().items
        let script = try #require(Self.item(items, "Draft the objection-handling script"))
        let id = try #require(script["id"] as? String)
        let one = try journal.historyJSON([String(id.prefix(5))]).items
        #expect(one.count == 1 && one.first?["id"] as? String == id)
        let byLine = try journal.historyJSON(["\(Self.renamed):\(script["line"] as? Int ?? 0)"]).items
        #expect(byLine.map { $0["id"] as? String } == [id])
        #expect(try journal.historyJSON(["--pair", "dev,chloe"]).items.count == 1)
        let anas = try journal.historyJSON(["--person", "ana"]).items
        #expect(anas.count == 1 && (anas.first?["text"] as? String)?.contains("recording") == true)
        let missing = try journal.tandem(["history", "zzzzzzz"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no commitment with id"))
    }

    @Test func textFormatTellsEachEvent() throws {
        let journal = try Self.story()
        let result = try journal.tandem(["history", "--pair", "ana,ben"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("re-dated  2026-09-15  2026-09-15 → 2026-09-22"))
        #expect(result.stdout.contains("closed    2026-10-03  4 days late"))
        #expect(result.stdout.contains("not in any commit yet"))
        #expect(result.stderr.isEmpty)
    }

    @Test func neverWritesToTheRepositoryOutsideItsCache() throws {
        let journal = try Self.story()
        let before = try journal.git("status", "--porcelain", "--untracked-files=all")
        let head = try journal.git("rev-parse", "HEAD")
        _ = try journal.tandem(["history"])
        _ = try journal.tandem(["check", "--history", "--fail-on", "never"])
        _ = try journal.tandem(["stats", "--history"])
        #expect(try journal.git("status", "--porcelain", "--untracked-files=all") == before)
        #expect(try journal.git("rev-parse", "HEAD") == head)
        let cache = journal.repository.appendingPathComponent(".git/tandem/history-cache")
        #expect(FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func checkHistoryReportsRedatedCommitments() throws {
        let journal = try Self.story()
        try journal.write("tandem.yml", "team: Test\ntimezone: Europe/Berlin\nrules:\n  commitment-redated: { after: 1 }\n")
        try journal.edit(Self.renamed, "- [x] Draft", "- [ ] Draft")
        try journal.commit("2026-10-12T10:00:00+02:00", "Reopened")
        let result = try journal.tandem(["check", "--history", "--format", "json", "--rule", "commitment-redated"])
        let findings = try CLI.json(result.stdout)["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1)
        #expect(findings.first?["file"] as? String == Self.renamed)
        #expect((findings.first?["message"] as? String)?.contains("2 times") == true)
        let plain = try journal.tandem(["check", "--format", "json"])
        #expect(!plain.stdout.contains("commitment-redated"), "without --history the rule does not run")
        let refused = try journal.tandem(["check", "--rule", "commitment-redated"])
        #expect(refused.status == 2 && refused.stderr.contains("--history"))
    }

    @Test func statsHistoryAddsLatenessAndTheWeeklyChart() throws {
        let journal = try Self.story()
        let json = try CLI.json(try journal.tandem(["stats", "--history", "--format", "json"]).stdout)
        let pairs = json["pairs"] as? [[String: Any]] ?? []
        let anaBen = try #require(pairs.first { ($0["partners"] as? [String]) == ["ana", "ben"] })
        #expect(anaBen["median_days_late"] as? Double == 2)  // 4 days late and 0 days late
        #expect(anaBen["redated_share"] as? Double == 0.25)  // 1 of 4 commitments
        let weeks = json["open_closed_weeks"] as? [[String: Any]] ?? []
        #expect(weeks.count == 26)
        #expect(weeks.contains { $0["week_start"] as? String == "2026-09-28" && $0["closed"] as? Int == 1 })
        let plain = try CLI.json(try journal.tandem(["stats", "--format", "json"]).stdout)
        #expect((plain["pairs"] as? [[String: Any]])?.first?["median_days_late"] == nil)
        let html = try journal.tandem(["stats", "--history", "--format", "html"]).stdout
        #expect(html.contains("open and closed, week by week") && html.contains("<svg"))
        let section = try #require(html.components(separatedBy: "open and closed, week by week").last?
            .components(separatedBy: "</section>").first)
        #expect(section.contains("ana &amp; ben") && !section.contains("reorg"), "the chart names pairs, never texts")
        let text = try journal.tandem(["stats", "--history"]).stdout
        #expect(text.contains("median 2 days late") && text.contains("25% of commitments re-dated"))
    }
}
