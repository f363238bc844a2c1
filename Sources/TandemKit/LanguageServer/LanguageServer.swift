import Foundation

/// tandem's language server: reads framed JSON-RPC messages, keeps the open
/// documents and their journals, and sends diagnostics, code actions,
/// completions and hovers. It never prints and never writes the journal: bytes
/// come in through `receive`, framed messages go out through `send`.
///
/// Every message is handled in order on one private queue; a debounced check
/// runs on the same queue, so state is never touched from two threads.
public final class LanguageServer: @unchecked Sendable {
    public enum Lifecycle: Sendable, Equatable {
        case starting, running, shuttingDown
        /// `exit` arrived: 0 after `shutdown`, 1 without.
        case exited(Int32)
    }

    private let queue = DispatchQueue(label: "tandem.language-server")
    private let send: @Sendable (Data) -> Void
    private let options: LanguageServerOptions
    private var framer = MessageFramer()
    private var workspace: Workspace
    private var lifecycle = Lifecycle.starting
    private var watchFiles = false
    /// Changes waiting for their debounce to end, by document: the latest text and a generation.
    private var pending: [String: (text: String, version: Int?, generation: Int)] = [:]
    private var generation = 0
    private var nextServerRequest = 1

    public init(options: LanguageServerOptions, send: @escaping @Sendable (Data) -> Void) {
        self.options = options
        self.send = send
        workspace = Workspace(options: options)
    }

    /// Feeds bytes from the client and handles every complete message in them.
    /// Returns the exit code once `exit` has arrived, else nil.
    @discardableResult
    public func receive(_ bytes: some Sequence<UInt8>) -> Int32? {
        queue.sync {
            framer.append(bytes)
            while !lifecycle.hasExited, let frame = framer.next() {
                switch frame {
                case .message(let body): handle(body)
                case .invalid(let reason): log(1, "tandem: \(reason)")
                }
            }
            if case .exited(let code) = lifecycle { return code }
            return nil
        }
    }

    /// Runs every debounced check now instead of when its pause ends.
    public func flush() {
        queue.sync {
            for uri in pending.keys.sorted() { runPending(uri) }
        }
    }

    /// The exit code for a client that went away (end of input): 0 after `shutdown`, else 1.
    public func endOfInput() -> Int32 {
        queue.sync {
            pending.removeAll()
            switch lifecycle {
            case .exited(let code): return code
            case .shuttingDown: return 0
            default: return 1
            }
        }
    }

    /// Reads from `read` (nil or empty: end of input) until `exit` or the end; returns the exit code.
    public func run(read: () -> [UInt8]?) -> Int32 {
        while let chunk = read(), !chunk.isEmpty {
            if let code = receive(chunk) { return code }
        }
        return endOfInput()
    }

    // MARK: Dispatch

    private func handle(_ body: Data) {
        let envelope: IncomingMessage
        do {
            envelope = try MessageCoding.decode(IncomingMessage.self, from: body)
        } catch {
            let code = (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) == nil
                ? ErrorCode.parseError : ErrorCode.invalidRequest
            respond(nil, error: ResponseError(code: code, message: code == ErrorCode.parseError
                                                ? "the message is not valid JSON" : "the message is not a JSON-RPC request"))
            return
        }
        guard let method = envelope.method else { return }  // a response to a request of ours
        if let id = envelope.id {
            handleRequest(id: id, method: method, body: body)
        } else {
            handleNotification(method: method, body: body)
        }
    }

    private func handleRequest(id: RequestID, method: String, body: Data) {
        switch (lifecycle, method) {
        case (.starting, "initialize"):
            lifecycle = .running
            watchFiles = ServerCapabilities.clientCanWatchFiles(body)
            respond(id, result: ServerCapabilities.initializeResult)
        case (.starting, _):
            respond(id, error: ResponseError(code: ErrorCode.serverNotInitialized, message: "the server is not initialized"))
        case (.shuttingDown, _):
            respond(id, error: ResponseError(code: ErrorCode.invalidRequest, message: "the server is shutting down"))
        case (_, "initialize"):
            respond(id, error: ResponseError(code: ErrorCode.invalidRequest, message: "initialize was already received"))
        case (_, "shutdown"):
            lifecycle = .shuttingDown
            pending.removeAll()
            respond(id, result: LSPAny.null)
        case (_, "textDocument/codeAction"):
            answer(id, body, CodeActionParams.self) { params in
                flushIfPending(params.textDocument.uri)
                return workspace.codeActions(params)
            }
        case (_, "textDocument/completion"):
            answer(id, body, TextDocumentPositionParams.self) { params in
                flushIfPending(params.textDocument.uri)
                return workspace.completion(params)
            }
        case (_, "textDocument/hover"):
            answer(id, body, TextDocumentPositionParams.self) { params in
                flushIfPending(params.textDocument.uri)
                return workspace.hover(params)
            }
        default:
            respond(id, error: ResponseError(code: ErrorCode.methodNotFound, message: "method not found: \(method)"))
        }
    }

