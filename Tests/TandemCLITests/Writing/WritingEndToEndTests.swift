import Foundation
import Testing

@Suite struct WritingEndToEndTests {
    @Test func initNewDoneCheckRunClean() throws {
        let folder = try TemporaryFolder()
        let env = ["TANDEM_TODAY": "2026-11-03"]
        #expect(try CLI.run(["init", "--team", "Sales East"], in: folder.url, environment: env).status == 0)
        let new = try CLI.run(["new", "--pair", "ana,ben", "--focus", "Handling objections"], in: folder.url, environment: env)
        #expect(new.status == 0)
        let path = new.stdout.trimmingCharacters(in: .newlines)
        #expect(path == "sessions/2026/2026-11-03-ana-ben.md")
        var text = try folder.text(path)
        text = text.replacingOccurrences(of: "- [ ]  due:next", with: "- [ ] Draft an objection-handling script due:next")
        try Data(text.utf8).write(to: folder.url.appendingPathComponent(path))

        let list = try CLI.json(try CLI.run(["list", "--open", "--format", "json"], in: folder.url, environment: env).stdout)
        let commitments = try #require(list["commitments"] as? [[String: Any]])
        #expect(commitments.count == 1)
        #expect(commitments.first?["due"] as? String == "2026-11-17")
        let id = try #require(commitments.first?["id"] as? String)

        let done = try CLI.run(["done", id], in: folder.url, environment: env)
        #expect(done.status == 0)
        #expect(done.stdout.hasPrefix("done \(id) \(path):"))
        #expect(try folder.text(path).contains("- [x] Draft an objection-handling script due:next done:2026-11-03\n"))

        let check = try CLI.run(["check", "--fail-on", "warning"], in: folder.url, environment: env)
        #expect(check.status == 0, "\(check.stdout)")
    }
}
