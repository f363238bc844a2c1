/// The LSP 3.17 structures tandem's server sends and reads: only the fields it uses.
/// Positions are zero-based lines and UTF-16 code units, LSP's default encoding.
public struct Position: Codable, Sendable, Hashable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct TextRange: Codable, Sendable, Hashable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    public var version: Int?
}

public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

/// Full sync: each change carries the whole text; only the last one counts.
public struct TextDocumentContentChangeEvent: Codable, Sendable {
    public var range: TextRange?
    public var text: String
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DidSaveTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var text: String?
}

public struct DidCloseTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct FileEvent: Codable, Sendable {
    public var uri: String
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
}

public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct Diagnostic: Codable, Sendable, Hashable {
    public var range: TextRange
    /// 1 error, 2 warning, 3 information.
    public var severity: Int
    public var code: String
    public var source: String
    public var message: String
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]
}

public struct CodeActionContext: Codable, Sendable {
    public var diagnostics: [Diagnostic]?
}

public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: TextRange
    public var context: CodeActionContext?
}

public struct TextEdit: Codable, Sendable, Hashable {
    public var range: TextRange
    public var newText: String
}

public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [String: [TextEdit]]
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    /// `quickfix` for an action that answers a diagnostic, `refactor.rewrite` for the commitment edits.
    public var kind: String
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

public struct CompletionItem: Codable, Sendable, Hashable {
    public var label: String
    /// 12 value, 18 reference (a person).
    public var kind: Int?
    public var detail: String?
    public var sortText: String?
    public var filterText: String?
    public var textEdit: TextEdit?
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}

public struct MarkupContent: Codable, Sendable {
    public var kind: String
    public var value: String
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: TextRange?
}

public struct LogMessageParams: Codable, Sendable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
}
