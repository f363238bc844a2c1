import Foundation
import Testing

@Suite struct StatsCommandTests {
    static let sample = CLI.repositoryRoot.appendingPathComponent("sample-journal").path

    @Test func sampleJournalShowsTheThreeProblemPairsFirst() throws {
        let result = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--color", "never"])
        #expect(result.status == 0)
        let top = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(6).joined(separator: "\n")
        #expect(top == """
            Sales East: pairs over time, 2026-11-25

              ana & ben     on track: meeting every 14 days, 22/24 commitments kept (92%)
            ! chloe & dev   slipping: last 3 gaps 28–35 days vs 14 · no session for 27 days
            ! eli & fatima  eli coached 9 of 10
            ! gus & hana    no session for 112 days
            """)
        // gus & hana last met 2026-08-05: 112 days; next due 2026-08-19.
        #expect(result.stdout.contains("  next due        overdue by 98 days (due 2026-08-19)\n"))
        #expect(result.stdout.contains("  roles           eli coached 9, fatima 1\n"))
        #expect(result.stdout.contains("  flags           cadence-overdue, agreement-missing\n"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func sampleJournalJSON() throws {
        let result = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--format", "json"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["schema"] as? Int == 1)
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.compactMap { $0["partners"] as? [String] } == [["ana", "ben"], ["chloe", "dev"], ["eli", "fatima"], ["gus", "hana"]])
        let anaBen = pairs[0]
        #expect(anaBen["held"] as? Int == 12)
        #expect(anaBen["planned"] as? Int == 1)
        #expect(anaBen["cancelled"] as? Int == 1)
        #expect(anaBen["next_due"] as? String == "2026-12-01")
        // since 2026-06-02 to 2026-11-25 is 176 days: floor(176 / 14) + 1 = 13 expected.
        let pilot = try #require(anaBen["pilot"] as? [String: Any])
        #expect(pilot["expected"] as? Int == 13)
        #expect(pilot["held"] as? Int == 12)
        let eliFatima = pairs[2]
        #expect(eliFatima["coached"] as? [String: Int] == ["eli": 9, "fatima": 1])
        #expect(eliFatima["pilot"] is NSNull)
        let gusHana = pairs[3]
        #expect(gusHana["last"] as? String == "2026-08-05")
        #expect(gusHana["overdue_days"] as? Int == 98)
        let strip = try #require(gusHana["strip"] as? [[String: String]])
        #expect(strip.count == 26)
        #expect(strip.last == ["week_start": "2026-11-23", "state": "overdue"])
        #expect(strip.first == ["week_start": "2026-06-01", "state": "none"])
        let chloeDev = pairs[1]
        let flags = try #require(chloeDev["flags"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(flags.contains("cadence-slipping"))
        #expect(flags.contains("cadence-overdue"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let result = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--color", "always"])
        #expect(result.stdout.contains("\u{1B}[1;31m!\u{1B}[0m"))
    }

    @Test func filtersByPairAndPerson() throws {
        let pair = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--pair", "fatima,eli", "--format", "json"])
        let pairs = try #require(try CLI.json(pair.stdout)["pairs"] as? [[String: Any]])
        #expect(pairs.count == 1)
        #expect(pairs.first?["partners"] as? [String] == ["eli", "fatima"])
        let person = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--person", "ines"])
        #expect(person.status == 0)
        #expect(person.stdout.contains("No pairs match."))
        let unknown = try CLI.run(["stats", "-C", Self.sample, "--today", "2026-11-25", "--person", "nobody"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown person 'nobody'"))
    }

    @Test func badFiltersAreUsageErrors() throws {
        for arguments in [["--pair", "ana"], ["--pair", "ana,ana"], ["--since", "2026-13-01"],
                          ["--since", "2026-11-01", "--until", "2026-10-01"], ["--format", "pdf"]] {
            let result = try CLI.run(["stats", "-C", Self.sample] + arguments)
            #expect(result.status == 2, "\(arguments)")
        }
    }

    @Test func outputWritesTheReportToAFileAndReplacesAnOldOneWithForce() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026-11-03-ana-ben.md": TemporaryJournal.session(date: "2026-11-03"),
        ])
        try journal.write("out/report.json", "old")
        let target = journal.url.appendingPathComponent("out/report.json").path
        let refused = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", "json", "--output", target])
        #expect(refused.status == 2)
        #expect(try journal.text("out/report.json") == "old")
        let result = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", "json", "--output", target,
                                  "--force"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try journal.text("out/report.json")
        #expect(written.hasPrefix("{\n  \"tool\": \"tandem\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.url.appendingPathComponent("out").path) == ["report.json"])
        let missing = try CLI.run(["stats", "-C", journal.path, "--output", journal.path + "/no/such/folder/r.html"])
        #expect(missing.status == 2)
    }

    /// A confidential session and hostile text in names, focus and commitments.
    static func hostileJournal() throws -> TemporaryJournal {
        let config = """
            team: "Team <b>&</b>"
            people:
              ana: { name: "<script>alert(1)</script>" }
              ben: { name: "\\"><img src=x onerror=alert(2)> בן 🚀" }

            """
        return try TemporaryJournal(config: config, files: [
            "sessions/2026-10-01-ana-ben.md": TemporaryJournal.session(
                date: "2026-10-01", extra: "focus: SECRET-FOCUS-MARKER\nconfidential: true\npulse: { safety: 4 }\n",
                body: "## Goals\n- SECRET-GOAL-MARKER\n\n## Commitments\n- [ ] SECRET-TASK-MARKER due:2026-10-10\n"),
            "sessions/2026-10-15-ana-ben.md": TemporaryJournal.session(
                date: "2026-10-15", coach: "ben", coachee: "ana",
                extra: "focus: \"<script>alert(3)</script>\"\n",
                body: "## Commitments\n- [ ] Call `<script>alert(4)</script>` & `\"><img src=x onerror=alert(5)>` اتصل 📞 due:2026-10-20\n"),
        ])
    }

    @Test func confidentialTextNeverLeaksWithoutReveal() throws {
        let journal = try Self.hostileJournal()
        for format in ["text", "json", "html"] {
            let result = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", format])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("SECRET-"), "\(format)")
        }
        let revealed = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", "html", "--reveal"])
        #expect(revealed.stdout.contains("SECRET-TASK-MARKER"))
        #expect(!revealed.stdout.contains("SECRET-FOCUS-MARKER"))
    }

    @Test func htmlIsSelfContainedAndEscapesEveryText() throws {
        let journal = try Self.hostileJournal()
        let result = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", "html"])
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url("))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Call &lt;script&gt;alert(4)&lt;/script&gt; &amp; &quot;&gt;&lt;img src=x onerror=alert(5)&gt; اتصل 📞"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; בן 🚀"))
        #expect(html.contains("Team &lt;b&gt;&amp;&lt;/b&gt;"))
        // The confidential commitment (line 13: 8 lines of front matter, then the body) is listed,
        // with its place but without its text.
        #expect(html.contains("<code>sessions/2026-10-01-ana-ben.md:13</code>"))
        #expect(html.contains("<em>(confidential)</em>"))
        #expect(html.contains("<title id=\"timeline-title\">"))
        #expect(html.hasSuffix("</html>\n"))
    }
}
