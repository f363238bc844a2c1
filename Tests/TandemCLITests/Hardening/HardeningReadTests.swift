import Foundation
import Testing

/// Hostile journals on the reading side: links out of the root, names and texts that
/// try to forge lines or drive the terminal, far-future dates, unlistable paths.
@Suite struct HardeningReadTests {
    static let file = "sessions/2026/2026-11-03-ana-ben.md"
    static let task = "## Commitments\n- [ ] Draft the script due:2026-11-10\n"

    /// A folder beside the journal, removed with it.
    static func outside(_ journal: TemporaryJournal, _ name: String) throws -> URL {
        let url = journal.url.appendingPathExtension(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: Symbolic links out of the root

    @Test func linkedFoldersLeadingOutsideAreNotRead() throws {
        let journal = try TemporaryJournal()
        let elsewhere = try Self.outside(journal, "elsewhere")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("s/2026"), withIntermediateDirectories: true)
        try Data(TemporaryJournal.session(date: "2026-11-03", body: "- [ ] OUTSIDE-SECRET due:2026-11-10\n").utf8)
            .write(to: elsewhere.appendingPathComponent("s/2026/2026-11-03-ana-ben.md"))
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("---\npartners: [ana, ben]\n---\n".utf8).write(to: elsewhere.appendingPathComponent("a/ana-ben.md"))
        try FileManager.default.createSymbolicLink(atPath: journal.path + "/sessions", withDestinationPath: elsewhere.path + "/s")
        try FileManager.default.createSymbolicLink(atPath: journal.path + "/agreements", withDestinationPath: elsewhere.path + "/a")

        let list = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(list.status == 0)
        #expect(!list.stdout.contains("OUTSIDE-SECRET"))
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let findings = try #require(try CLI.json(check.stdout)["findings"] as? [[String: Any]])
        let unreadable = findings.filter { $0["rule"] as? String == "file-unreadable" }.compactMap { $0["file"] as? String }
        #expect(unreadable.sorted() == ["agreements", "sessions"], "\(check.stdout)")
        #expect(!check.stdout.contains("OUTSIDE-SECRET"))

        // A configured path that is a link out of the root, likewise.
        try journal.write("tandem.yml", "team: T\npaths: { sessions: notes }\n")
        try FileManager.default.createSymbolicLink(atPath: journal.path + "/notes", withDestinationPath: elsewhere.path + "/s")
        let configured = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25"])
        #expect(configured.stdout.contains("notes:1:1: error: symbolic link leads outside the journal"))
        #expect(!configured.stdout.contains("OUTSIDE-SECRET"))
    }

    @Test func aTemplateFolderLinkedOutsideIsNotRead() throws {
        let journal = try TemporaryJournal()
        let elsewhere = try Self.outside(journal, "templates")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try Data("OUTSIDE-TEMPLATE {{date}}\n".utf8).write(to: elsewhere.appendingPathComponent("session.md"))
        try FileManager.default.createSymbolicLink(atPath: journal.path + "/templates", withDestinationPath: elsewhere.path)
        let result = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/session.md"))
        #expect(!FileManager.default.fileExists(atPath: journal.path + "/sessions/2026/2026-11-20-ana-ben.md"))
    }

    // MARK: Line injection and terminal escapes

    @Test func aFileNameCannotForgeALine() throws {
        let name = "sessions/2026/x\n::error file=forged::pwned\u{1B}[2J.md"
        let journal = try TemporaryJournal(files: [name: TemporaryJournal.session(date: "2026-11-03", body: Self.task)])
        let runs: [[String]] = [
            ["check"], ["check", "--format", "github"], ["list"], ["list", "sessions"], ["remind"],
            ["remind", "--format", "github"], ["remind", "--format", "markdown"], ["stats"],
        ]
        for arguments in runs {
            let result = try CLI.run(arguments + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(!result.stdout.isEmpty, "\(arguments)")
            for line in result.stdout.split(separator: "\n") {
                #expect(!line.hasPrefix("::error file=forged"), "\(arguments): \(line)")
            }
            #expect(!result.stdout.contains("\u{1B}"), "\(arguments)")
        }
        let done = try CLI.run(["done", "sessions/2026/x\n::error file=forged::pwned\u{1B}[2J.md:7", "-C", journal.path,
                                "--today", "2026-11-25"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.split(separator: "\n").count == 1 && !done.stdout.contains("\u{1B}"))
    }

    @Test func controlAndBidiCharactersAreShownEscaped() throws {
        let evil = "\u{1B}]0;title\u{07}\u{9B}31m\u{202E}"
        let config = "team: \"Team\(Self.yaml(evil))\"\npeople:\n  ana: { name: \"Ana\(Self.yaml(evil))\\nx\" }\n  ben: { name: Ben }\n"
        let session = TemporaryJournal.session(
            date: "2026-11-03", extra: "focus: \"Focus\(Self.yaml(evil))\\n::error::x\"\npulse: { \"safe\(Self.yaml(evil))\": 4 }\n",
            body: "## Commitments\n- [ ] Draft \(evil) script due:2026-11-10\n- [ ] @ana call due:2026-11-26\n")
        let journal = try TemporaryJournal(config: config, files: [Self.file: session])
        let runs: [[String]] = [
            ["check"], ["check", "--format", "github"], ["list"], ["list", "sessions"], ["list", "goals"], ["list", "pairs"],
            ["remind"], ["remind", "--format", "github"], ["remind", "--format", "markdown"], ["stats"],
        ]
        for arguments in runs {
            let result = try CLI.run(arguments + ["-C", journal.path, "--today", "2026-11-25", "--color", "never"])
            let raw = result.stdout.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
            }
            #expect(raw.isEmpty, "\(arguments): \(result.stdout.debugDescription)")
            for line in result.stdout.split(separator: "\n") { #expect(!line.hasPrefix("::error::x"), "\(arguments)") }
        }
        let table = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25"])
        #expect(table.stdout.contains("\\u{1B}]0;title\\u{7}\\u{9B}31m\\u{202E}"), "\(table.stdout)")
    }

    static func yaml(_ text: String) -> String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : String(format: "\\u%04X", $0.value) }.joined()
    }

    @Test func csvCellsCannotStartAFormula() throws {
        let body = "## Commitments\n- [ ] =HYPERLINK(\"http://x\") due:2026-11-10\n- [ ] +1 call due:2026-11-10\n"
            + "- [ ] @ana -2 thing due:2026-11-10\n"
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", extra: "focus: \"@SUM(A1)\"\n",
                                                                                       body: body)])
        let commitments = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "csv"])
        #expect(commitments.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"), "\(commitments.stdout)")
        #expect(commitments.stdout.contains(",'+1 call\r\n"))
        let sessions = try CLI.run(["list", "sessions", "-C", journal.path, "--today", "2026-11-25", "--format", "csv"])
        #expect(sessions.stdout.hasSuffix(",'@SUM(A1)\r\n"), "\(sessions.stdout)")
    }

    // MARK: Dates beyond 9999

    @Test func datesBeyondTheYear9999AreNeverPrinted() throws {
        let far = TemporaryJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Far away due:+416428w\n")
        let late = TemporaryJournal.session(date: "9999-12-20", extra: "status: planned\n",
                                            body: "## Commitments\n- [ ] Late due:+2w\n")
        let journal = try TemporaryJournal(files: [Self.file: far, "sessions/9999/9999-12-20-ana-ben.md": late])
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--rule", "due-invalid"])
        #expect(check.stdout.components(separatedBy: "[due-invalid]").count == 3, "\(check.stdout)")
        for arguments in [["index"], ["remind", "--format", "ics"], ["list", "--format", "json"], ["list", "pairs"], ["stats"]] {
            let result = try CLI.run(arguments + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(result.stdout.range(of: "[0-9]{5}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil, "\(arguments)")
            #expect(result.stdout.range(of: "DUE;VALUE=DATE:[0-9]{9}", options: .regularExpression) == nil, "\(arguments)")
        }
        try journal.write("tandem.yml", "team: T\ncadence: 999999w\n")
        let config = try CLI.run(["list", "pairs", "-C", journal.path, "--today", "2026-11-25"])
        #expect(config.status == 2)
        #expect(config.stderr.contains("tandem.yml:2:"))
    }

    // MARK: Paths tandem cannot list

    @Test func unlistablePathsAreReportedNotSkipped() throws {
        let journal = try TemporaryJournal()
        // A folder and a file whose names are not UTF-8.
        try FileManager.default.createDirectory(atPath: journal.path + "/sessions/2026", withIntermediateDirectories: true)
        let folder = open(journal.path + "/sessions/2026", O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0)
        #expect(mkdirat(folder, [0x62, 0x61, 0x64, CChar(bitPattern: 0xFF), 0], 0o755) == 0)  // "bad\xFF"
        let named = openat(folder, [0x6E, CChar(bitPattern: 0xFE), 0x2E, 0x6D, 0x64, 0], O_WRONLY | O_CREAT, 0o644)  // "n\xFE.md"
        #expect(named >= 0)
        close(named)
        close(folder)
        // A session below a path longer than PATH_MAX, built folder by folder.
        try FileManager.default.createDirectory(atPath: journal.path + "/sessions/deep", withIntermediateDirectories: true)
        var current = open(journal.path + "/sessions/deep", O_RDONLY | O_DIRECTORY)
        for _ in 0..<45 {
            let name = String(repeating: "d", count: 100)
            #expect(mkdirat(current, name, 0o755) == 0)
            let next = openat(current, name, O_RDONLY | O_DIRECTORY)
            close(current)
            current = next
        }
        let session = openat(current, "2026-11-03-ana-ben.md", O_WRONLY | O_CREAT, 0o644)
        #expect(session >= 0)
        close(session)
        close(current)
        defer { _ = try? CLI.runProgram("/bin/rm", ["-rf", journal.path + "/sessions/deep"]) }

        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json",
                                 "--rule", "file-unreadable"])
        let findings = try #require(try CLI.json(check.stdout)["findings"] as? [[String: Any]])
        let files = findings.compactMap { $0["file"] as? String }
        #expect(files.contains("sessions/2026/bad\u{FFFD}"), "\(files)")
        #expect(files.contains("sessions/2026/n\u{FFFD}.md"), "\(files)")
        #expect(files.contains { $0.hasPrefix("sessions/deep/ddd") }, "\(files)")
        #expect(check.status == 1)
    }
}