    private func handleNotification(method: String, body: Data) {
        if method == "exit" {
            pending.removeAll()
            lifecycle = .exited(lifecycle == .shuttingDown ? 0 : 1)
            return
        }
        guard lifecycle == .running else { return }
        switch method {
        case "initialized":
            if watchFiles { registerWatchers() }
        case "textDocument/didOpen":
            notice(body, DidOpenTextDocumentParams.self) { params in
                pending[params.textDocument.uri] = nil
                publish(workspace.open(uri: params.textDocument.uri, text: params.textDocument.text,
                                       version: params.textDocument.version))
            }
        case "textDocument/didChange":
            notice(body, DidChangeTextDocumentParams.self) { params in
                guard let last = params.contentChanges.last else { return }
                schedule(params.textDocument.uri, text: last.text, version: params.textDocument.version)
            }
        case "textDocument/didSave":
            notice(body, DidSaveTextDocumentParams.self) { params in
                flushIfPending(params.textDocument.uri)
                publish(workspace.save(uri: params.textDocument.uri, text: params.text))
            }
        case "textDocument/didClose":
            notice(body, DidCloseTextDocumentParams.self) { params in
                pending[params.textDocument.uri] = nil
                publish(workspace.close(uri: params.textDocument.uri))
            }
        case "workspace/didChangeWatchedFiles":
            notice(body, DidChangeWatchedFilesParams.self) { params in
                for uri in pending.keys.sorted() { runPending(uri) }
                publish(workspace.filesChanged(params.changes))
            }
        default:
            break  // unknown notifications ($/cancelRequest, $/setTrace …) are ignored
        }
    }

    /// Decodes a request's params and answers with the handler's result, or InvalidParams.
    private func answer<Params: Decodable, Result: Encodable>(_ id: RequestID, _ body: Data, _ type: Params.Type,
                                                              _ handler: (Params) -> Result) {
        guard let params = try? MessageCoding.decode(ParamsEnvelope<Params>.self, from: body).params else {
            respond(id, error: ResponseError(code: ErrorCode.invalidParams, message: "invalid params"))
            return
        }
        respond(id, result: handler(params))
    }

    private func notice<Params: Decodable>(_ body: Data, _ type: Params.Type, _ handler: (Params) -> Void) {
        guard let params = try? MessageCoding.decode(ParamsEnvelope<Params>.self, from: body).params else {
            log(2, "tandem: a notification with invalid params was ignored")
            return
        }
        handler(params)
    }

    // MARK: Debouncing

    private func schedule(_ uri: String, text: String, version: Int?) {
        generation += 1
        let mine = generation
        pending[uri] = (text, version, mine)
        queue.asyncAfter(deadline: .now() + options.debounce.timeInterval) { [weak self] in
            guard let self, let waiting = self.pending[uri], waiting.generation == mine else { return }
            self.runPending(uri)
        }
    }

    private func runPending(_ uri: String) {
        guard let waiting = pending.removeValue(forKey: uri) else { return }
        publish(workspace.change(uri: uri, text: waiting.text, version: waiting.version))
    }

    private func flushIfPending(_ uri: String) {
        if pending[uri] != nil { runPending(uri) }
    }

    // MARK: Output

    private func publish(_ publications: [Publication]) {
        for message in workspace.messages { log(1, message, show: true) }
        workspace.messages.removeAll()
        for publication in publications {
            notify("textDocument/publishDiagnostics",
                   PublishDiagnosticsParams(uri: publication.uri, version: publication.version,
                                            diagnostics: publication.diagnostics))
        }
    }

    private func registerWatchers() {
        let id = RequestID.string("tandem-watch-\(nextServerRequest)")
        nextServerRequest += 1
        send(MessageFramer.frame(MessageCoding.encode(ServerRequest(id: id, method: "client/registerCapability",
                                                                    params: ServerCapabilities.watcherRegistration))))
    }

    private func respond(_ id: RequestID?, result: some Encodable) {
        send(MessageFramer.frame(MessageCoding.encode(OutgoingResponse(id: id, result: result, error: nil))))
    }

    private func respond(_ id: RequestID?, error: ResponseError) {
        send(MessageFramer.frame(MessageCoding.encode(OutgoingResponse<LSPAny>(id: id, result: nil, error: error))))
    }

    private func notify(_ method: String, _ params: some Encodable) {
        send(MessageFramer.frame(MessageCoding.encode(OutgoingNotification(method: method, params: params))))
    }

    private func log(_ type: Int, _ message: String, show: Bool = false) {
        notify(show ? "window/showMessage" : "window/logMessage", LogMessageParams(type: type, message: message))
    }
}

extension LanguageServer.Lifecycle {
    var hasExited: Bool {
        if case .exited = self { return true }
        return false
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
