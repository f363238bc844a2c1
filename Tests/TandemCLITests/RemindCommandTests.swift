import Foundation
import Testing

@Suite struct RemindCommandTests {
    static let sample = CLI.repositoryRoot.appendingPathComponent("sample-journal").path

    @Test func listsOverdueCommitmentsAndPairsOnTheSampleJournal() throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mce2av3"))
        #expect(result.stdout.contains("18 days overdue"))
        #expect(result.stdout.contains("sessions/2026/2026-11-03-ana-ben.md:34"))
        #expect(result.stdout.contains("due today"))
        #expect(result.stdout.contains("due in 5 days"))
        #expect(result.stdout.contains("Pairs\n"))
        #expect(result.stdout.contains("chloe & dev  next session due 2026-11-12, 13 days overdue"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["text", "markdown", "github"])
    func printsNothingAtAllWhenNothingIsDue(format: String) throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-01-01", "--format", format, "--strict"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
    }

    @Test func jsonAndCalendarAlwaysPrintADocument() throws {
        let json = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-01-01", "--format", "json"])
        #expect(json.status == 0)
        let document = try CLI.json(json.stdout)
        #expect((document["overdue"] as? [Any])?.isEmpty == true)
        #expect((document["due_soon"] as? [Any])?.isEmpty == true)
        #expect((document["pairs"] as? [Any])?.isEmpty == true)
        #expect(document["within_days"] as? Int == 7)

        let ics = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-01-01", "--format", "ics"])
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tandem//tandem 0.1.0//EN\r\n"))
        #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func strictExitsOneWhenSomethingIsOverdue() throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--strict"])
        #expect(result.status == 1)
        #expect(!result.stdout.isEmpty)
    }

    @Test func strictExitsZeroWhenThingsAreOnlyDueSoon() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026-11-20-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-20", body: "## Commitments\n- [ ] Call Sam due:2026-11-27\n"),
        ])
        let result = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25", "--strict"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Call Sam"))
        #expect(result.stdout.contains("due in 2 days"))
    }

    @Test func personFilterKeepsOnlyThatPerson() throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--person", "dev",
                                  "--format", "json"])
        #expect(result.status == 0)
        let document = try CLI.json(result.stdout)
        let items = (document["overdue"] as? [[String: Any]] ?? []) + (document["due_soon"] as? [[String: Any]] ?? [])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["owners"] as? [String])?.contains("dev") == true })
        let pairs = try #require(document["pairs"] as? [[String: Any]])
        #expect(pairs.map { $0["partners"] as? [String] ?? [] } == [["chloe", "dev"]])

        let text = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--person", "dev"])
        #expect(text.stdout.contains("Dev Patel (dev)"))
        #expect(!text.stdout.contains("Ana Lima"))
        #expect(!text.stdout.contains("gus & hana"))
    }

    @Test func unknownPersonIsAnError() throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--person", "nobody"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("nobody"))
    }

    @Test(arguments: ["7x", "abc", "-3d", "", "1.5w"])
    func invalidWithinIsAUsageError(within: String) throws {
        let result = try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--within", within])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func withinWidensWhatIsDueSoon() throws {
        let week = try CLI.json(try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--format", "json"]).stdout)
        let month = try CLI.json(try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25", "--format", "json",
                                              "--within", "4w"]).stdout)
        #expect(month["within_days"] as? Int == 28)
        let soonWeek = try #require(week["due_soon"] as? [Any]), soonMonth = try #require(month["due_soon"] as? [Any])
        #expect(soonMonth.count > soonWeek.count)
    }

    @Test func jsonItemsCarryTheirDaysAndLocation() throws {
        let document = try CLI.json(try CLI.run(["remind", "-C", Self.sample, "--today", "2026-11-25",
                                                 "--format", "json"]).stdout)
        #expect(document["tool"] as? String == "tandem")
        #expect(document["schema"] as? Int == 1)
        #expect(document["today"] as? String == "2026-11-25")
        let overdue = try #require(document["overdue"] as? [[String: Any]])
        let share = try #require(overdue.first { $0["id"] as? String == "mce2av3" })
        #expect(share["days_overdue"] as? Int == 18)
        #expect(share["file"] as? String == "sessions/2026/2026-11-03-ana-ben.md")
        #expect(share["line"] as? Int == 34)
        #expect(share["due"] as? String == "2026-11-07")
        let pairs = try #require(document["pairs"] as? [[String: Any]])
        let chloeDev = try #require(pairs.first { $0["partners"] as? [String] == ["chloe", "dev"] })
        #expect(chloeDev["next_due"] as? String == "2026-11-12")
        #expect(chloeDev["days_overdue"] as? Int == 13)
    }

    @Test func calendarHasOneTodoPerOpenDatedCommitmentAndActivePair() throws {
        let journal = try TemporaryJournal(config: "team: Sales East\npairs:\n  - partners: [gus, hana]\n    until: 2026-01-31\n", files: [
            "sessions/2026-11-20-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-20", body: """
                    ## Commitments
                    - [ ] Call Sam, then Kim; done due:2027-03-01
                    - [/] Draft the plan due:2026-11-21
                    - [x] Done already due:2026-11-22
                    - [ ] No date at all

                    """),
            "sessions/2026-01-10-gus-hana.md": TemporaryJournal.session(date: "2026-01-10", coach: "gus", coachee: "hana"),
        ])
        let result = try CLI.run(["remind", "-C", journal.path, "--today", "2026-11-25", "--format", "ics"])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.components(separatedBy: "BEGIN:VTODO\r\n").count - 1 == 2)
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == 1)
        #expect(text.contains("X-WR-CALNAME:Sales East\r\n"))
        #expect(text.contains("DUE;VALUE=DATE:20270301\r\n"))
        #expect(text.contains("SUMMARY:Call Sam\\, then Kim\\; done — ben\r\n"))
        #expect(text.contains("STATUS:IN-PROCESS\r\n"))
        #expect(text.contains("UID:pair-ana-ben@tandem\r\n"))
        #expect(text.contains("SUMMARY:Coaching session: ana & ben\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20261204\r\n"))
        #expect(!text.contains("gus-hana@tandem"))  // ended pair
        #expect(text.contains("DTSTAMP:20261125T000000Z\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }

    @Test func timeZoneThatDoesNotExistExitsTwo() throws {
        let journal = try TemporaryJournal(config: "timezone: Mars/Olympus_Mons\n")
        let result = try CLI.run(["remind", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Mars/Olympus_Mons"))
        #expect(result.stdout.isEmpty)
    }

    @Test func configuredTimeZoneIsIgnoredWhenTodayIsGiven() throws {
        let journal = try TemporaryJournal(config: "timezone: Pacific/Kiritimati\n", files: [
            "sessions/2026-11-20-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-20", body: "## Commitments\n- [ ] Call Sam due:2026-11-24\n"),
        ])
        let result = try CLI.run(["remind", "-C", journal.path], environment: ["TANDEM_TODAY": "2026-11-25"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 day overdue"))
    }
}
