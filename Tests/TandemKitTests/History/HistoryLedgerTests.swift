import Foundation
import Testing
@testable import TandemKit

@Suite struct HistoryLedgerTests {
    static let path = "sessions/2026/2026-11-03-ana-ben.md"
    static let configuration = Configuration()

    static func session(_ commitments: String, confidential: Bool = false) -> [UInt8] {
        Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nconfidential: \(confidential)\n---\n## Commitments\n\(commitments)".utf8)
    }

    static func day(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    static func history(_ versions: [(String, [UInt8])]) -> CommitmentHistory {
        CommitmentHistory.replaying(versions.map { (date: day($0.0), path: path, content: $0.1) }, configuration: configuration)
    }

    static func events(_ history: CommitmentHistory, _ current: [UInt8]) -> [CommitmentEvents?] {
        let session = SessionReader(configuration: configuration).read(path: path, bytes: current).session!
        return history.events(of: session).map(\.events)
    }

    @Test func reopeningClearsTheClosingAndClosingAgainSetsIt() {
        let open = Self.session("- [ ] Draft due:2026-11-10\n")
        let done = Self.session("- [x] Draft due:2026-11-10\n")
        let history = Self.history([("2026-11-03", open), ("2026-11-12", done), ("2026-11-13", open)])
        #expect(Self.events(history, open).first??.closed == nil)
        #expect(Self.events(history, open).first??.closedLateDays == nil)
        let again = Self.history([("2026-11-03", open), ("2026-11-12", done), ("2026-11-13", open), ("2026-11-20", done)])
        #expect(Self.events(again, done).first??.closed == Self.day("2026-11-20"))
        #expect(Self.events(again, done).first??.closedLateDays == 10)
    }

    @Test func dueChangesIncludeSettingAndRemovingTheDate() {
        let none = Self.session("- [ ] Draft\n")
        let set = Self.session("- [ ] Draft 📅 2026-11-10\n")
        let history = Self.history([("2026-11-03", none), ("2026-11-04", set), ("2026-11-05", none)])
        let events = Self.events(history, none).first!!
        #expect(events.dueChanges == [
            DueChange(date: Self.day("2026-11-04"), from: nil, to: Self.day("2026-11-10")),
            DueChange(date: Self.day("2026-11-05"), from: Self.day("2026-11-10"), to: nil),
        ])
        #expect(events.redated == 2)
    }

    @Test func aCommitmentWrittenAlreadyDoneIsClosedWhenWritten() {
        let done = Self.session("- [x] Re-read the checklist due:2026-11-01\n")
        let events = Self.events(Self.history([("2026-11-04", done)]), done).first!!
        #expect(events.created == Self.day("2026-11-04") && events.closed == Self.day("2026-11-04"))
        #expect(events.closedLateDays == 3)
    }

    @Test func identicalTextsAreToldApartAsTheReaderTellsThem() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-journal").path
        let journal = try JournalLoader.load(root: root)
        var count = 0
        for session in journal.sessions {
            for (key, c) in zip(CommitmentKey.keys(of: session.commitments), session.commitments) {
                #expect(key.id(path: session.file) == c.id)
                count += 1
            }
        }
        #expect(count > 10)
        let twice = Self.session("- [ ] Call\n- [ ] Call\n")
        let session = SessionReader(configuration: Self.configuration).read(path: Self.path, bytes: twice).session!
        #expect(CommitmentKey.keys(of: session.commitments).map { $0.id(path: Self.path) } == session.commitments.map(\.id))
    }

    @Test func authorTimesBecomeDaysInTheJournalsTimeZone() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let la = TimeZone(identifier: "America/Los_Angeles")!
        let moment: Int64 = 1_789_515_000  // 2026-09-15T23:30:00Z
        #expect(HistoryLedger.localDate(authorTime: moment, timeZone: berlin).description == "2026-09-16")
        #expect(HistoryLedger.localDate(authorTime: moment, timeZone: la).description == "2026-09-15")
        #expect(HistoryLedger.localDate(authorTime: -1, timeZone: TimeZone(identifier: "UTC")!).description == "1969-12-31")
        #expect(HistoryLedger.localDate(authorTime: .max, timeZone: berlin).year == 9999)
    }

    @Test func theCacheReadsBackWhatItWrote() {
        var ledger = HistoryLedger()
        ledger.head = String(repeating: "a", count: 40)
        ledger.files["sessions/a\tb.md"] = FileEvents(everConfidential: true, commitments: [
            CommitmentKey(text: "Tab\there \\ and\nnewline", occurrence: 1): CommitmentEvents(
                created: Self.day("2026-09-01"), closed: Self.day("2026-10-03"), dueWhenClosed: Self.day("2026-09-29"),
                dueChanges: [DueChange(date: Self.day("2026-09-15"), from: nil, to: Self.day("2026-09-22"))]),
            CommitmentKey(text: "Plain", occurrence: 0): CommitmentEvents(created: Self.day("2026-09-02")),
        ])
        let text = HistoryCache.encode(ledger, key: "k|1")
        let back = HistoryCache.decode(text, key: "k|1")
        #expect(back?.head == ledger.head)
        #expect(back?.files["sessions/a\tb.md"]?.everConfidential == true)
        #expect(back?.files["sessions/a\tb.md"]?.commitments == ledger.files["sessions/a\tb.md"]?.commitments)
        #expect(HistoryCache.decode(text, key: "other") == nil, "another configuration rebuilds")
        #expect(HistoryCache.decode(text.replacingOccurrences(of: "\tPlain\t0\t", with: "\tPlain\tx\t"), key: "k|1") == nil)
    }

    @Test func theLogParserReadsRenamesAndOddNames() {
        let old = String(repeating: "1", count: 40), new = String(repeating: "2", count: 40)
        let zero = String(repeating: "0", count: 40)
        var bytes = Data("\u{1}\(String(repeating: "c", count: 40))\u{0}1789515000\u{0}\u{0}\n".utf8)
        bytes += Data(":100644 100644 \(old) \(new) R087\u{0}sessions/a.md\u{0}sessions/b\n:c.md\u{0}".utf8)
        bytes += Data(":000000 100644 \(zero) \(new) A\u{0}sessions/".utf8) + Data([0xFF]) + Data(".md\u{0}".utf8)
        bytes += Data(":120000 120000 \(old) \(new) M\u{0}sessions/link.md\u{0}".utf8)
        let commits = GitLogParser.parse(bytes)
        #expect(commits.count == 1)
        #expect(commits.first?.authorTime == 1_789_515_000)
        let changes = commits.first?.changes ?? []
        #expect(changes.count == 3)
        #expect(changes.first?.oldPath == "sessions/a.md" && changes.first?.newPath == "sessions/b\n:c.md")
        #expect(changes.first?.oldBlob == old && changes.first?.newBlob == new)
        #expect(changes.dropFirst().first?.oldBlob == nil && changes.dropFirst().first?.newBlob == new)
        #expect(changes.last?.newBlob == nil, "a symbolic link is not a session")
    }

    /// The log is parsed while git writes it: any split into chunks gives the same commits.
    @Test(arguments: [1, 2, 7, 64])
    func theLogParsesTheSameInChunks(size: Int) {
        let blob = { (c: Character) in String(repeating: c, count: 40) }
        var text = ""
        for index in 0..<3 {
            text += "\u{1}\(blob("a"))\u{0}17895150\(index)0\u{0}\u{0}\n"
            text += ":100644 100644 \(blob("1")) \(blob("2")) M\u{0}sessions/\(index).md\u{0}"
            text += ":100644 100644 \(blob("3")) \(blob("4")) R090\u{0}sessions/old\(index).md\u{0}sessions/new\(index).md\u{0}"
        }
        let bytes = Array(text.utf8)
        let whole = GitLogParser.parse(Data(bytes))
        var commits: [GitCommit] = []
        var buffer: [UInt8] = []
        var offset = 0
        for start in stride(from: 0, to: bytes.count, by: size) {
            buffer += bytes[start..<min(start + size, bytes.count)]
            offset = GitLogParser.parse(buffer, from: offset, final: false, into: &commits)
        }
        _ = GitLogParser.parse(buffer, from: offset, final: true, into: &commits)
        #expect(whole.count == 3)
        #expect(commits.map(\.hash) == whole.map(\.hash))
        #expect(commits.map(\.authorTime) == whole.map(\.authorTime))
        #expect(commits.map { $0.changes.map(\.newPath) } == whole.map { $0.changes.map(\.newPath) })
        #expect(commits.allSatisfy { $0.changes.count == 2 })
    }
}
