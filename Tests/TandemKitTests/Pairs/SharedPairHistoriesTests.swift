import Testing
@testable import TandemKit

/// A journal's pair histories are built once and shared by the copies of the journal
/// (the rules, reports and index of one run), and are built again once the sessions
/// or the configuration change.
@Suite struct SharedPairHistoriesTests {
    static func journal() -> Journal {
        let reader = SessionReader(configuration: Configuration())
        let files = [("2026-11-03", "ana", "ben"), ("2026-11-10", "cy", "dee"), ("2026-11-17", "ben", "ana")].map { date, a, b in
            reader.read(path: "sessions/\(date)-\(a)-\(b).md",
                        bytes: Array("---\ndate: \(date)\ncoach: \(a)\ncoachee: \(b)\n---\n".utf8))
        }
        return Journal(root: "/", configuration: Configuration(), files: files, agreements: [])
    }

    @Test func copiesOfAJournalShareOneBuild() {
        let journal = Self.journal()
        let context = LintContext(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!)
        #expect(context.pairs.map(\.key) == [PairKey("ana", "ben"), PairKey("cy", "dee")])
        #expect(context.journal.pairHistoriesCache === journal.pairHistoriesCache)
        #expect(journal.pairHistories.map(\.held.count) == [2, 1])
    }

    @Test func aChangedJournalBuildsItsOwn() {
        let journal = Self.journal()
        #expect(journal.pairHistories.count == 2)
        var fewer = journal
        fewer.files.removeAll { $0.path.hasSuffix("cy-dee.md") }
        #expect(fewer.pairHistories.map(\.key) == [PairKey("ana", "ben")])
        #expect(fewer.pairHistories[0].held.count == 2)
        var planned = fewer
        planned.configuration.pairs = [PairPlan(key: PairKey("eve", "fay"), line: 3)]
        #expect(planned.pairHistories.map(\.key) == [PairKey("ana", "ben"), PairKey("eve", "fay")])
        #expect(journal.pairHistories.count == 2)
    }
}
