import Foundation
import Testing

/// What a facilitator hit in a first quarter of real use, one test per case,
/// each named after what they saw.
@Suite struct FirstQuarterTests {
    static let people = "people:\n  ana: { name: Ana Lima }\n  ben: { name: Ben Okafor }\n  cy: { name: Cy Wu }\n"

    static func session(_ date: String, coach: String = "ana", coachee: String = "ben", extra: String = "",
                        body: String = "") -> String {
        TemporaryJournal.session(date: date, coach: coach, coachee: coachee, extra: extra, body: body)
    }

    // MARK: Confidential default

    @Test func aConfidentialTeamsNewSessionsAreConfidentialAndStayOutOfTheCILog() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "-q", folder.path]).status == 0)
        let config = try folder.text("tandem.yml").replacingOccurrences(of: "\nconfidential: false\n", with: "\nconfidential: true\n")
        try Data(config.utf8).write(to: folder.url.appendingPathComponent("tandem.yml"))
        let new = try CLI.run(["new", "-C", folder.path, "--pair", "ana,ben", "--date", "2026-11-03"])
        #expect(new.status == 0)
        let path = new.stdout.trimmingCharacters(in: .newlines)
        var text = try folder.text(path)
        #expect(text.contains("\nconfidential: true\n"))
        text = text.replacingOccurrences(of: "- [ ]  due:next", with: "- [ ] Raise the conflict with my manager due:2026-11-10")
        try Data(text.utf8).write(to: folder.url.appendingPathComponent(path))
        let github = try CLI.run(["remind", "-C", folder.path, "--format", "github", "--today", "2026-11-12"])
        #expect(github.stdout.contains("::warning"))
        #expect(!github.stdout.contains("Raise the conflict"))
        #expect(try CLI.run(["remind", "-C", folder.path, "--format", "github", "--today", "2026-11-12", "--reveal"])
            .stdout.contains("Raise the conflict"))
    }

    @Test func aJournalTemplateWithoutTheConfidentialVariableKeepsItsOwnText() throws {
        let journal = try TemporaryJournal(config: "confidential: true\n", files: [
            "templates/session.md": "---\ndate: {{date}}\ncoach: {{coach}}\ncoachee: {{coachee}}\nconfidential: false\n---\n",
        ])
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-11-03"])
        #expect(result.status == 0)
        #expect(try journal.text(result.stdout.trimmingCharacters(in: .newlines)).contains("confidential: false\n"))
        // The team is told, since that file's commitments would reach reminders.
        #expect(result.stderr.contains("confidential: false although tandem.yml makes sessions confidential by default"))
    }

    @Test func theReviewLineShowsAWithheldFocusInSingleParentheses() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", extra: "confidential: true\nfocus: Private\n"),
        ])
        let path = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-11-17"]).stdout
        let text = try journal.text(path.trimmingCharacters(in: .newlines))
        #expect(text.contains("Previous session: 2026-11-03 (confidential).\n"))
        #expect(!text.contains("(("))
    }

    // MARK: init

    @Test func initKeepsItsEmptyFoldersInGit() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "-q", folder.path]).status == 0)
        for name in ["sessions", "agreements", "templates"] {
            #expect(try folder.text("\(name)/.gitkeep").isEmpty, "\(name)/.gitkeep")
        }
        let check = try CLI.run(["check", "-C", folder.path, "--format", "json"])
        #expect(check.status == 0)
        #expect((try CLI.json(check.stdout)["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func theGitHubWorkflowBuildsTandemFromANamedRepositoryAndRefWithFullHistory() throws {
        let folder = try TemporaryFolder()
        let result = try CLI.run(["init", "-q", folder.path, "--ci", "github",
                                  "--ci-repo", "https://git.example.org/tools/tandem.git", "--ci-ref", "v1.2.3"])
        #expect(result.status == 0)
        let workflow = try folder.text(".github/workflows/tandem.yml")
        #expect(workflow.contains("  TANDEM_REPOSITORY: https://git.example.org/tools/tandem.git\n"))
        #expect(workflow.contains("  TANDEM_REF: v1.2.3\n"))
        #expect(workflow.contains("fetch-depth: 0"))
        #expect(workflow.contains("uses: actions/cache@v4"))
        #expect(workflow.contains("key: tandem-${{ runner.os }}-${{ env.TANDEM_REF }}"))
        #expect(workflow.contains("swift build -c release --package-path /tmp/tandem --product tandem"))
        #expect(workflow.contains("tandem check --format github"))
        #expect(try folder.text(".gitignore").contains(".tandem-bin/"))
    }

    @Test func theWorkflowWithoutARepositoryHoldsPlaceholdersThatStopTheBuildWithAMessage() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "-q", folder.path, "--ci", "github"]).status == 0)
        let workflow = try folder.text(".github/workflows/tandem.yml")
        #expect(workflow.contains("# SET THESE"))
        #expect(workflow.contains("TANDEM_REPOSITORY: https://example.com/your-org/tandem.git"))
        #expect(workflow.contains("set TANDEM_REPOSITORY and TANDEM_REF in this workflow"))
    }

    @Test func initCanWriteAGitLabPipelineWithFullHistory() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "-q", folder.path, "--ci", "gitlab", "--ci-ref", "v1.2.3"]).status == 0)
        let pipeline = try folder.text(".gitlab-ci.yml")
        #expect(pipeline.contains("GIT_DEPTH: 0"))
        #expect(pipeline.contains("TANDEM_REF: v1.2.3\n"))
        #expect(pipeline.contains("junit: tandem-junit.xml"))
        #expect(!folder.exists(".github"))
        #expect(try CLI.run(["init", "-q", try TemporaryFolder().path, "--ci-repo", "x"]).status == 2)
    }

    @Test(arguments: [("github", "## GitHub Actions", "templates/github-workflow.yml"),
                      ("gitlab", "## GitLab CI", "templates/gitlab-ci.yml")])
    func theCIDocumentationShowsExactlyThePipelineInitWrites(provider: String, heading: String, template: String) throws {
        let docs = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/CI.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: heading + "\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```\n").first)
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "-q", folder.path, "--ci", provider]).status == 0)
        let written = try folder.text(provider == "github" ? ".github/workflows/tandem.yml" : ".gitlab-ci.yml")
        #expect(block == written)
        #expect(written == (try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(template), encoding: .utf8)))
    }

    // MARK: check

    @Test func duplicateSessionSitsOnTheDashTwoFile() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03"),
            "sessions/2026/2026-11-03-ana-ben-2.md": Self.session("2026-11-03", coach: "ben", coachee: "ana"),
        ])
        let json = try CLI.json(try CLI.run(["check", "-C", journal.path, "--format", "json", "--today", "2026-11-04",
                                             "--rule", "duplicate-session"]).stdout)
        let files = (json["findings"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
        #expect(files == ["sessions/2026/2026-11-03-ana-ben-2.md"])
    }

    @Test func explainExamplesShowTheirTodayAndSeparateTheirFiles() throws {
        let text = try CLI.run(["check", "--explain", "duplicate-session"]).stdout
        #expect(text.contains("Example 1, checked with --today 2026-11-25:"))
        #expect(text.contains("  ==> sessions/2026/2026-11-03-ana-ben.md <==\n"))
        #expect(text.contains("  ==> sessions/2026/2026-11-03-ana-ben-2.md <==\n    ↓---\n"))
        #expect(try CLI.run(["check", "--explain", "cadence-overdue"]).stdout.contains("checked with --today 2026-10-23"))
    }

    @Test func theRulesPageShowsEveryRuleAsExplainPrintsIt() throws {
        let page = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/RULES.md"), encoding: .utf8)
        let ids = try CLI.run(["---completion", "check", "--", "--rule", "3", "0", "tandem", "check", "--rule", ""])
            .stdout.split(separator: "\n").map(String.init)
        #expect(ids.count >= 25)
        for id in ids {
            let explained = try CLI.run(["check", "--explain", id]).stdout
            #expect(page.contains("### \(id)\n\n```text\n\(explained)```\n"), "docs/RULES.md is stale for \(id): run make rules-doc")
        }
    }

    // MARK: Booked sessions

    static func bookedJournal(booking: String?) throws -> TemporaryJournal {
        var files = [
            "sessions/2026/2026-09-17-ana-ben.md": session("2026-09-17"),
            "sessions/2026/2026-10-01-ana-ben.md": session("2026-10-01", coach: "ben", coachee: "ana"),
        ]
        if let booking { files["sessions/2026/\(booking)-ana-ben.md"] = session(booking, extra: "status: planned\n") }
        return try TemporaryJournal(files: files)
    }

    @Test func aBookedSessionKeepsThePairFromBeingOverdue() throws {
        let journal = try Self.bookedJournal(booking: "2026-11-05")
        let today = ["--today", "2026-11-01", "-C", journal.path]
        let check = try CLI.json(try CLI.run(["check", "--format", "json", "--rule", "cadence-overdue"] + today).stdout)
        #expect((check["findings"] as? [Any])?.isEmpty == true)
        let index = try CLI.json(try CLI.run(["index"] + today).stdout)
        #expect((index["pairs"] as? [[String: Any]])?.first?["booked"] as? String == "2026-11-05")
        let remind = try CLI.run(["remind", "--strict"] + today)
        #expect(remind.status == 0)
        #expect(remind.stdout.contains("booked for 2026-11-05"))
        #expect(!remind.stdout.contains("overdue  last met"))
        let ics = try CLI.run(["remind", "--format", "ics"] + today).stdout
        #expect(ics.contains("BEGIN:VEVENT\r\nUID:pair-ana-ben@tandem\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261105\r\n"))
    }

    @Test func withoutABookingOrWithOneTooFarAheadThePairIsOverdue() throws {
        for booking in [nil, "2026-12-20"] {
            let journal = try Self.bookedJournal(booking: booking)
            let today = ["--today", "2026-11-01", "-C", journal.path]
            let check = try CLI.json(try CLI.run(["check", "--format", "json", "--rule", "cadence-overdue"] + today).stdout)
            #expect((check["findings"] as? [Any])?.count == 1)
            #expect(try CLI.run(["remind", "--strict"] + today).status == 1)
            let ics = try CLI.run(["remind", "--format", "ics"] + today).stdout
            #expect(ics.contains("DTSTART;VALUE=DATE:\(booking == nil ? "20261015" : "20261220")\r\n"))
        }
    }

    // MARK: Calendars

    @Test func calendarAppsThatHideToDosStillShowSessionsAndCanShowCommitments() throws {
        let journal = try TemporaryJournal(config: Self.people, files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: "## Commitments\n- [ ] @ana Send the deck due:2026-11-10\n"),
        ])
        let base = ["remind", "-C", journal.path, "--today", "2026-11-04", "--format", "ics"]
        let todos = try CLI.run(base).stdout
        #expect(todos.contains("BEGIN:VTODO\r\n"))
        #expect(todos.contains("SUMMARY:Send the deck — Ana Lima\r\n"))
        #expect(todos.contains("BEGIN:VEVENT\r\nUID:pair-ana-ben@tandem\r\n"))
        #expect(todos.contains("SUMMARY:Coaching session: Ana Lima & Ben Okafor\r\n"))
        let events = try CLI.run(base + ["--todos-as-events"]).stdout
        #expect(!events.contains("VTODO"))
        #expect(events.contains("BEGIN:VEVENT\r\nUID:"))
        #expect(events.contains("DTSTART;VALUE=DATE:20261110\r\nDTEND;VALUE=DATE:20261111\r\n"))
        #expect(events.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(try CLI.run(["remind", "-C", journal.path, "--todos-as-events"]).status == 2)
    }

    // MARK: stats

    @Test func statsUntilReportsAsOfThatDay() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-09-01-ana-ben.md": Self.session("2026-09-01", body: "## Commitments\n- [x] Draft the plan due:2026-09-10 done:2026-10-05\n"),
            "sessions/2026/2026-09-15-ana-ben.md": Self.session("2026-09-15", coach: "ben", coachee: "ana"),
            "sessions/2026/2026-10-20-ana-ben.md": Self.session("2026-10-20"),
        ])
        let json = try CLI.json(try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--until", "2026-09-30",
                                             "--format", "json"]).stdout)
        #expect(json["today"] as? String == "2026-09-30")
        let pair = try #require((json["pairs"] as? [[String: Any]])?.first)
        #expect(pair["next_due"] as? String == "2026-09-29")
        #expect(pair["overdue_days"] as? Int == 1)
        #expect(pair["days_since_last"] as? Int == 15)
        let follow = try #require(pair["follow_through"] as? [String: Any])
        #expect(follow["open_overdue"] as? Int == 1)
        #expect(follow["on_time"] as? Int == 0 && follow["late"] as? Int == 0)
        #expect((pair["strip"] as? [[String: Any]])?.last?["week_start"] as? String == "2026-09-28")
    }

    @Test func statsSinceOnlyDropsEarlierSessions() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-09-01-ana-ben.md": Self.session("2026-09-01"),
            "sessions/2026/2026-11-17-ana-ben.md": Self.session("2026-11-17"),
        ])
        let json = try CLI.json(try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--since", "2026-10-01",
                                             "--format", "json"]).stdout)
        #expect(json["today"] as? String == "2026-11-25")
        #expect((json["pairs"] as? [[String: Any]])?.first?["held"] as? Int == 1)
    }

    @Test func onTrackSpeaksOfCadenceAndFollowThrough() throws {
        let kept = "## Commitments\n- [x] One due:2026-10-05 done:2026-10-04\n"
        let missed = "## Commitments\n- [ ] One due:2026-10-05\n- [ ] Two due:2026-10-06\n- [ ] Three due:2026-10-07\n"
        for (body, expected) in [(kept, "on track: meeting every 14 days, 1/1 commitments kept (100%)"),
                                 (missed, "meeting every 14 days, but only 0/3 commitments kept (0%)")] {
            let journal = try TemporaryJournal(files: [
                "sessions/2026/2026-10-01-ana-ben.md": Self.session("2026-10-01", body: body),
                "sessions/2026/2026-10-15-ana-ben.md": Self.session("2026-10-15", coach: "ben", coachee: "ana"),
            ])
            let text = try CLI.run(["stats", "-C", journal.path, "--today", "2026-10-20"]).stdout
            #expect(text.contains("ana & ben  \(expected)\n"), "\(text)")
        }
    }

    @Test func pulseTrendsWithFewRatingsCompareFirstAndSecondHalf() throws {
        var files: [String: String] = [:]
        for (index, (date, value)) in [("2026-10-01", 2), ("2026-10-15", 2), ("2026-10-29", 5), ("2026-11-12", 5)].enumerated() {
            files["sessions/2026/\(date)-ana-ben.md"] = Self.session(date, coach: index % 2 == 0 ? "ana" : "ben",
                                                                      coachee: index % 2 == 0 ? "ben" : "ana",
                                                                      extra: "pulse: { safety: \(value) }\n")
        }
        let journal = try TemporaryJournal(files: files)
        let text = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-20"]).stdout
        #expect(text.contains("pulse           safety 2.0 → 5.0"), "\(text)")
    }

    @Test func theHTMLReportPutsTeamTotalsFirstFitsNarrowScreensAndSpansTheProgrammesOwnDates() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-02-ana-ben.md": Self.session("2026-11-02"),
            "sessions/2026/2026-11-16-ana-ben.md": Self.session("2026-11-16", coach: "ben", coachee: "ana"),
        ])
        let html = try CLI.run(["stats", "-C", journal.path, "--today", "2026-11-25", "--format", "html"]).stdout
        let team = try #require(html.range(of: "<h2>Team"))
        let glance = try #require(html.range(of: "<h2>Pairs at a glance"))
        #expect(team.lowerBound < glance.lowerBound)
        #expect(html.contains("Sessions of each pair from 2026-10-30 to "))
        #expect(html.contains("overflow-x: auto"))
        #expect(!html.contains("font-size: 9px"))
    }

    // MARK: Edits

    @Test func doneOnADateBeforeTheSessionOrAfterTodayIsRefused() throws {
        let body = "## Commitments\n- [ ] Send the deck due:2026-11-10\n"
        let journal = try TemporaryJournal(files: ["sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: body)])
        let before = try journal.text("sessions/2026/2026-11-03-ana-ben.md")
        let target = "sessions/2026/2026-11-03-ana-ben.md:7"
        for (command, date) in [("done", "2026-11-02"), ("cancel", "2026-11-06"), ("done", "2026-11-30")] {
            let result = try CLI.run([command, "-C", journal.path, "--today", "2026-11-05", target, "--on", date])
            #expect(result.status == 2, "\(command) --on \(date)")
            #expect(result.stderr.contains(date))
        }
        #expect(try journal.text("sessions/2026/2026-11-03-ana-ben.md") == before)
        #expect(try CLI.run(["done", "-C", journal.path, "--today", "2026-11-05", target, "--on", "2026-11-03"]).status == 0)
        #expect(try CLI.run(["reopen", "-C", journal.path, "--today", "2026-11-05", target, "--on", "2026-11-04"]).status == 2)
        #expect(try CLI.run(["reopen", "-C", journal.path, "--today", "2026-11-05", target]).status == 0)
    }

    // MARK: Terminals and typos

    @Test func listTablesFitTheTerminalCountingWideCharactersAsTwoCells() throws {
        let body = "## Commitments\n- [ ] 准备下周客户会议的演示文稿并发给团队审阅 due:2026-11-10\n- [ ] Prepare the quarterly review deck for the whole sales team due:2026-11-11\n"
        let journal = try TemporaryJournal(files: ["sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: body)])
        let args = ["list", "-C", journal.path, "--today", "2026-11-04"]
        let narrow = try CLI.run(args, environment: ["COLUMNS": "90"]).stdout
        let lines = narrow.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let cells = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) }
            #expect(cells <= 90, "\(line) is \(cells) cells")
        }
        #expect(narrow.contains("…"))
        #expect(narrow.contains("ID       DUE"))
        let piped = try CLI.run(args).stdout
        #expect(piped.contains("准备下周客户会议的演示文稿并发给团队审阅"))
        #expect(piped.contains("for the whole sales team"))
    }

    @Test func typosNameTheClosestValidWord() throws {
        let journal = try TemporaryJournal(config: Self.people, files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03"),
        ])
        let cases: [([String], String)] = [
            (["chekc"], "did you mean `check`?"),
            (["check", "-C", journal.path, "--format", "jsno"], "Did you mean `json`?"),
            (["check", "-C", journal.path, "--rule", "cadence-overdu"], "did you mean `cadence-overdue`?"),
            (["check", "--explain", "duplicate-sesion"], "did you mean `duplicate-session`?"),
            (["remind", "-C", journal.path, "--person", "anna"], "did you mean `ana`?"),
            (["list", "-C", journal.path, "--pair", "ana,bne"], "did you mean `ben`?"),
            (["list", "-C", journal.path, "--person", "bem"], "did you mean `ben`?"),
            (["new", "-C", journal.path, "--coach", "anna", "--coachee", "ben"], "did you mean `ana`?"),
            (["add", "Send the deck", "-C", journal.path, "--pair", "ana,bne"], "did you mean `ben`?"),
            (["stats", "-C", journal.path, "--person", "cyy"], "did you mean `cy`?"),
            (["init", "--ci", "gitlb", try TemporaryFolder().path], "Did you mean `gitlab`?"),
            (["list", "comitments", "-C", journal.path], "Did you mean `commitments`?"),
        ]
        for (arguments, hint) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(hint), "\(arguments): \(result.stderr)")
        }
    }

    // MARK: new after a broken file

    @Test func newSaysWhenThePairsLatestFileIsBrokenAndReadsWhatItCan() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: "## Commitments\n- [ ] Old thing due:2026-11-20\n"),
            "sessions/2026/2026-11-17-ana-ben.md": "---\ndate: 2026-11-17\ncoach: ben\ncoachee: ana\nfocus: [unclosed\n---\n## Commitments\n- [ ] Newer thing due:2026-11-30\n",
        ])
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("sessions/2026/2026-11-17-ana-ben.md:6: front matter cannot be read"))
        #expect(result.stderr.contains("coach ben, coachee ana"))
        let text = try journal.text("sessions/2026/2026-12-01-ana-ben.md")
        #expect(text.contains("coach: ana\ncoachee: ben\n"))
        #expect(text.contains("* Newer thing — ana, due 2026-11-30 (sessions/2026/2026-11-17-ana-ben.md:8, id "))
        #expect(text.contains("Previous session: 2026-11-17."))
    }

    @Test func newSaysSoWhenNotEvenTheRolesOfTheBrokenFileCanBeRead() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03"),
            "sessions/2026/2026-11-17-ana-ben.md": "---\ndate: [\n---\n",
        ])
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("sessions/2026/2026-11-17-ana-ben.md:"))
        #expect(result.stderr.contains("cannot be read either"))
    }

    // MARK: Markdown reminder

    @Test func theMarkdownReminderShowsQAndAAsWritten() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: "## Commitments\n- [ ] Prepare the Q&A for R&D due:2026-11-05\n"),
        ])
        let markdown = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-04", "--format", "markdown"]).stdout
        #expect(markdown.contains("Prepare the Q&A for R&D"))
        #expect(!markdown.contains("&amp;"))
    }

    // MARK: Completions and manual

    @Test func completionOffersCommitmentPersonAndRuleIds() throws {
        let journal = try TemporaryJournal(config: Self.people, files: [
            "sessions/2026/2026-11-03-ana-ben.md": Self.session("2026-11-03", body: "## Commitments\n- [ ] Open one due:2026-11-10\n- [x] Closed one\n"),
        ])
        let index = try CLI.json(try CLI.run(["index", "-C", journal.path]).stdout)
        let commitments = try #require((index["sessions"] as? [[String: Any]])?.first?["commitments"] as? [[String: Any]])
        let open = try #require(commitments.first { $0["status"] as? String == "open" }?["id"] as? String)
        let closed = try #require(commitments.first { $0["status"] as? String == "done" }?["id"] as? String)
        func complete(_ path: [String], _ argument: String, _ words: [String]) throws -> [String] {
            let result = try CLI.run(["---completion"] + path + ["--", argument, String(words.count - 1), "0"] + words)
            return result.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["done"], "positional@0", ["tandem", "done", "-C", journal.path, ""]) == [open])
        #expect(try complete(["cancel"], "positional@0", ["tandem", "cancel", "-C", journal.path, ""]) == [open])
        #expect(try complete(["reopen"], "positional@0", ["tandem", "reopen", "-C", journal.path, ""]) == [closed])
        #expect(try complete(["remind"], "--person", ["tandem", "remind", "-C", journal.path, "--person", ""]) == ["ana", "ben", "cy"])
        #expect(try complete(["check"], "--rule", ["tandem", "check", "--rule", ""]).contains("cadence-overdue"))
        #expect(try complete(["check"], "--explain", ["tandem", "check", "--explain", ""]).contains("duplicate-session"))
    }

    @Test func theManualPageKeepsNonASCIIAndHasNoEmptyLines() throws {
        let page = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/tandem.1"), encoding: .utf8)
        #expect(page.contains("cancelled:DATE or \\[u274C] DATE"))
        #expect(page.contains("-3 \\[u2026] when taken"))
        #expect(!page.contains("\n\n"))
        let man = Process()
        man.executableURL = URL(fileURLWithPath: "/usr/bin/man")
        guard FileManager.default.isExecutableFile(atPath: man.executableURL!.path) else { return }
        man.arguments = ["--warnings", "-l", CLI.repositoryRoot.appendingPathComponent("docs/tandem.1").path]
        man.environment = ["MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "100", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        man.standardOutput = out
        man.standardError = err
        try man.run()
        let rendered = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        man.waitUntilExit()
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(rendered.contains("❌"))
    }
}
