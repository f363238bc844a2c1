import Testing
@testable import TandemKit

/// Builds a stats report over a small in-memory journal.
private func report(config: String = "", today: String, filter: StatsFilter = StatsFilter(),
                    _ files: [(String, String)]) throws -> StatsReport {
    let (journal, _) = try RuleExample("", config: config, today: today, files: files).journal()
    return StatsReport.build(journal: journal, today: try #require(LocalDate(iso8601: today)), filter: filter)
}

private func session(_ date: String, coach: String = "ana", coachee: String = "ben", extra: String = "",
                     body: String = "", suffix: String = "") -> (String, String) {
    ("sessions/\(date)-\(coach < coachee ? "\(coach)-\(coachee)" : "\(coachee)-\(coach)")\(suffix).md",
     "---\ndate: \(date)\ncoach: \(coach)\ncoachee: \(coachee)\n\(extra)---\n\(body)")
}

private func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

private func strip(_ pair: PairStats) -> String { String(pair.strip.map(\.state.symbol)) }

@Suite struct StatsReportTests {
    /// Held 09-01, 09-15, 10-06, 10-27 (a cancelled one on 09-29, a planned one on 11-30), today 11-05.
    let rhythm: [(String, String)] = [
        session("2026-09-01", extra: "pulse: { safety: 3, trust: 2 }\n"),
        session("2026-09-15", coach: "ben", coachee: "ana", extra: "pulse: { safety: 3 }\n"),
        session("2026-09-29", extra: "status: cancelled\npulse: { safety: 1 }\n"),
        session("2026-10-06", extra: "pulse: { safety: 4, trust: 4 }\n"),
        session("2026-10-27", extra: "pulse: { safety: 5 }\n"),
        session("2026-11-30", coach: "ben", coachee: "ana", extra: "status: planned\n"),
    ]

    @Test func gapsMedianNextDueAndRoles() throws {
        let stats = try #require(try report(today: "2026-11-05", rhythm).pairs.first)
        #expect(stats.held == 4)
        #expect(stats.planned == 1)
        #expect(stats.cancelled == 1)
        #expect(stats.history.gaps == [14, 21, 21])
        #expect(stats.medianGap == 21)
        #expect(stats.nextDue == day("2026-11-10"))
        #expect(stats.overdueDays == 0)
        #expect(stats.daysSinceLast == 9)
        #expect(stats.history.coached == ["ana": 3, "ben": 1])
        #expect(stats.roles == "ana coached 3, ben 1")
        #expect(stats.flags.map(\.rule).contains("role-imbalance"))
        #expect(stats.headline == "ana coached 3 of 4")
    }

    @Test func stripMarksMetAndMissedWeeksAndLeavesWeeksBeforeTheFirstSessionBlank() throws {
        let stats = try #require(try report(today: "2026-11-05", rhythm).pairs.first)
        #expect(stats.strip.count == 26)
        #expect(stats.strip.last?.start == day("2026-11-02"))
        #expect(stats.strip.first?.start == day("2026-05-11"))
        // Weeks from 2026-08-31: met, 09-07 missed, 09-14 met, 09-21 and 09-28 (cancelled) missed,
        // 10-05 met, 10-12 and 10-19 missed, 10-26 met, this week missed.
        #expect(strip(stats) == String(repeating: " ", count: 16) + "●·●··●··●·")
    }

    @Test func pulseWithFewerThanSixRatingsComparesTheFirstHalfWithTheSecond() throws {
        let stats = try #require(try report(today: "2026-11-05", rhythm).pairs.first)
        // safety over held sessions: 3, 3, 4, 5 (the cancelled session's 1 is left out);
        // trust 2 then 4: overlapping windows of three would show 3.0 → 3.0 and hide the change.
        #expect(stats.pulse.map(\.summary) == ["safety 3.0 → 4.5", "trust 2.0 → 4.0"])
        #expect(stats.pulse.map(\.count) == [4, 2])
    }

    @Test func endedPairHasNoNextDueAndBlankWeeksAfterItsEnd() throws {
        let config = "pairs:\n  - partners: [ana, ben]\n    cadence: 7d\n    grace: 2d\n    since: 2026-09-01\n    until: 2026-10-20\n"
        let stats = try #require(try report(config: config, today: "2026-11-05", [
            session("2026-09-01"), session("2026-09-08"), session("2026-09-29"),
        ]).pairs.first)
        #expect(stats.ended)
        #expect(stats.nextDue == nil)
        #expect(stats.overdueDays == nil)
        #expect(stats.medianGap == 14)
        #expect(!stats.flags.contains { $0.rule == "cadence-overdue" })
        #expect(stats.headline == "ended")
        // 08-31 met, 09-07 met, 09-14 and 09-21 overdue (12 and 19 days > 7 + 2), 09-28 met,
        // 10-05 to 10-19 overdue, then blank after 2026-10-20.
        #expect(strip(stats) == String(repeating: " ", count: 16) + "●●!!●!!!  ")
        #expect(stats.pilot == PilotProgress(since: day("2026-09-01"), until: day("2026-10-20"), held: 3, expected: 8))
    }

    @Test func configuredPairThatNeverMet() throws {
        let config = "pairs:\n  - partners: [cy, dev]\n    since: 2026-10-01\n"
        let stats = try #require(try report(config: config, today: "2026-11-05", [("agreements/cy-dev.md", "# Agreement\n")]).pairs.first)
        #expect(stats.key == PairKey("cy", "dev"))
        #expect(stats.held == 0)
        #expect(stats.history.first == nil)
        #expect(stats.medianGap == nil)
        #expect(stats.nextDue == day("2026-10-15"))
        #expect(stats.overdueDays == 21)
        #expect(stats.followThrough.rate == nil)
        #expect(stats.headline == "not met since starting on 2026-10-01")
        // From the week of 2026-09-28: 3, 10, 17 days since `since` (missed), then 24, 31, 35 (> 21: overdue).
        #expect(strip(stats) == String(repeating: " ", count: 20) + "···!!!")
        #expect(stats.pilot?.expected == 3)
        #expect(stats.pilot?.held == 0)
    }

    @Test func followThroughCountsOnlyCommitmentsPastTheirDueDate() throws {
        let body = """
            ## Commitments
            - [x] A due:2026-10-10 done:2026-10-09
            - [x] B due:2026-10-10
            - [x] C due:2026-10-10 done:2026-10-12
            - [ ] D due:2026-10-20
            - [/] E due:2026-10-20
            - [-] F due:2026-10-10
            - [ ] G due:2026-11-05
            - [x] H due:2026-11-20 done:2026-11-01
            - [ ] I without a due date

            """
        let stats = try #require(try report(today: "2026-11-05", [session("2026-10-01", body: body)]).pairs.first)
        #expect(stats.followThrough == FollowThrough(onTime: 2, late: 1, openOverdue: 2))
        #expect(stats.followThrough.due == 5)
        #expect(stats.followThrough.summary == "2/5 (40%)")
    }

    @Test func observersDoNotMakeAPair() throws {
        let result = try report(today: "2026-11-05", [
            session("2026-10-01", extra: "observer: ines\n"),
            session("2026-10-15", coach: "ben", coachee: "ana", extra: "observer: [ines, jo]\n"),
        ])
        #expect(result.pairs.map(\.key) == [PairKey("ana", "ben")])
        #expect(result.pairs.first?.history.coached == ["ana": 1, "ben": 1])
    }

    @Test func filtersBySessionDatesPersonAndPair() throws {
        let files = rhythm + [session("2026-10-01", coach: "cy", coachee: "dev")]
        let since = try report(today: "2026-11-05", filter: StatsFilter(since: day("2026-09-10"), until: day("2026-10-31")), files)
        #expect(since.pairs.map(\.key) == [PairKey("ana", "ben"), PairKey("cy", "dev")])
        #expect(since.pairs.first?.history.gaps == [21, 21])
        #expect(since.pairs.first?.planned == 0)  // 2026-11-30 is after --until
        let person = try report(today: "2026-11-05", filter: StatsFilter(person: "dev"), files)
        #expect(person.pairs.map(\.key) == [PairKey("cy", "dev")])
        let pair = try report(today: "2026-11-05", filter: StatsFilter(pair: PairKey("ben", "ana")), files)
        #expect(pair.pairs.map(\.key) == [PairKey("ana", "ben")])
        #expect(pair.totals.held == 4)
    }

    @Test func teamTotalsAddUpThePairsShown() throws {
        let result = try report(today: "2026-11-05", rhythm + [
            session("2026-08-01", coach: "cy", coachee: "dev", extra: "pulse: { safety: 2 }\n",
                    body: "## Commitments\n- [ ] Call due:2026-08-10\n- [x] Mail due:2026-08-10\n"),
        ])
        let team = result.totals
        #expect(team.pairs == 2)
        #expect(team.activePairs == 1)  // cy & dev last met 96 days ago
        #expect(team.held == 5)
        #expect(team.planned == 1)
        #expect(team.cancelled == 1)
        #expect(team.open == 1)
        #expect(team.done == 1)
        #expect(team.overdue == 1)
        #expect(team.followThrough.summary == "1/2 (50%)")
        // safety: 3, 3, 4, 5 and 2 → 17 / 5.
        #expect(team.pulse == [PulseMean(name: "safety", mean: 3.4, count: 5), PulseMean(name: "trust", mean: 3, count: 2)])
    }

    @Test func jsonCarriesTheFiguresAsData() throws {
        let json = StatsJSONRenderer().render(try report(today: "2026-11-05", rhythm))
        #expect(json.contains("\"median_gap\": 21,"))
        #expect(json.contains("\"next_due\": \"2026-11-10\","))
        #expect(json.contains("\"coached\": {\n        \"ana\": 3,\n        \"ben\": 1\n      },"))
        #expect(json.contains("{\n          \"week_start\": \"2026-11-02\",\n          \"state\": \"missed\"\n        }"))
        #expect(json.contains("\"first_mean\": 3,"))
        #expect(json.contains("\"pilot\": null,"))
    }
}
