import Foundation
import Testing
@testable import TandemKit

/// The scaling guard on a journal full of findings, where the number of pairs, of
/// configured pairs and of agreements grows with the sessions (a programme that keeps
/// adding pairs). Look-ups that scan the configured pairs for every session, or the
/// agreements for every pair, are quadratic here; with a fixed set of pairs they hide.
/// Compares the CPU of two sizes in the same run; not a timed test.
@Suite struct FindingsScalingTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)!

    /// `count` sessions of `count / 2` pairs, every pair configured (some with their
    /// own cadence) along with three times as many planned pairs that have not met yet,
    /// one agreement per five configured pairs, every second session missing a
    /// required section, open commitments long overdue.
    static func journal(sessions count: Int) -> (configuration: Configuration, files: [(String, [UInt8])],
                                                  agreements: [Agreement]) {
        var configuration = Configuration()
        configuration.requiredSections = ["Goals", "Commitments"]
        let pairCount = count / 2
        configuration.pairs = (0..<(4 * pairCount)).map { pair in
            PairPlan(key: PairKey("p\(pair * 2)", "p\(pair * 2 + 1)"),
                     cadence: pair % 3 == 0 ? DayCount(days: 21) : nil, line: pair + 1)
        }
        let agreements = stride(from: 0, to: 4 * pairCount, by: 5).map { pair in
            Agreement(path: "agreements/agreement-\(pair).md", partners: ["p\(pair * 2)", "p\(pair * 2 + 1)"])
        }
        var files: [(String, [UInt8])] = []
        for index in 0..<count {
            let pair = index % pairCount
            let (a, b) = ("p\(pair * 2)", "p\(pair * 2 + 1)")
            let date = today.adding(days: -30 - (index * 7) % 400)
            let goals = index % 2 == 0 ? "## Goals\n- Handle price objections \(index)\n" : ""
            let text = """
                ---
                date: \(date)
                coach: \(index % 2 == 0 ? a : b)
                coachee: \(index % 2 == 0 ? b : a)
                duration: 45
                focus: Objection handling \(index)
                ---
                ## Check-in
                Closed two deals; one call went badly.
                \(goals)## Commitments
                - [ ] Draft the objection-handling script \(index) due:\(date.adding(days: 7))
                - [ ] Ask for feedback on the demo \(index) [due:: \(date.adding(days: 14))]
                - [x] Share the recording \(index) due:\(date.adding(days: 3)) done:\(date.adding(days: 2))

                """
            files.append(("sessions/\(date.year)/\(date)-\(a)-\(b)-\(index).md", Array(text.utf8)))
        }
        return (configuration, files, agreements)
    }

    /// CPU seconds this thread spends reading and checking each file, running the
    /// journal-wide rules, and writing the JSON report, single-threaded.
    static func cost(_ input: (configuration: Configuration, files: [(String, [UInt8])], agreements: [Agreement]))
        -> Cost {
        // On this thread only: reviews and reports are otherwise spread over all cores,
        // and this thread's share of them would be measured, not their cost.
        Parallel.$threadLimit.withValue(1) { measure(input) }
    }

    private static func measure(_ input: (configuration: Configuration, files: [(String, [UInt8])], agreements: [Agreement]))
        -> Cost {
        let configuration = input.configuration
        let plan = RulePlan(configuration: configuration, only: [], paths: [])
        let fileContext = FileContext(today: today, configuration: configuration)
        let reader = SessionReader(configuration: configuration)
        let start = ScalingTests.threadCPUTime()
        var findings: [Finding] = []
        let files = input.files.map { entry -> SessionFile in
            let file = reader.read(path: entry.0, bytes: entry.1)
            findings += plan.findings(in: file, context: fileContext)
            return file.essentials
        }
        let read = ScalingTests.threadCPUTime()
        let journal = Journal(root: "/", configuration: configuration, files: files, agreements: input.agreements)
        let context = LintContext(journal: journal, today: today)
        for (rule, _) in plan.journalRules { findings += rule.check(context) }
        findings.sort(by: Finding.ordered)
        let summary = JournalSummary(journal: journal, pairs: context.pairs.count, today: today)
        let checked = ScalingTests.threadCPUTime()
        // Every format of `check`, each on its own clock.
        let result = CheckResult(today: today, findings: findings, summary: summary)
        var output: [Double] = [], bytes = Int.max
        for reporter in Self.reporters {
            let before = ScalingTests.threadCPUTime()
            var written = 0
            reporter.write(result) { written += $0.utf8.count }
            output.append(ScalingTests.threadCPUTime() - before)
            bytes = min(bytes, written)
        }
        let rules = Set(findings.map(\.rule))
        #expect(rules.isSuperset(of: ["section-missing", "commitment-overdue", "cadence-overdue", "agreement-missing"]),
                "the journal is meant to be full of findings: \(rules.sorted())")
        #expect(summary.sessions == input.files.count && bytes > findings.count * 100)
        return Cost(reading: read - start, journal: checked - read, output: output)
    }

    /// CPU seconds of each phase; `output` has one entry per reporter.
    struct Cost {
        var reading: Double, journal: Double, output: [Double]
    }

    static let reporters: [any Reporter] = [TextReporter(), JSONReporter(), GitHubActionsReporter(), SARIFReporter(),
                                            JUnitReporter()]

    @Test func workGrowsLinearlyWithPairsAgreementsAndFindings() {
        let small = Self.journal(sessions: 500), large = Self.journal(sessions: 2_000)
        _ = Self.cost(small)  // warm up caches and lazy globals
        // The best of three runs of each size, so a busy machine cannot fake a regression.
        let smallRuns = (0..<3).map { _ in Self.cost(small) }, largeRuns = (0..<3).map { _ in Self.cost(large) }
        func ratio(_ phase: (Cost) -> Double) -> Double {
            largeRuns.map(phase).min()! / smallRuns.map(phase).min()!
        }
        let reading = ratio(\.reading), journal = ratio(\.journal)
        #expect(reading < 8, "4× the sessions and pairs cost \(reading)× the CPU to read (linear ≈ 4, quadratic ≈ 16)")
        #expect(journal < 8, "4× the sessions and pairs cost \(journal)× the CPU in journal-wide rules (linear ≈ 4)")
        for (index, reporter) in Self.reporters.enumerated() {
            let output = ratio { $0.output[index] }
            let format = type(of: reporter).identifier
            #expect(output < 8, "4× the findings cost \(output)× the CPU to write as \(format) (linear ≈ 4)")
        }
    }

    /// `tandem.yml` of a large programme: `people` everyone, every pair configured.
    static func configurationText(people count: Int) -> String {
        var text = "team: Sales\npeople:\n"
        for person in 0..<count { text += "  p\(person): { name: Person \(person), joined: 2026-01-05 }\n" }
        text += "pairs:\n"
        for pair in stride(from: 0, to: count - 1, by: 2) { text += "  - partners: [p\(pair), p\(pair + 1)]\n" }
        return text
    }

    @Test func readingTheConfigurationGrowsLinearlyWithPeopleAndPairs() throws {
        let small = Self.configurationText(people: 500), large = Self.configurationText(people: 4_000)
        let known = Set(RuleRegistry.ids)
        func cost(_ text: String) throws -> Double {
            let start = ScalingTests.threadCPUTime()
            let configuration = try ConfigurationLoader.load(text: text, knownRules: known)
            #expect(configuration.people.count >= 500 && configuration.pairs.count >= 250)
            return ScalingTests.threadCPUTime() - start
        }
        _ = try cost(small)  // warm up
        let smallBest = try (0..<3).map { _ in try cost(small) }.min()!
        let largeBest = try (0..<3).map { _ in try cost(large) }.min()!
        let ratio = largeBest / smallBest
        #expect(ratio < 16, "8× the people and pairs cost \(ratio)× the CPU to read tandem.yml (linear ≈ 8, quadratic ≈ 64)")
    }
}
