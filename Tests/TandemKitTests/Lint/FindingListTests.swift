import Testing
@testable import TandemKit

/// `FindingList` merges the checker's sorted runs without copying them: it must read
/// exactly as a stable sort of the runs one after the other.
@Suite struct FindingListTests {
    static func finding(_ file: String, _ line: Int, _ rule: String, _ message: String = "m") -> Finding {
        Finding(rule: rule, severity: .warning, location: SourceLocation(file: file, line: line), message: message)
    }

    @Test func sortedRunsReadAsAStableSortOfTheirConcatenation() {
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<60 {
            let runs: [[Finding]] = (0..<Int.random(in: 0...6, using: &generator)).map { run in
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    // Few files, lines and rules: ties across runs are common; the
                    // message names the run, so a tie taken in the wrong order shows.
                    Self.finding("f\(Int.random(in: 0...3, using: &generator)).md", Int.random(in: 1...5, using: &generator),
                                 ["a", "b"][Int.random(in: 0...1, using: &generator)], "run \(run)")
                }.sorted(by: Finding.ordered)
            }
            let expected = runs.flatMap { $0 }.sorted(by: Finding.ordered)
            let merged = FindingList(merging: runs)
            #expect(merged.count == expected.count)
            #expect(Array(merged).map(\.message) == expected.map(\.message))
            #expect(Array(merged) == expected)
        }
    }

    /// Severities are counted where the findings lie, run by run: the counts and the
    /// exit threshold must be those of the merged list.
    @Test func severitiesAreCountedOverEveryRun() {
        var generator = SeededGenerator(seed: 0xC0DE)
        for _ in 0..<40 {
            let runs: [[Finding]] = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...30, using: &generator)).map { line in
                    var finding = Self.finding("f.md", line, "r")
                    finding.severity = Severity.allCases.randomElement(using: &generator)!
                    return finding
                }
            }
            let merged = FindingList(merging: runs), all = runs.flatMap { $0 }
            let result = CheckResult(today: LocalDate(year: 2026, month: 11, day: 25)!, findings: merged,
                                     summary: JournalSummary(files: 1, sessions: 1, pairs: 0, commitments: CommitmentCounts()))
            for severity in Severity.allCases {
                #expect(result.count(severity) == all.filter { $0.severity == severity }.count)
                #expect(result.fails(at: severity) == all.contains { $0.severity >= severity })
            }
            #expect(!result.fails(at: nil))
        }
    }

    @Test func equalFindingsInTwoRunsKeepTheEarlierRunFirst() {
        let a = Self.finding("s.md", 3, "r", "same")
        var b = a
        b.severity = .error  // equal in order, told apart by severity
        let merged = FindingList(merging: [[b], [], [a]])
        #expect(merged.map(\.severity) == [.error, .warning])
        #expect(FindingList(merging: [[a], [b]]).map(\.severity) == [.warning, .error])
    }

    @Test func oneRunIsReadAsItIs() {
        let run = [Self.finding("b.md", 1, "r"), Self.finding("a.md", 1, "r")]  // not sorted: kept as given
        #expect(Array(FindingList(merging: [[], run, []])) == run)
        #expect(Array(FindingList(run)) == run)
        #expect(FindingList(merging: []).isEmpty)
        let literal: FindingList = [run[0]]
        #expect(literal == FindingList([run[0]]))
    }
}
