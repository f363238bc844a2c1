import Foundation
import Testing
@testable import TandemKit

/// A regression guard for the SPEC's speed bar that is not a timed test: it checks
/// how the work grows. Reading and checking four times as many sessions must cost
/// about four times as much CPU on this thread; quadratic pair, id or finding logic
/// would cost sixteen times as much. The absolute speed is measured by the benchmark
/// (bench/run.sh, docs/PERFORMANCE.md).
@Suite struct ScalingTests {
    static func journal(sessions count: Int) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        var date = LocalDate(year: 2020, month: 1, day: 6)!
        for index in 0..<count {
            let pair = index % 20
            let (a, b) = ("p\(pair * 2)", "p\(pair * 2 + 1)")
            if pair == 0 { date = date.adding(days: 14) }
            let text = """
                ---
                date: \(date)
                coach: \(index % 2 == 0 ? a : b)
                coachee: \(index % 2 == 0 ? b : a)
                duration: 45
                focus: Objection handling \(index)
                pulse: { safety: 4, trust: 3 }
                ---
                ## Check-in
                Closed two deals; one call went badly.
                ## Goals
                - Handle price objections without discounting \(index)
                ## Commitments
                - [ ] Draft the objection-handling script \(index) due:+2w
                - [x] @\(a) share the recording \(index) 📅 \(date.adding(days: 4)) ✅ \(date.adding(days: 3))
                - [ ] Ask for feedback on the demo \(index) [due:: \(date.adding(days: 20))]
                - [ ] Book the next session \(index)

                """
            files.append(("sessions/\(date.year)/\(date)-\(a)-\(b)-\(index).md", Array(text.utf8)))
        }
        return files
    }

    /// CPU seconds this thread spends reading the files, and then running every
    /// rule over the journal, single-threaded.
    static func cost(_ files: [(String, [UInt8])]) -> (reading: Double, checking: Double) {
        let reader = SessionReader(configuration: Configuration())
        let start = threadCPUTime()
        let parsed = files.map { reader.read(path: $0.0, bytes: $0.1) }
        let read = threadCPUTime()
        let journal = Journal(root: "/", configuration: Configuration(), files: parsed, agreements: [])
        let context = LintContext(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!)
        var findings = RuleRegistry.all.flatMap { $0.init().check(context) }
        findings.sort(by: Finding.ordered)
        let summary = JournalSummary(journal: journal, pairs: context.pairs.count, today: context.today)
        let checked = threadCPUTime()
        #expect(summary.sessions == files.count && !findings.isEmpty)
        return (read - start, checked - read)
    }

    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    @Test func workGrowsLinearlyWithTheJournal() {
        let small = Self.journal(sessions: 500), large = Self.journal(sessions: 2_000)
        _ = Self.cost(small)  // warm up caches and lazy globals
        // The best of three runs of each size, so a busy machine cannot fake a regression.
        let smallRuns = (0..<3).map { _ in Self.cost(small) }, largeRuns = (0..<3).map { _ in Self.cost(large) }
        let reading = largeRuns.map(\.reading).min()! / smallRuns.map(\.reading).min()!
        let checking = largeRuns.map(\.checking).min()! / smallRuns.map(\.checking).min()!
        #expect(reading < 8, "4× the sessions cost \(reading)× the CPU to read (linear ≈ 4, quadratic ≈ 16)")
        #expect(checking < 8, "4× the sessions cost \(checking)× the CPU to check (linear ≈ 4, quadratic ≈ 16)")
    }
}
