import Foundation
import Testing
@testable import TandemKit

@Suite struct CheckerTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-journal").path

    func describe(_ result: CheckResult) -> [String] {
        result.findings.map { "\($0.location) \($0.severity) \($0.rule) \($0.message) \($0.commitment ?? "-")" }
    }

    /// `tandem check` streams (rules per file as files are read); other commands check
    /// a journal in memory. Both must find exactly the same.
    @Test func streamingAndInMemoryChecksAgree() throws {
        let today = LocalDate(year: 2026, month: 11, day: 25)!
        let configuration = try JournalLoader.loadConfiguration(root: Self.sample)
        let streamed = Checker.check(root: Self.sample, configuration: configuration, today: today)
        let journal = JournalLoader.load(root: Self.sample, configuration: configuration)
        let inMemory = Checker(journal: journal, today: today).check()
        #expect(describe(streamed) == describe(inMemory))
        #expect(streamed.findings.count > 10)
        #expect(streamed.summary.files == inMemory.summary.files)
        #expect(streamed.summary.sessions == inMemory.summary.sessions)
        #expect(streamed.summary.pairs == inMemory.summary.pairs)
        #expect(streamed.summary.open == inMemory.summary.open && streamed.summary.overdue == inMemory.summary.overdue)
        #expect(streamed.summary.done == inMemory.summary.done && streamed.summary.cancelled == inMemory.summary.cancelled)
    }

    /// `commitment-overdue` words its message only when shown; what is shown, compared
    /// and hashed is the same as for a message written at once.
    @Test func aDeferredMessageReadsComparesAndHashesAsItsText() throws {
        let rule = CommitmentOverdueRule()
        let session = try #require(SessionReader(configuration: Configuration()).read(
            path: "sessions/2026-11-03-ana-ben.md",
            bytes: Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n## Commitments\n- [ ] Draft @ana @ben due:2026-11-24\n- [ ] Call due:2026-11-20\n".utf8)).session)
        let journal = Journal(root: "/", configuration: Configuration(),
                              files: [{ var f = SessionFile(path: session.file); f.session = session; return f }()], agreements: [])
        let found = rule.check(LintContext(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!))
        let ids = session.commitments.map(\.id)
        #expect(found.map(\.message) == ["commitment \(ids[0]) of ana, ben was due 2026-11-24, 1 day ago",
                                          "commitment \(ids[1]) of ben was due 2026-11-20, 5 days ago"])
        var written = found[0]
        written.message = found[0].message
        #expect(written == found[0] && written.hashValue == found[0].hashValue)
        #expect(Set(found + [written]).count == 2)
    }

    /// `section-missing` words its message when shown too, from the file's list of
    /// missing sections (shared by every file that misses the same ones).
    @Test func eachMissingSectionIsNamedInItsOwnFinding() throws {
        var configuration = Configuration()
        configuration.requiredSections = ["Check-in", "Goals", "Commitments"]
        let reader = SessionReader(configuration: configuration)
        let context = FileContext(today: LocalDate(year: 2026, month: 11, day: 25)!, configuration: configuration, history: nil)
        func messages(_ path: String, _ body: String) throws -> [String] {
            let file = reader.read(path: path, bytes: Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n\(body)".utf8))
            return SectionMissingRule().check(try #require(file.session), file: file, context: context).map(\.message)
        }
        #expect(try messages("sessions/a.md", "Notes.\n") == ["required section 'Check-in' is missing",
                                                             "required section 'Goals' is missing",
                                                             "required section 'Commitments' is missing"])
        #expect(try messages("sessions/b.md", "## Goals\n") == ["required section 'Check-in' is missing",
                                                               "required section 'Commitments' is missing"])
        #expect(try messages("sessions/c.md", "## Check-in\n## goals:\n## Commitments\n").isEmpty)
    }

    /// Copies of one meeting are found within each pair's dated history: a cancelled
    /// copy does not count, another pair or another date is no copy, and every later
    /// copy points at the first.
    @Test func duplicateSessionsAreTheLaterCopiesOfOnePairsMeeting() throws {
        let reader = SessionReader(configuration: Configuration())
        func file(_ path: String, _ date: String, _ coach: String, _ coachee: String, status: String = "held") throws -> SessionFile {
            var file = SessionFile(path: path)
            file.session = try #require(reader.read(path: path, bytes: Array(
                "---\ndate: \(date)\ncoach: \(coach)\ncoachee: \(coachee)\nstatus: \(status)\n---\n".utf8)).session)
            return file
        }
        let journal = Journal(root: "/", configuration: Configuration(), files: [
            try file("sessions/2026-11-03-ana-ben.md", "2026-11-03", "ana", "ben"),
            try file("sessions/2026-11-03-ana-ben-2.md", "2026-11-03", "ben", "ana"),
            try file("sessions/2026-11-03-ana-ben-3.md", "2026-11-03", "ana", "ben"),
            try file("sessions/2026-11-03-ana-ben-4.md", "2026-11-03", "ana", "ben", status: "cancelled"),
            try file("sessions/2026-11-03-ana-cy.md", "2026-11-03", "ana", "cy"),
            try file("sessions/2026-11-10-ana-ben.md", "2026-11-10", "ana", "ben"),
        ], agreements: [])
        let found = DuplicateSessionRule().check(LintContext(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!))
        #expect(found.map(\.location.file).sorted() == ["sessions/2026-11-03-ana-ben-2.md", "sessions/2026-11-03-ana-ben-3.md"])
        #expect(found.allSatisfy { $0.message.hasSuffix("in sessions/2026-11-03-ana-ben.md") && $0.pair == PairKey("ana", "ben") })
    }

    @Test func pathsAndRulesNarrowTheReport() throws {
        let today = LocalDate(year: 2026, month: 11, day: 25)!
        let configuration = try JournalLoader.loadConfiguration(root: Self.sample)
        let file = "sessions/2026/2026-10-29-chloe-dev.md"
        let result = Checker.check(root: Self.sample, configuration: configuration, today: today, paths: [file])
        #expect(!result.findings.isEmpty)
        #expect(result.findings.allSatisfy { $0.location.file == file })
        #expect(result.findings.contains { $0.rule == "cadence-slipping" })  // journal-wide context still applies
        let only = Checker.check(root: Self.sample, configuration: configuration, today: today, only: ["commitment-overdue"])
        #expect(!only.findings.isEmpty && only.findings.allSatisfy { $0.rule == "commitment-overdue" })
    }
}
