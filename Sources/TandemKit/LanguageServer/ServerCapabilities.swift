import Foundation

/// What the server tells the client it can do, and what it asks the client to watch.
enum ServerCapabilities {
    static var initializeResult: LSPAny {
        .object([
            "capabilities": .object([
                "positionEncoding": .string("utf-16"),
                "textDocumentSync": .object([
                    "openClose": .bool(true),
                    "change": .number(1),  // full text on every change
                    "save": .object(["includeText": .bool(false)]),
                ]),
                "codeActionProvider": .object([
                    "codeActionKinds": .array([.string("quickfix"), .string("refactor.rewrite")]),
                ]),
                "completionProvider": .object([
                    "triggerCharacters": .array([.string("@"), .string(":"), .string(" ")]),
                ]),
                "hoverProvider": .bool(true),
            ]),
            "serverInfo": .object(["name": .string("tandem"), "version": .string(TandemVersion.current)]),
        ])
    }

    /// Session files, agreements and `tandem.yml` changed outside the editor re-check the journal.
    static var watcherRegistration: LSPAny {
        let watchers: [LSPAny] = ["**/*.md", "**/" + JournalLocator.configFileName].map { .object(["globPattern": .string($0)]) }
        return .object(["registrations": .array([.object([
            "id": .string("tandem-watched-files"),
            "method": .string("workspace/didChangeWatchedFiles"),
            "registerOptions": .object(["watchers": .array(watchers)]),
        ])])])
    }

    /// Whether `initialize` says the client accepts a dynamic file-watcher registration.
    static func clientCanWatchFiles(_ body: Data) -> Bool {
        struct Initialize: Decodable { var params: LSPAny? }
        guard let message = try? MessageCoding.decode(Initialize.self, from: body) else { return false }
        return message.params?["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"] == .bool(true)
    }
}
