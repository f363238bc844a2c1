import Foundation
import Synchronization
@testable import TandemKit

/// A journal on disk for language-server tests, removed when released.
final class LSPJournal {
    let root: String

    static let config = "team: Test\npeople:\n  ana: { name: Ana Lima }\n  ben: { name: Ben Okafor }\n"
    /// Without the pair-level rules that a lone test session always triggers.
    static let quietConfig = config + "rules:\n  cadence-overdue: off\n  agreement-missing: off\n"

    init(config: String = LSPJournal.quietConfig,
         files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-lsp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write("tandem.yml", config)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func text(_ relative: String) throws -> String { try String(contentsOfFile: root + "/" + relative, encoding: .utf8) }
    func uri(_ relative: String) -> String { URL(fileURLWithPath: root + "/" + relative).absoluteString }

    /// What `tandem check PATH` finds for one file, as (line, rule, message).
    func checkFindings(_ relative: String, today: LocalDate) throws -> [Finding] {
        let configuration = try JournalLoader.loadConfiguration(root: root)
        return Array(Checker.check(root: root, configuration: configuration, today: today, paths: [relative]).findings)
    }

    static func session(date: String, coach: String = "ana", coachee: String = "ben", extra: String = "",
                        body: String = "## Commitments\n- [ ] Draft the script due:2026-11-30\n") -> String {
        "---\ndate: \(date)\ncoach: \(coach)\ncoachee: \(coachee)\n\(extra)---\n\(body)"
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

/// Bytes the server sent, gathered from whichever thread sends them.
final class OutputBuffer: Sendable {
    private let bytes = Mutex<[UInt8]>([])
    func append(_ data: Data) { bytes.withLock { $0.append(contentsOf: data) } }
    func take() -> [UInt8] {
        bytes.withLock { value in
            defer { value.removeAll() }
            return value
        }
    }
}

/// Drives a `LanguageServer` in process with framed messages, as an editor would.
final class ScriptedClient {
    static let today = LocalDate(iso8601: "2026-11-25")!
    let server: LanguageServer
    private let output = OutputBuffer()
    private var nextID = 1
    private var received: [[String: Any]] = []

    /// The pause is long by default: tests run waiting checks with `server.flush()`, so
    /// a slow machine cannot end a pause between two changes of a burst.
    init(debounce: Duration = .seconds(60), initialize: Bool = true) {
        let output = self.output
        server = LanguageServer(options: LanguageServerOptions(today: ScriptedClient.today, debounce: debounce,
                                                               clock: { _ in ScriptedClient.today }),
                                send: { data in output.append(data) })
        if initialize {
            _ = request("initialize", ["processId": nil, "rootUri": nil, "capabilities": [String: Any]()])
            notify("initialized", [String: Any]())
        }
    }

    /// Sends raw bytes; returns the exit code once the server has exited.
    @discardableResult
    func sendRaw(_ bytes: [UInt8]) -> Int32? { server.receive(bytes) }

    @discardableResult
    func send(_ message: [String: Any]) -> Int32? {
        sendRaw(Array(ScriptedClient.frame(message)))
    }

    static func frame(_ message: [String: Any]) -> Data {
        let body = try! JSONSerialization.data(withJSONObject: message)
        return MessageFramer.frame(body)
    }

    func notify(_ method: String, _ params: Any?) {
        send(["jsonrpc": "2.0", "method": method, "params": params ?? NSNull()])
    }

    /// Sends a request and returns its response.
    func request(_ method: String, _ params: Any?) -> [String: Any] {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": id, "method": method, "params": params ?? NSNull()])
        let messages = takeMessages()
        received = messages.filter { ($0["id"] as? Int) != id }  // kept for the next look
        return messages.first { ($0["id"] as? Int) == id } ?? [:]
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
    }

    func change(_ uri: String, _ text: String, version: Int) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
    }

    /// Every message the server has sent since the last call, oldest first.
    func takeMessages() -> [[String: Any]] {
        let bytes = output.take()
        var framer = MessageFramer()
        framer.append(bytes)
        var parsed: [[String: Any]] = []
        while case .message(let body)? = framer.next() {
            if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] { parsed.append(object) }
        }
        defer { received.removeAll() }
        return received + parsed
    }

    /// The diagnostics published since the last look, by URI, in order.
    func publications() -> [(uri: String, version: Int?, diagnostics: [[String: Any]])] {
        takeMessages().compactMap { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics",
                  let params = message["params"] as? [String: Any], let uri = params["uri"] as? String else { return nil }
            return (uri, params["version"] as? Int, params["diagnostics"] as? [[String: Any]] ?? [])
        }
    }

    /// The last diagnostics published for `uri` since the last look (nil: none published).
    func diagnostics(for uri: String) -> [[String: Any]]? {
        publications().last { $0.uri == uri }?.diagnostics
    }
}

extension [[String: Any]] {
    /// `line:rule` (1-based line) of each diagnostic, for comparing with findings.
    var summary: [String] {
        map { diagnostic in
            let range = diagnostic["range"] as? [String: Any]
            let start = range?["start"] as? [String: Any]
            let line = (start?["line"] as? Int ?? -1) + 1
            return "\(line):\(diagnostic["code"] as? String ?? "?"):\(diagnostic["message"] as? String ?? "")"
        }
    }
}

extension [Finding] {
    var summary: [String] { map { "\($0.location.line):\($0.rule):\($0.message)" } }
}
