import Foundation
import Testing

@Suite struct IndexCommandTests {
    var sample: String { CLI.repositoryRoot.appendingPathComponent("sample-journal").path }

    @Test func sampleJournalIndexHasEveryKeyOfTheSchema() throws {
        let result = try CLI.run(["index", "-C", sample, "--today", "2026-11-25"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        for key in ["tool", "version", "schema", "today", "people", "pairs", "sessions"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["schema"] as? Int == 1)
        #expect(json["today"] as? String == "2026-11-25")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        for key in ["partners", "cadence_days", "held", "first", "last", "next_due", "gaps", "coached"] {
            #expect(pairs.allSatisfy { $0.keys.contains(key) }, "pairs lack \(key)")
        }
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.count > 30)
        let sessionKeys = ["file", "date", "coach", "coachee", "observers", "status", "duration", "focus",
                           "confidential", "tags", "pulse", "goals", "commitments"]
        #expect(sessions.allSatisfy { s in sessionKeys.allSatisfy { s.keys.contains($0) } })
        let commitments = sessions.flatMap { $0["commitments"] as? [[String: Any]] ?? [] }
        let commitmentKeys = ["id", "text", "owners", "status", "due", "done", "cancelled", "line", "overdue", "redacted"]
        #expect(commitments.allSatisfy { c in commitmentKeys.allSatisfy { c.keys.contains($0) } })
        #expect(commitments.contains { $0["overdue"] as? Bool == true })
        // Confidential sessions are redacted without --reveal.
        let confidential = sessions.filter { $0["confidential"] as? Bool == true }
        #expect(!confidential.isEmpty)
        #expect(confidential.allSatisfy { $0["focus"] is NSNull })
        let hidden = confidential.flatMap { $0["commitments"] as? [[String: Any]] ?? [] }
        #expect(hidden.allSatisfy { $0["text"] is NSNull && $0["redacted"] as? Bool == true })
    }

    @Test func pairGapsNextDueAndRoles() throws {
        let journal = try TemporaryJournal(config: "cadence: 14d\npairs:\n  - partners: [cy, dev]\n    since: 2026-11-01\n", files: [
            "sessions/a.md": TemporaryJournal.session(date: "2026-10-01", coach: "ana", coachee: "ben"),
            "sessions/b.md": TemporaryJournal.session(date: "2026-10-15", coach: "ana", coachee: "ben"),
            "sessions/c.md": TemporaryJournal.session(date: "2026-10-29", coach: "ben", coachee: "ana", extra: "status: cancelled\n"),
            "sessions/d.md": TemporaryJournal.session(date: "2026-11-05", coach: "ben", coachee: "ana", extra: "observer: eve\n"),
        ])
        let json = try CLI.json(try CLI.run(["index", "-C", journal.path, "--today", "2026-11-25"]).stdout)
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.count == 2)
        let anaBen = pairs[0]
        #expect(anaBen["partners"] as? [String] == ["ana", "ben"])
        #expect(anaBen["held"] as? Int == 3)
        #expect(anaBen["gaps"] as? [Int] == [14, 21])
        #expect(anaBen["first"] as? String == "2026-10-01")
        #expect(anaBen["last"] as? String == "2026-11-05")
        #expect(anaBen["next_due"] as? String == "2026-11-19")
        #expect(anaBen["coached"] as? [String: Int] == ["ana": 2, "ben": 1])
        let never = pairs[1]
        #expect(never["held"] as? Int == 0)
        #expect(never["first"] is NSNull)
        #expect(never["gaps"] as? [Int] == [])
        #expect(never["next_due"] as? String == "2026-11-15")
    }

    @Test func todayComesFromTheEnvironmentToo() throws {
        let journal = try TemporaryJournal()
        let result = try CLI.run(["index", "-C", journal.path], environment: ["TANDEM_TODAY": "2026-01-02"])
        #expect(try CLI.json(result.stdout)["today"] as? String == "2026-01-02")
        let bad = try CLI.run(["index", "-C", journal.path, "--today", "2026-02-30"])
        #expect(bad.status == 2)
    }
}
