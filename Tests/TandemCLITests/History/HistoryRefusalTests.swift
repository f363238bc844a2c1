import Foundation
import Testing

/// Where history cannot be told truthfully, tandem refuses with exit 2 and says what to do;
/// odd histories are read without a crash, a hang or a write.
@Suite struct HistoryRefusalTests {
    static let file = "sessions/2026/2026-09-01-ana-ben.md"

    static func small() throws -> GitJournal {
        let journal = try GitJournal()
        try journal.write(file, GitJournal.session(date: "2026-09-01", commitments: ["[ ] Draft the script due:2026-09-15"]))
        try journal.commit("2026-09-01T10:00:00+02:00")
        try journal.edit(file, "due:2026-09-15", "due:2026-09-22")
        try journal.commit("2026-09-10T10:00:00+02:00")
        return journal
    }

    @Test func shallowClonesAreRefused() throws {
        let journal = try Self.small()
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        try GitJournal.run(["clone", "-q", "--depth", "1", "file://" + journal.repository.path, clone.path],
                           in: FileManager.default.temporaryDirectory)
        for command in [["history"], ["check", "--history"], ["stats", "--history"]] {
            let result = try CLI.run(command + ["-C", clone.path, "--today", "2026-11-25"])
            #expect(result.status == 2, "\(command) refuses")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("shallow clone"))
            #expect(result.stderr.contains("git fetch --unshallow"))
            #expect(result.stderr.contains("fetch-depth: 0") && result.stderr.contains("GIT_DEPTH: 0"))
        }
    }

    @Test func outsideAWorkTreeIsRefused() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-09-01")])
        let result = try CLI.run(["history", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not in a git work tree"))
    }

    @Test func gitMissingFromPathIsAClearError() throws {
        let journal = try Self.small()
        let result = try journal.tandem(["history"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("git is not on PATH"))
        // Without --history nothing needs git.
        let check = try journal.tandem(["check", "--fail-on", "never"], environment: ["PATH": "/nonexistent"])
        #expect(check.status == 0)
        let stats = try journal.tandem(["stats"], environment: ["PATH": "/nonexistent"])
        #expect(stats.status == 0)
    }

    @Test func aRepositoryWithoutCommitsHasNoHistoryYet() throws {
        let journal = try GitJournal()
        try journal.write(Self.file, GitJournal.session(date: "2026-09-01", commitments: ["[ ] Draft the script"]))
        let (status, items) = try journal.historyJSON()
        #expect(status == 0)
        #expect(items.count == 1 && items.first?["created"] is NSNull)
    }

    @Test func cacheFollowsNewCommitsAndRewrittenHistory() throws {
        let journal = try Self.small()
        #expect(try journal.historyJSON().items.first?["redated"] as? Int == 1)
        try journal.edit(Self.file, "due:2026-09-22", "due:2026-09-29")
        try journal.commit("2026-09-20T10:00:00+02:00")
        #expect(try journal.historyJSON().items.first?["redated"] as? Int == 2, "read incrementally")
        // A rewrite drops the cached commit: the history is read again.
        try journal.git("reset", "-q", "--hard", "HEAD~2")
        try journal.edit(Self.file, "- [ ] Draft", "- [x] Draft")
        try journal.commit("2026-09-05T10:00:00+02:00")
        let items = try journal.historyJSON().items
        #expect(items.first?["redated"] as? Int == 0)
        #expect(items.first?["closed"] as? String == "2026-09-05")
        // A damaged cache is ignored and rebuilt.
        try Data("garbage\n".utf8).write(to: journal.repository.appendingPathComponent(".git/tandem/history-cache"))
        #expect(try journal.historyJSON().items.first?["closed"] as? String == "2026-09-05")
    }

    @Test func oddHistoriesAreReadWithoutACrash() throws {
        let journal = try GitJournal(folder: "coaching/journal")
        let crlf = GitJournal.session(date: "2026-09-01", commitments: ["[ ] Draft the script due:2026-09-15", "[ ] Call Dana"])
        try journal.write(Self.file, crlf)
        try journal.commit("2026-09-01T10:00:00+02:00", "first\nwith a second line \u{1}\u{7}", author: "Ana \u{1}\u{1B}[31m Lima")
        // The whole file rewritten with CRLF endings: no event.
        try journal.write(Self.file, crlf.replacingOccurrences(of: "\n", with: "\r\n"))
        try journal.commit("2026-09-02T10:00:00+02:00")
        // Binary junk committed as a session, then a real session again.
        try journal.write("sessions/2026/junk.md", Data([0, 1, 2, 255, 254, 0, 10, 45, 91, 93]))
        try journal.write("sessions/2026/\u{FFFD}name.md", "not a session")
        try journal.commit("2026-09-03T10:00:00+02:00")
        // Deleted, then added again: the history continues.
        try FileManager.default.removeItem(at: journal.url(Self.file))
        try journal.commit("2026-09-04T10:00:00+02:00")
        try journal.write(Self.file, crlf.replacingOccurrences(of: "[ ] Call Dana", with: "[x] Call Dana"))
        try journal.commit("2026-09-05T10:00:00+02:00")
        let (status, items) = try journal.historyJSON()
        #expect(status == 0)
        let script = try #require(items.first { ($0["text"] as? String) == "Draft the script" })
        #expect(script["created"] as? String == "2026-09-01")
        #expect(script["redated"] as? Int == 0)
        let call = try #require(items.first { ($0["text"] as? String) == "Call Dana" })
        #expect(call["created"] as? String == "2026-09-01")
        #expect(call["closed"] as? String == "2026-09-05")
        let text = try journal.tandem(["history"])
        #expect(text.status == 0 && !text.stdout.contains("\u{1B}"))
    }

    @Test func nonUTF8PathsInHistoryAreTolerated() throws {
        let journal = try Self.small()
        let name = Data("sessions/2026/".utf8) + Data([0xFF, 0xFE]) + Data(".md".utf8)
        let path = journal.root + "/" + String(decoding: name, as: UTF8.self)
        _ = path
        // Create the file through the raw bytes of its name.
        let raw = (journal.root + "/").utf8CString.dropLast() + name.map { CChar(bitPattern: $0) } + [0]
        let fd = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        _ = write(fd, "junk\n", 5)
        close(fd)
        try journal.commit("2026-09-12T10:00:00+02:00")
        let (status, items) = try journal.historyJSON()
        #expect(status == 0)
        #expect(items.first { ($0["text"] as? String) == "Draft the script" }?["redated"] as? Int == 1)
    }
}
