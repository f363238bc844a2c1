import Foundation
import Testing

/// Writes under pressure: concurrent writers, resource limits, hostile templates,
/// failing output streams and report paths (docs/SECURITY.md §3 and §5).
@Suite struct HardeningWriteTests {
    static let file = "sessions/2026/2026-11-03-ana-ben.md"
    static let fourTasks = "## Commitments\n- [ ] one due:2026-11-10\n- [ ] two due:2026-11-10\n"
        + "- [ ] three due:2026-11-10\n- [ ] four due:2026-11-10\n"

    /// Starts every argument list as its own `tandem` process at once and waits for all.
    static func runTogether(_ argumentLists: [[String]]) throws -> [Int32] {
        let processes = argumentLists.map { arguments -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TANDEM_") }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    /// A `/bin/sh` line run with `tandem` as "$0"; SIGXFSZ and SIGPIPE start at their defaults.
    static func shell(_ script: String, _ arguments: [String]) throws -> CLIResult {
        try CLI.runProgram("/usr/bin/env", ["--default-signal=XFSZ,PIPE", "/bin/sh", "-c", script, CLI.binary.path]
                           + arguments)
    }

    @Test func concurrentEditsOfOneFileNeverLoseAnEdit() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks)])
        let lines = [7, 8, 9, 10]
        for round in 1...100 {
            try journal.write(Self.file, TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks))
            let statuses = try Self.runTogether(lines.map {
                ["done", "\(Self.file):\($0)", "-C", journal.path, "--today", "2026-11-20", "-q"]
            })
            let text = try journal.text(Self.file)
            let ticked = text.components(separatedBy: "\n").filter { $0.hasPrefix("- [x] ") }.count
            #expect(statuses == [0, 0, 0, 0] && ticked == 4, "round \(round): \(statuses)\n\(text)")
            if ticked != 4 { break }
        }
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["TANDEM_TEST_SANITIZER"] != nil,
                    "sanitizer runtimes cannot run under a file-size limit"))
    func aFileSizeLimitIsAWriteErrorNotASignal() throws {
        let notes = String(repeating: "Notes from the discussion, kept verbatim.\n", count: 200)
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks + notes)])
        let before = try journal.read(Self.file)
        let done = try Self.shell("ulimit -f 1; exec \"$0\" \"$@\"",
                                  ["done", "\(Self.file):7", "-C", journal.path, "--today", "2026-11-20"])
        #expect(done.status == 2, "exit \(done.status): \(done.stderr)")
        #expect(done.stderr.contains("cannot write"))
        #expect(try journal.read(Self.file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path + "/sessions/2026") == ["2026-11-03-ana-ben.md"])

        let new = try Self.shell("ulimit -f 1; exec \"$0\" \"$@\"",
                                 ["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(new.status == 2, "exit \(new.status): \(new.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path + "/sessions/2026") == ["2026-11-03-ana-ben.md"])
    }

    @Test func aFullStandardOutputIsExitTwo() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks)])
        for command in [["index"], ["check"], ["list"], ["stats", "--format", "json"], ["--help"]] {
            let result = try Self.shell("exec \"$0\" \"$@\" >/dev/full", command + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(result.status == 2, "\(command): exit \(result.status)")
            #expect(result.stderr.contains("cannot write to standard output"), "\(command): \(result.stderr)")
        }
    }

    @Test func aFullStandardErrorIsExitTwoNeverATrap() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks)])
        let result = try Self.shell("exec \"$0\" \"$@\" 2>/dev/full", ["done", "nosuchid", "-C", journal.path])
        #expect(result.status == 2, "exit \(result.status)")
        let usage = try Self.shell("exec \"$0\" \"$@\" 2>/dev/full", ["done"])
        #expect(usage.status == 2, "exit \(usage.status)")
    }

    @Test func aClosedPipeIsExitTwoNotASignal() throws {
        var body = "## Commitments\n"
        for n in 0..<3_000 { body += "- [ ] Task number \(n) due:2026-11-17\n" }
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        // The reader (`true`) leaves without reading: the writes meet a closed pipe.
        let status = try CLI.runProgram("/usr/bin/env", ["--default-signal=PIPE", "/bin/bash", "-c",
            "\"$0\" \"$@\" | true; echo ${PIPESTATUS[0]}", CLI.binary.path, "index", "-C", journal.path])
        #expect(status.stdout == "2\n", "exit \(status.stdout)")
    }

    // MARK: Templates

    @Test func deeplyNestedTemplateIsRefusedNamingIt() throws {
        let journal = try TemporaryJournal()
        let deep = String(repeating: "{{#a}}", count: 5_000) + "x" + String(repeating: "{{/a}}", count: 5_000)
        try journal.write("templates/session.md", deep)
        let result = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/session.md"))
        #expect(result.stderr.contains("nested deeper"))
        // Set-delimiter tags cannot hide the nesting.
        let hidden = "{{=<% %>=}}" + String(repeating: "<%#a%>", count: 100) + String(repeating: "<%/a%>", count: 100)
        try journal.write("templates/session.md", hidden)
        #expect(try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path]).status == 2)
    }

    @Test func listSectionsNestedInThemselvesAreRefused() throws {
        var body = "## Commitments\n"
        for n in 0..<20 { body += "- [ ] Item \(n) due:2026-12-01\n" }
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: body)])
        let nested = String(repeating: "{{#open_commitments}}", count: 8) + "x"
            + String(repeating: "{{/open_commitments}}", count: 8)
        try journal.write("templates/session.md", nested)
        let result = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/session.md"))
        // One level over the same twenty items is an ordinary review list.
        try journal.write("templates/session.md", "---\ndate: {{date}}\ncoach: {{coach}}\ncoachee: {{coachee}}\n---\n"
                          + "{{#open_commitments}}* {{{text}}}\n{{/open_commitments}}")
        let ordinary = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(ordinary.status == 0, "\(ordinary.stderr)")
    }

    @Test func interpolatedTextStaysOneLineOfPlainText() throws {
        let config = "team: T\npeople:\n  ana: { name: \"Ana\\n- [ ] NAMED due:2020-01-01\" }\n  ben: { name: Ben }\n"
        let previous = TemporaryJournal.session(date: "2026-11-03",
                                                extra: "focus: \"calls\\n- [ ] PHANTOM due:2020-01-01\\n---\\nx: y\"\n")
        let journal = try TemporaryJournal(config: config, files: [Self.file: previous])
        try journal.write("templates/session.md", "---\ndate: {{date}}\ncoach: {{coach}}\ncoachee: {{coachee}}\n---\n"
                          + "{{{previous_focus}}}\n{{{coach_name}}}\n{{{coachee_name}}}\n")
        let new = try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-20", "-C", journal.path])
        #expect(new.status == 0, "\(new.stderr)")
        let path = new.stdout.trimmingCharacters(in: .newlines)
        let written = try journal.text(path)
        #expect(written.contains("PHANTOM") && written.contains("NAMED"))
        let listed = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(!listed.stdout.contains("PHANTOM") && !listed.stdout.contains("NAMED"), "\(written)")
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--rule", "front-matter-invalid"])
        #expect(check.status == 0, "\(check.stdout)")
        // The built-in template too.
        try FileManager.default.removeItem(atPath: journal.path + "/templates/session.md")
        #expect(try CLI.run(["new", "--pair", "ana,ben", "--date", "2026-11-21", "-C", journal.path]).status == 0)
        let again = try CLI.run(["list", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(!again.stdout.contains("PHANTOM") && !again.stdout.contains("NAMED"))
    }

    // MARK: Reports and owners

    @Test func statsOutputNeverReplacesJournalNotesNorAFileWithoutForce() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks)])
        try journal.write("agreements/ana-ben.md", "---\npartners: [ana, ben]\n---\n")
        let session = try journal.read(Self.file)
        for target in [Self.file, "agreements/ana-ben.md", "sessions/2026/new-report.md", "tandem.yml"] {
            let result = try CLI.run(["stats", "-C", journal.path, "--output", journal.path + "/" + target, "--force"])
            #expect(result.status == 2, "\(target)")
        }
        #expect(try journal.read(Self.file) == session)
        #expect(!FileManager.default.fileExists(atPath: journal.path + "/sessions/2026/new-report.md"))

        try journal.write("out/report.txt", "old")
        let report = journal.path + "/out/report.txt"
        chmod(report, 0o640)
        let refused = try CLI.run(["stats", "-C", journal.path, "--output", report])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try journal.text("out/report.txt") == "old")
        let forced = try CLI.run(["stats", "-C", journal.path, "--output", report, "--force"])
        #expect(forced.status == 0)
        #expect(try journal.text("out/report.txt") != "old")
        var info = stat()
        #expect(stat(report, &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test(.enabled(if: geteuid() == 0, "only root can edit a file someone else owns"))
    func anEditKeepsTheFileOwnerAndGroup() throws {
        let journal = try TemporaryJournal(files: [Self.file: TemporaryJournal.session(date: "2026-11-03", body: Self.fourTasks)])
        let path = journal.path + "/" + Self.file
        #expect(chown(path, 65534, 65534) == 0)
        let result = try CLI.run(["done", "\(Self.file):7", "-C", journal.path, "--today", "2026-11-20"])
        #expect(result.status == 0)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534)
        #expect(try journal.text(Self.file).contains("- [x] one"))
    }
}
