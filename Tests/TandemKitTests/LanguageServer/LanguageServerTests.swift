import Foundation
import Testing
@testable import TandemKit

@Suite struct LanguageServerProtocolTests {
    @Test func initializeAnnouncesTheCapabilities() throws {
        let client = ScriptedClient(initialize: false)
        let response = client.request("initialize", ["processId": nil, "capabilities": [String: Any]()])
        let result = try #require(response["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        let sync = try #require(capabilities["textDocumentSync"] as? [String: Any])
        #expect(sync["change"] as? Int == 1)
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = ScriptedClient(initialize: false)
        let response = client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"],
                                                             "position": ["line": 0, "character": 0]])
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32002)
    }

    @Test func unknownRequestsAreMethodNotFoundAndUnknownNotificationsIgnored() {
        let client = ScriptedClient()
        _ = client.takeMessages()
        client.notify("$/somethingNew", ["x": 1])
        #expect(client.takeMessages().isEmpty)
        let response = client.request("workspace/somethingNew", [String: Any]())
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32601)
    }

    @Test func malformedJSONIsAParseErrorAndTheServerKeepsServing() {
        let client = ScriptedClient()
        _ = client.takeMessages()
        client.sendRaw(Array(MessageFramer.frame(Data("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\":".utf8))))
        client.sendRaw(Array(MessageFramer.frame(Data("[1, 2]".utf8))))
        client.sendRaw(Array("Content-Type: text/plain\r\n\r\n".utf8))  // no Content-Length at all
        let errors = client.takeMessages().compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors == [-32700, -32600])
        let response = client.request("shutdown", nil)
        #expect(response.keys.contains("result"))
        #expect(response["result"] is NSNull)
    }

    @Test func invalidParamsOfARequestAreReported() {
        let client = ScriptedClient()
        let response = client.request("textDocument/hover", ["textDocument": 5])
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32602)
    }

    @Test func shutdownThenExitEndsWithZeroAndExitAloneWithOne() {
        let client = ScriptedClient()
        _ = client.request("shutdown", nil)
        let afterShutdown = client.request("textDocument/hover", [String: Any]())
        #expect((afterShutdown["error"] as? [String: Any])?["code"] as? Int == -32600)
        #expect(client.send(["jsonrpc": "2.0", "method": "exit"]) == 0)

        let abrupt = ScriptedClient()
        #expect(abrupt.send(["jsonrpc": "2.0", "method": "exit"]) == 1)
        // A client that goes away without a word: the server returns instead of waiting.
        let gone = ScriptedClient()
        var chunks: [[UInt8]] = [Array(ScriptedClient.frame(["jsonrpc": "2.0", "method": "initialized"]).prefix(10))]
        #expect(gone.server.run { chunks.popLast() } == 1)
    }

    @Test func theServerAsksToWatchFilesWhenTheClientCan() {
        let client = ScriptedClient(initialize: false)
        _ = client.request("initialize", ["capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]])
        client.notify("initialized", [String: Any]())
        let registration = client.takeMessages().first { $0["method"] as? String == "client/registerCapability" }
        #expect(registration != nil)
        // The client's answer to that request is accepted silently.
        client.send(["jsonrpc": "2.0", "id": (registration?["id"] as? String) ?? "x", "result": NSNull()])
        #expect(client.takeMessages().isEmpty)
    }
}

@Suite struct LanguageServerDiagnosticsTests {
    static let path = "sessions/2026/2026-11-03-ana-ben.md"

    @Test func openPublishesWhatCheckReportsForTheFile() throws {
        let text = LSPJournal.session(date: "2026-11-03", extra: "duration: 200\n",
                                      body: "## Commitments\n- [ ] Draft due:2026-11-17\n- [ ] @zed call\n- [?] Odd 📅 2026-11-01\n")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        client.open(journal.uri(Self.path), text)
        let diagnostics = try #require(client.diagnostics(for: journal.uri(Self.path)))
        let expected = try journal.checkFindings(Self.path, today: ScriptedClient.today)
        #expect(!expected.isEmpty)
        #expect(diagnostics.summary == expected.summary)
        for diagnostic in diagnostics {
            #expect(diagnostic["source"] as? String == "tandem")
            #expect([1, 2, 3].contains(diagnostic["severity"] as? Int ?? 0))
        }
        let severities = Dictionary(zip(diagnostics.compactMap { $0["code"] as? String },
                                        diagnostics.compactMap { $0["severity"] as? Int }), uniquingKeysWith: { a, _ in a })
        #expect(severities["commitment-overdue"] == 2)
        #expect(severities["session-duration"] == 3)
        #expect(severities["commitment-due-before-session"] == 1)
    }

    @Test func rangesCountUTF16CodeUnits() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n> 📅 x\n> - [ ] Draft 📅 2026-11-17\n")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        client.open(journal.uri(Self.path), text)
        let diagnostic = try #require(client.diagnostics(for: journal.uri(Self.path))?.first)
        let range = try #require(diagnostic["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 7, "character": 2])
        #expect(range["end"] == ["line": 7, "character": 27])  // 26 scalars, the emoji counting twice
    }

    @Test func changesAreCheckedFromTheBufferAndDebounced() throws {
        let text = LSPJournal.session(date: "2026-11-03")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        #expect(client.diagnostics(for: uri)?.isEmpty == true)
        for version in 2...101 {
            client.change(uri, text + "- [ ] Call back \(version)\n", version: version)
        }
        #expect(client.publications().isEmpty)  // still within the pause
        client.server.flush()
        let published = client.publications()
        #expect(published.count == 1)
        #expect(published.first?.version == 101)
        #expect(published.first?.diagnostics.map { $0["code"] as? String } == ["commitment-no-due"])
        #expect(try journal.text(Self.path) == text)  // the disk is never written
    }

    @Test func theDebounceEndsByItself() throws {
        let text = LSPJournal.session(date: "2026-11-03")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient(debounce: .milliseconds(20))
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        _ = client.publications()
        client.change(uri, text + "- [ ] Call back\n", version: 2)
        var published: [(uri: String, version: Int?, diagnostics: [[String: Any]])] = []
        for _ in 0..<500 where published.isEmpty {
            Thread.sleep(forTimeInterval: 0.01)
            published = client.publications()
        }
        #expect(published.first?.version == 2)
    }

    @Test func aPairFindingMovesBetweenOpenFilesAndBothArePublished() throws {
        let older = "sessions/2026/2026-09-01-ana-ben.md", newer = "sessions/2026/2026-10-01-ana-ben.md"
        let olderText = LSPJournal.session(date: "2026-09-01", body: "")
        let newerText = LSPJournal.session(date: "2026-10-01", body: "")
        let journal = try LSPJournal(config: LSPJournal.config, files: [older: olderText, newer: newerText])
        let client = ScriptedClient()
        client.open(journal.uri(older), olderText)
        client.open(journal.uri(newer), newerText)
        var published = client.publications()
        // cadence-overdue sits on the pair's latest held session.
        #expect(published.last { $0.uri == journal.uri(newer) }?.diagnostics.contains { $0["code"] as? String == "cadence-overdue" } == true)
        #expect(published.last { $0.uri == journal.uri(older) }?.diagnostics.contains { $0["code"] as? String == "cadence-overdue" } != true)

        client.change(journal.uri(newer), LSPJournal.session(date: "2026-10-01", extra: "status: cancelled\n", body: ""),
                      version: 2)
        client.server.flush()
        published = client.publications()
        let olderNow = try #require(published.last { $0.uri == journal.uri(older) })
        #expect(olderNow.diagnostics.contains { $0["code"] as? String == "cadence-overdue" })
        let newerNow = try #require(published.last { $0.uri == journal.uri(newer) })
        #expect(!newerNow.diagnostics.contains { $0["code"] as? String == "cadence-overdue" })
    }

    @Test func closingClearsAndFilesOutsideAJournalGetNothing() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "- [ ] Call\n")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        client.open(journal.uri(Self.path), text)
        #expect(client.diagnostics(for: journal.uri(Self.path))?.isEmpty == false)
        client.notify("textDocument/didClose", ["textDocument": ["uri": journal.uri(Self.path)]])
        #expect(client.diagnostics(for: journal.uri(Self.path))?.isEmpty == true)

        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-none-\(UUID().uuidString).md")
        client.open(outside.absoluteString, text)
        client.open("untitled:Untitled-1", text)
        client.open(journal.uri("notes.md"), text)  // in the journal, but not a session file
        #expect(client.publications().isEmpty)
    }

    @Test func savedAndWatchedFilesUpdateTheJournal() throws {
        let newer = "sessions/2026/2026-11-20-ana-ben.md"
        let text = LSPJournal.session(date: "2026-09-01", body: "")
        let journal = try LSPJournal(config: LSPJournal.config, files: [Self.path: text])
        let client = ScriptedClient()
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        #expect(client.diagnostics(for: uri)?.contains { $0["code"] as? String == "cadence-overdue" } == true)
        // Another session of the pair appears on disk (git pull): the overdue cadence is gone.
        try journal.write(newer, LSPJournal.session(date: "2026-11-20", body: ""))
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": journal.uri(newer), "type": 1]]])
        #expect(client.diagnostics(for: uri)?.contains { $0["code"] as? String == "cadence-overdue" } == false)
        // The configuration changes: a rule turned off applies at once.
        try journal.write("tandem.yml", LSPJournal.config + "rules:\n  filename-date-mismatch: off\n")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": journal.uri("tandem.yml"), "type": 2]]])
        client.change(uri, text.replacingOccurrences(of: "2026-09-01", with: "2026-09-02"), version: 2)
        client.notify("textDocument/didSave", ["textDocument": ["uri": uri]])
        #expect(client.diagnostics(for: uri)?.contains { $0["code"] as? String == "filename-date-mismatch" } == false)
    }

    @Test func theConfigurationFileShowsItsOwnFindings() throws {
        let config = LSPJournal.quietConfig + "colour: blue\n"
        let journal = try LSPJournal(config: config)
        let client = ScriptedClient()
        client.open(journal.uri("tandem.yml"), config)
        let diagnostics = try #require(client.diagnostics(for: journal.uri("tandem.yml")))
        #expect(diagnostics.summary == (try journal.checkFindings("tandem.yml", today: ScriptedClient.today)).summary)
        #expect(diagnostics.map { $0["code"] as? String } == ["config-unknown-key"])
    }

    @Test func aBrokenConfigurationIsShownNotCrashed() throws {
        let text = LSPJournal.session(date: "2026-11-03")
        let journal = try LSPJournal(config: "team: [unclosed\n", files: [Self.path: text])
        let client = ScriptedClient()
        client.open(journal.uri(Self.path), text)
        let messages = client.takeMessages()
        #expect(messages.contains { $0["method"] as? String == "window/showMessage" })
        #expect(!messages.contains { $0["method"] as? String == "textDocument/publishDiagnostics" })
    }

    @Test func aHugeBufferAndAThousandChangesAreHandled() throws {
        let text = LSPJournal.session(date: "2026-11-03")
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        _ = client.publications()
        let filler = String(repeating: "Notes about the call, nothing to track here.\n", count: 5 * 1024 * 1024 / 46)
        client.change(uri, text + filler + "- [ ] Last line\n", version: 2)
        for version in 3...1002 { client.change(uri, text + "- [ ] Call \(version)\n", version: version) }
        client.server.flush()
        let published = client.publications()
        #expect(published.count == 1)
        #expect(published.first?.version == 1002)
        #expect(published.first?.diagnostics.count == 1)
    }

    @Test func nothingConfidentialLeavesTheJournalThatTheBufferDoesNotHold() throws {
        let secret = "sessions/2026/2026-10-01-ana-ben.md"
        let secretText = LSPJournal.session(date: "2026-10-01", extra: "confidential: true\nfocus: Divorce and burnout\n",
                                            body: "## Commitments\n- [ ] Tell HR about the divorce\n")
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] @")
        let journal = try LSPJournal(files: [secret: secretText, Self.path: text])
        let client = ScriptedClient()
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        _ = client.request("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": 6, "character": 7]])
        _ = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 6, "character": 3]])
        _ = client.request("textDocument/codeAction", ["textDocument": ["uri": uri],
                                                       "range": ["start": ["line": 0, "character": 0], "end": ["line": 6, "character": 0]],
                                                       "context": ["diagnostics": [Any]()]])
        let everything = String(decoding: try JSONSerialization.data(withJSONObject: client.takeMessages()), as: UTF8.self)
        #expect(!everything.contains("divorce"))
        #expect(!everything.contains("burnout"))
    }
}
