import Foundation
import Testing

@Suite struct EditCommitmentTests {
    static let body = "## Commitments\n- [ ] Draft the script due:2026-11-17\n- [ ] @ana share the recording 📅 2026-11-07\n"
    static let file = "sessions/2026/2026-11-03-ana-ben.md"

    func commitments(_ journal: TemporaryJournal, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"] + extra)
        return try #require(try CLI.json(result.stdout)["commitments"] as? [[String: Any]])
    }

    @Test func doneByIdThenReopenRestoresTheBytes() throws {
        let original = "\u{FEFF}---\r\ndate: 2026-11-03\r\ncoach: ana\r\ncoachee: ben\r\n---\r\n" + Self.body.replacingOccurrences(of: "\n", with: "\r\n").dropLast(1)  // "\r\n" is one Character
        let journal = try TemporaryJournal(files: [Self.file: String(original)])
        let before = try journal.read(Self.file)
        let id = try #require(try commitments(journal).first { $0["line"] as? Int == 8 }?["id"] as? String)

        let done = try CLI.run(["done", id, "-C", journal.path, "--on", "2026-11-20"])
        #expect(done.status == 0)
        #expect(done.stdout == "done \(id) \(Self.file):8 share the recording\n")
        let edited = try journal.text(Self.file)
        #expect(edited.hasSuffix("- [x] @ana share the recording 📅 2026-11-07 ✅ 2026-11-20"), "\(edited.debugDescription)")
        #expect(try commitments(journal, ["--done"]).map { $0["id"] as? String } == [id])

        let reopened = try CLI.run(["reopen", String(id.prefix(5)), "-C", journal.path])
        #expect(reopened.status == 0)
        #expect(try journal.read(Self.file) == before)
    }

    @Test func cancelByFileAndLine() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.body)])
        let result = try CLI.run(["cancel", "\(Self.file):7", "--on", "2026-11-21"], in: journal.url)
        #expect(result.status == 0)
        #expect(try journal.text(Self.file).contains("- [-] Draft the script due:2026-11-17 cancelled:2026-11-21\n"))
        let inside = journal.url.appendingPathComponent("sessions/2026")
        let again = try CLI.run(["reopen", "2026-11-03-ana-ben.md:7"], in: inside)
        #expect(again.status == 0)
        #expect(try journal.text(Self.file) == TemporaryJournal.session(date: "2026-11-03", body: Self.body))
    }

    @Test func unknownAndAmbiguousIdsExitTwo() throws {
        var body = "## Commitments\n"
        for n in 0..<60 { body += "- [ ] Task \(n) due:2026-11-17\n" }
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let before = try journal.read(Self.file)
        let ids = try commitments(journal).compactMap { $0["id"] as? String }
        let shared = try #require(Dictionary(grouping: ids, by: { String($0.prefix(1)) }).first { $0.value.count > 1 })
        let ambiguous = try CLI.run(["done", shared.key, "-C", journal.path])
        #expect(ambiguous.status == 2)
        for id in shared.value { #expect(ambiguous.stderr.contains(id)) }
        let unknown = try CLI.run(["done", "zzzzzzzz", "-C", journal.path])
        #expect(unknown.status == 2)
        let badLine = try CLI.run(["done", "\(Self.file):1", "-C", journal.path])
        #expect(badLine.status == 2)
        #expect(try journal.read(Self.file) == before)
    }

    @Test func confidentialTextIsNotPrinted() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(
            date: "2026-11-03", extra: "confidential: true\n", body: "## Commitments\n- [ ] Secret plan due:2026-11-17\n")])
        let result = try CLI.run(["done", "\(Self.file):8", "-C", journal.path, "--today", "2026-11-20"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Secret"))
        #expect(try journal.text(Self.file).contains("- [x] Secret plan due:2026-11-17 done:2026-11-20"))
    }

    @Test(.enabled(if: geteuid() != 0 || CLI.canRunAsNobody, "needs a user without root's permissions"))
    func aReadOnlyFolderIsAClearErrorWithNoStrayFiles() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.body)])
        let before = try journal.read(Self.file)
        let folder = journal.path + "/sessions/2026"
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        var arguments = ["done", "\(Self.file):7", "-C", journal.path, "--today", "2026-11-20"]
        if geteuid() == 0 {
            // Root may write anywhere: run as an unprivileged user, who can read but not write.
            chmod(journal.path, 0o755)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + arguments
        }
        let result = geteuid() == 0 ? try CLI.runProgram("/usr/bin/setpriv", arguments) : try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("sessions/2026/2026-11-03-ana-ben.md"))
        #expect(result.stderr.contains("ermission denied"))
        #expect(try journal.read(Self.file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["2026-11-03-ana-ben.md"])
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["TANDEM_TEST_SANITIZER"] != nil,
                    "sanitizer runtimes cannot run under a file-size limit"),
          arguments: ["done", "cancel"])
    func aFailedWriteLeavesTheFileAndNoTemporaryFile(command: String) throws {
        // Fault injection without hooks: a file-size limit (64 blocks) below the size of
        // the file makes writing its temporary copy fail (EFBIG) part-way through.
        let notes = String(repeating: "Notes from the discussion, kept verbatim.\n", count: 5_000)  // ~210 KB
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.body + notes)])
        let before = try journal.read(Self.file)
        let script = "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\""
        let result = try CLI.runProgram("/bin/sh", ["-c", script, CLI.binary.path, command, "\(Self.file):7",
                                                    "-C", journal.path, "--today", "2026-11-20"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write"))
        #expect(try journal.read(Self.file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path + "/sessions/2026") == ["2026-11-03-ana-ben.md"])
    }
}
