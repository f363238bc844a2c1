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
        Parallel.$threadLimit.withValue(1) { measure(files) }  // all the work on this thread, where it is measured
    }

    private static func measure(_ files: [(String, [UInt8])]) -> (reading: Double, checking: Double) {
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

    /// A chain of `depth` nested folders with a session at the bottom, under a fresh root.
    static func deepJournal(depth: Int) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-deep-\(UUID().uuidString)").path
        let path = root + "/sessions/" + Array(repeating: "ab", count: depth).joined(separator: "/")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n".utf8)
            .write(to: URL(fileURLWithPath: path + "/2026-11-03-ana-ben.md"))
        return root
    }

    /// Each folder is resolved once: four times the depth costs about four times the
    /// work (a little more: the kernel walks each path it opens), where resolving every
    /// prefix of every path (as `realpath` on each folder does) costs about sixty-four times.
    @Test func listingGrowsLinearlyWithFolderDepth() throws {
        let shallow = try Self.deepJournal(depth: 150), deep = try Self.deepJournal(depth: 600)
        defer {
            try? FileManager.default.removeItem(atPath: shallow)
            try? FileManager.default.removeItem(atPath: deep)
        }
        func cost(_ root: String) -> Double {
            let start = Self.threadCPUTime()
            let found = JournalScanner(root: root).scan(folder: "sessions")
            let spent = Self.threadCPUTime() - start
            #expect(found.count == 1 && found.first?.problem == nil)
            return spent
        }
        _ = cost(shallow)
        let ratio = (0..<3).map { _ in cost(deep) }.min()! / (0..<3).map { _ in cost(shallow) }.min()!
        #expect(ratio < 16, "4× the depth cost \(ratio)× the CPU to list (linear ≈ 4, cubic ≈ 64)")
    }
}

/// Review across sessions (§6.3) over one long pair whose every session mentions the
/// previous session's commitments and dozens of other id-shaped words: the review
/// pass must stay linear in the journal, not in sessions × mentions × commitments.
extension ScalingTests {
    static func reviewJournal(sessions count: Int) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        var previous: [String] = []
        var noise = SeededGenerator(seed: 7)
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz0123456789")
        for index in 0..<count {
            let date = LocalDate(year: 2000, month: 1, day: 1)!.adding(days: index)
            let path = "sessions/\(date.year)/\(date)-ana-ben.md"
            let texts = (0..<3).map { "Commitment \($0) of session \(index)" }
            var words = previous
            for _ in 0..<40 { words.append(String("k" + (0..<6).map { _ in alphabet.randomElement(using: &noise)! })) }
            let text = "---\ndate: \(date)\ncoach: ana\ncoachee: ben\n---\n## Review\n"
                + words.map { "- \($0)\n" }.joined() + "## Commitments\n" + texts.map { "- [ ] \($0)\n" }.joined()
            files.append((path, Array(text.utf8)))
            previous = texts.map { CommitmentID.make(file: path, text: $0, occurrence: 0) }
        }
        return files
    }

    static func reviewCost(_ files: [(String, [UInt8])]) -> Double {
        Parallel.$threadLimit.withValue(1) { reviewWork(files) }  // all the work on this thread, where it is measured
    }

    private static func reviewWork(_ files: [(String, [UInt8])]) -> Double {
        let reader = SessionReader(configuration: Configuration())
        let parsed = files.map { reader.read(path: $0.0, bytes: $0.1) }
        let start = threadCPUTime()
        let journal = Journal(root: "/", configuration: Configuration(), files: parsed, agreements: [])
        let context = LintContext(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!)
        let findings = CommitmentNotReviewedRule().check(context) + CommitmentCarriedRule().check(context)
        let rate = ReviewRate(held: context.pairs[0].held)
        let spent = threadCPUTime() - start
        #expect(rate.value == 1 && findings.isEmpty, "every commitment is mentioned by the next session")
        return spent
    }

    @Test func reviewAcrossSessionsGrowsLinearly() {
        let small = Self.reviewJournal(sessions: 500), large = Self.reviewJournal(sessions: 2_000)
        _ = Self.reviewCost(small)
        let ratio = (0..<3).map { _ in Self.reviewCost(large) }.min()! / (0..<3).map { _ in Self.reviewCost(small) }.min()!
        #expect(ratio < 8, "4× the sessions cost \(ratio)× the CPU to review (linear ≈ 4, quadratic ≈ 16)")
    }
}
