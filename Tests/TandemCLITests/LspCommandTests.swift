import Foundation
import Testing

/// `tandem lsp` as a separate process, driven over its standard input and output.
@Suite struct LspCommandTests {
    static let path = "sessions/2026/2026-11-03-ana-ben.md"
    static let text = TemporaryJournal.session(
        date: "2026-11-03", extra: "duration: 200\n",
        body: "## Commitments\n- [ ] Draft the script due:2026-11-17\n- [ ] @zed call back\n- [?] Odd 📅 2026-11-01\n")

    static func frame(_ message: [String: Any]) -> String {
        let body = String(decoding: try! JSONSerialization.data(withJSONObject: message), as: UTF8.self)
        return "Content-Length: \(body.utf8.count)\r\n\r\n" + body
    }

    static func messages(_ output: String) -> [[String: Any]] {
        var rest = Substring(output)
        var found: [[String: Any]] = []
        while let header = rest.range(of: "\r\n\r\n") {
            let length = Int(rest[..<header.lowerBound].split(separator: ":").last!.trimmingCharacters(in: .whitespaces))!
            let body = Data(rest[header.upperBound...].utf8.prefix(length))
            found.append((try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:])
            rest = Substring(String(decoding: rest[header.upperBound...].utf8.dropFirst(length), as: UTF8.self))
        }
        return found
    }

    /// `line:rule:severity:message` of what `tandem check` reports for the file.
    static func checkLines(_ journal: TemporaryJournal, _ path: String) throws -> [String] {
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json", path])
        let findings = try #require(try CLI.json(result.stdout)["findings"] as? [[String: Any]])
        let levels = ["error": 1, "warning": 2, "info": 3]
        return findings.map { "\($0["line"] as! Int):\($0["rule"] as! String):\(levels[$0["severity"] as! String]!):\($0["message"] as! String)" }
            .sorted()
    }

    @Test func diagnosticsMatchCheckAndShutdownExitsZero() throws {
        let journal = try TemporaryJournal(files: [Self.path: Self.text])
        let uri = journal.url.appendingPathComponent(Self.path).absoluteString
        let input = [
            Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["processId": NSNull(), "capabilities": [String: Any]()]]),
            Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [String: Any]()]),
            Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                        "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": Self.text]]]),
            Self.frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]),
            Self.frame(["jsonrpc": "2.0", "method": "exit"]),
        ].joined()
        // $TANDEM_TODAY is honoured as by every command (the overdue finding depends on it).
        let result = try CLI.run(["lsp"], environment: ["TANDEM_TODAY": "2026-11-25"], stdin: input)
        #expect(result.status == 0)
        let messages = Self.messages(result.stdout)
        let publish = try #require(messages.first { $0["method"] as? String == "textDocument/publishDiagnostics" })
        let diagnostics = try #require((publish["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let lines = diagnostics.map { d -> String in
            let line = (((d["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int ?? -1) + 1
            return "\(line):\(d["code"] as! String):\(d["severity"] as! Int):\(d["message"] as! String)"
        }.sorted()
        #expect(lines == (try Self.checkLines(journal, Self.path)))
        #expect(messages.contains { $0["id"] as? Int == 2 && $0.keys.contains("result") })
        #expect(try journal.text(Self.path) == Self.text)
    }

    @Test func badInputIsAnsweredAndTheEndOfInputEndsTheServer() throws {
        let input = "garbage that is no header\r\n\r\n"
            + "Content-Length: 5\r\n\r\n{oops"
            + Self.frame(["jsonrpc": "2.0", "id": 7, "method": "no/such/method"])
            + Self.frame(["jsonrpc": "2.0", "id": 8, "method": "initialize", "params": ["capabilities": [String: Any]()]])
        let result = try CLI.run(["lsp"], stdin: input)
        #expect(result.status == 1)  // the client left without shutdown
        let messages = Self.messages(result.stdout)
        let errors = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors.contains(-32700))
        #expect(errors.contains(-32002))  // a request before initialize
        #expect(messages.contains { $0["id"] as? Int == 8 && $0["result"] != nil })
    }

    static var neovim: String? {
        ["/usr/bin/nvim", "/usr/local/bin/nvim", "/opt/homebrew/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: LspCommandTests.neovim != nil, "Neovim (nvim) is not installed: the editor end-to-end test is skipped"))
    func neovimShowsWhatCheckReportsAndMarksDone() throws {
        let journal = try TemporaryJournal(files: [Self.path: Self.text])
        let file = journal.url.appendingPathComponent(Self.path).path
        let out = journal.url.appendingPathComponent("nvim-report.txt").path
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/editors/neovim_diagnostics.lua").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LspCommandTests.neovim!)
        process.arguments = ["--headless", "--clean", "-n", "-c", "luafile " + script]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "TANDEM_BIN": CLI.binary.path, "TANDEM_FILE": file, "TANDEM_OUT": out, "TANDEM_TODAY": "2026-11-25",
        ]) { _, new in new }
        process.currentDirectoryURL = journal.url
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let report = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        let diagnostics = report.filter { $0.hasPrefix("diagnostic ") }.map { String($0.dropFirst("diagnostic ".count)) }
        #expect(diagnostics.sorted() == (try Self.checkLines(journal, Self.path)))
        #expect(report.contains("action Mark done"))
        #expect(report.contains("line - [x] Draft the script due:2026-11-17 done:2026-11-25"))
        #expect(report.contains("overdue cleared"))
        #expect(try journal.text(Self.path) == Self.text)  // edits stay in the buffer
    }
}
