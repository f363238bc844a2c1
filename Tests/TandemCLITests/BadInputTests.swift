import Foundation
import Testing

/// SPEC §4 "Bad input": each broken file gives a finding naming it, and the good
/// sessions beside it are still read.
@Suite struct BadInputTests {
    static let good = TemporaryJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Call Sam due:2026-11-10\n")

    func check(_ journal: TemporaryJournal) throws -> (CLIResult, [[String: Any]]) {
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let json = try CLI.json(result.stdout)
        let findings = try #require(json["findings"] as? [[String: Any]])
        return (result, findings)
    }

    func rules(in findings: [[String: Any]], file: String) -> [String] {
        findings.filter { $0["file"] as? String == file }.compactMap { $0["rule"] as? String }
    }

    @Test func catalogueOfBrokenFilesBesideAGoodOne() throws {
        let journal = try TemporaryJournal(files: ["sessions/2026-11-03-ana-ben.md": Self.good])
        try journal.write("sessions/latin1.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0x4A, 0xE3, 0x0A]))
        try journal.write("sessions/utf16.md", Data([0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00]))
        try journal.write("sessions/binary.md", Data([0x00, 0x01, 0x02, 0xFF]))
        try journal.write("sessions/empty.md", "")
        try journal.write("sessions/blank.md", "  \n\t\n")
        try journal.write("sessions/unterminated.md", "---\ndate: 2026-11-03\ncoach: ana\n")
        try journal.write("sessions/list.md", "---\n- a\n- b\n---\n")
        try journal.write("sessions/tabs.md", "---\ndate: 2026-11-03\n\tcoach: ana\n---\n")
        try journal.write("sessions/bad-date.md", "---\ndate: 2026-02-30\ncoach: ana\ncoachee: ben\n---\n")
        try journal.write("sessions/crlf.md", "---\r\ndate: 2026-11-04\r\ncoach: ben\r\ncoachee: ana\r\n---\r\n- [ ] x due:2026-11-10\r\n")
        let huge = "---\ndate: 2026-11-05\ncoach: ana\ncoachee: ben\n---\n" + String(repeating: "word ", count: 2_000) + "\n"
        try journal.write("sessions/long-line.md", huge)
        let bigFrontMatter = "---\n" + String(repeating: "k: v\n", count: 60_000) + "---\n"
        try journal.write("sessions/big-front-matter.md", bigFrontMatter)
        try FileManager.default.createDirectory(at: journal.url.appendingPathComponent("sessions/folder.md"),
                                                withIntermediateDirectories: true)
        #expect(mkfifo(journal.url.appendingPathComponent("sessions/fifo.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: journal.url.appendingPathComponent("sessions/loop").path,
                                                   withDestinationPath: journal.url.appendingPathComponent("sessions").path)
        try FileManager.default.createSymbolicLink(atPath: journal.url.appendingPathComponent("sessions/outside.md").path,
                                                   withDestinationPath: "/etc/hostname")

        let (result, findings) = try check(journal)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(rules(in: findings, file: "sessions/2026-11-03-ana-ben.md") == ["commitment-overdue"])
        #expect(rules(in: findings, file: "sessions/latin1.md") == ["encoding-invalid"])
        #expect(rules(in: findings, file: "sessions/utf16.md") == ["encoding-invalid"])
        #expect(rules(in: findings, file: "sessions/binary.md") == ["encoding-invalid"])
        #expect(rules(in: findings, file: "sessions/empty.md") == ["front-matter-missing"])
        #expect(rules(in: findings, file: "sessions/blank.md") == ["front-matter-missing"])
        #expect(rules(in: findings, file: "sessions/unterminated.md") == ["front-matter-invalid"])
        #expect(rules(in: findings, file: "sessions/list.md") == ["front-matter-invalid"])
        #expect(rules(in: findings, file: "sessions/tabs.md") == ["front-matter-invalid"])
        #expect(rules(in: findings, file: "sessions/bad-date.md").contains("field-invalid"))
        #expect(rules(in: findings, file: "sessions/crlf.md").contains("commitment-overdue"))
        #expect(rules(in: findings, file: "sessions/big-front-matter.md") == ["front-matter-invalid"])
        #expect(rules(in: findings, file: "sessions/fifo.md") == ["file-unreadable"])
        #expect(rules(in: findings, file: "sessions/loop") == ["file-unreadable"])
        #expect(rules(in: findings, file: "sessions/outside.md") == ["file-unreadable"])
        #expect(findings.allSatisfy { ($0["file"] as? String)?.hasPrefix("/") == false })
    }

