import Foundation
import Testing
@testable import TandemKit

/// Task lines as Obsidian Tasks, Dataview and todo.txt write them (see the fixture's
/// header for where they come from) read with the dates, priority and recurrence
/// those tools give them.
@Suite struct PeerFixtureTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/peer/task-lines.tsv")

    static func rows() throws -> [[String]] {
        try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func everyPeerLineReadsAsItsToolMeansIt() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 35)
        let body = "## Commitments\n" + rows.map { $0[0] }.joined(separator: "\n") + "\n"
        let text = "---\ndate: 2023-04-01\ncoach: ana\ncoachee: ben\n---\n" + body
        let session = try #require(SessionReader(configuration: Configuration()).read(path: "s.md", bytes: Array(text.utf8)).session)
        #expect(session.commitments.count == rows.count)
        var matching = 0
        for (row, c) in zip(rows, session.commitments) {
            func date(_ d: LocalDate?) -> String { d?.description ?? "" }
            let actual = [row[0], c.text, c.status.rawValue, date(c.due), date(c.done), date(c.cancelled), date(c.start),
                          date(c.scheduled), date(c.created), c.priority ?? "", c.recurrence ?? "", c.taskID ?? "",
                          c.dependsOn.joined(separator: ",")]
            #expect(actual == row, "\(row[0])")
            if actual == row { matching += 1 }
        }
        #expect(matching == rows.count, "\(matching) of \(rows.count) peer lines match")
    }

    @Test func addingAnyPeerFieldKeepsTheId() throws {
        func id(_ line: String) throws -> String {
            let text = "---\ndate: 2023-04-01\ncoach: ana\ncoachee: ben\n---\n## Commitments\n\(line)\n"
            return try #require(SessionReader(configuration: Configuration()).read(path: "s.md", bytes: Array(text.utf8))
                .session?.commitments.first?.id)
        }
        for row in try Self.rows() {
            #expect(try id(row[0]) == (try id("- [ ] " + row[1])), "\(row[0])")
        }
    }
}