    @Test(.enabled(if: geteuid() != 0 || CLI.canRunAsNobody, "needs a user without root's permissions"))
    func permissionDenied() throws {
        let journal = try TemporaryJournal(files: ["sessions/secret.md": Self.good, "sessions/open.md": Self.good])
        chmod(journal.url.appendingPathComponent("sessions/secret.md").path, 0)
        var arguments = ["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"]
        let result: CLIResult
        if geteuid() == 0 {
            // Root reads everything: run as an unprivileged user, as a real user would be.
            chmod(journal.path, 0o755)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + arguments
            result = try CLI.runProgram("/usr/bin/setpriv", arguments)
        } else {
            result = try CLI.run(arguments)
        }
        let findings = try #require(try CLI.json(result.stdout)["findings"] as? [[String: Any]])
        #expect(rules(in: findings, file: "sessions/secret.md") == ["file-unreadable"])
        #expect(findings.contains { $0["file"] as? String == "sessions/secret.md" && ($0["message"] as? String ?? "").contains("ermission denied") })
        #expect(rules(in: findings, file: "sessions/open.md").contains("commitment-overdue"))
    }

    @Test func hugeFilesAreReadOrRefusedBySize() throws {
        let journal = try TemporaryJournal(files: ["sessions/2026-11-03-ana-ben.md": Self.good])
        // A 20 MB body is a session like any other.
        let body = String(repeating: "Notes from a long discussion, typed during the call.\n", count: 400_000)
        try journal.write("sessions/big.md", TemporaryJournal.session(date: "2026-11-04", body: body + "- [ ] Last item due:2026-11-10\n"))
        // Over the 64 MiB limit: refused from its size alone (a sparse file, nothing is read).
        let huge = journal.url.appendingPathComponent("sessions/huge.md").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("---\n".utf8)))
        #expect(truncate(huge, 65 * 1024 * 1024) == 0)
        let (_, findings) = try check(journal)
        #expect(rules(in: findings, file: "sessions/big.md").contains("commitment-overdue"))
        #expect(rules(in: findings, file: "sessions/huge.md") == ["file-unreadable"])
        #expect(rules(in: findings, file: "sessions/2026-11-03-ana-ben.md") == ["commitment-overdue"])
    }

    @Test func confidentialTextNeverLeaksWithoutReveal() throws {
        let journal = try TemporaryJournal(files: [
            "sessions/2026-11-03-ana-ben.md": TemporaryJournal.session(
                date: "2026-11-03", extra: "confidential: true\nfocus: SECRET-FOCUS\n",
                body: "## Goals\n- SECRET-GOAL\n## Commitments\n- [ ] SECRET-TASK due:2026-11-10\n"),
        ])
        for args in [["check", "--format", "json"], ["check"], ["index"]] {
            let result = try CLI.run(args + ["-C", journal.path, "--today", "2026-11-25"])
            #expect(!result.stdout.contains("SECRET"), "\(args)")
        }
        let revealed = try CLI.run(["index", "-C", journal.path, "--today", "2026-11-25", "--reveal"])
        #expect(revealed.stdout.contains("SECRET-TASK"))
        #expect(revealed.stdout.contains("SECRET-FOCUS"))
    }
}
