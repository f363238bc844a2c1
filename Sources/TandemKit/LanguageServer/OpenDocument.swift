import Foundation

/// A document the editor has open, and what the server last computed for it.
struct OpenDocument {
    var uri: String
    var version: Int?
    var text: String
    var lines: TextLines
    /// Where the document sits: its journal root and root-relative path (nil outside a journal).
    var root: String?
    var relative: String?
    /// The full read of the buffer, for session files.
    var file: SessionFile?
    /// The buffer's own findings (per-file rules), and the day they were computed for.
    var ownFindings: [Finding] = []
    var findingsDay: LocalDate?
    /// What was last published, so unchanged diagnostics are not sent again.
    var published: [Diagnostic]?

    init(uri: String, version: Int?, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        lines = TextLines(text)
    }

    mutating func setText(_ text: String, version: Int?) {
        self.text = text
        self.version = version
        lines = TextLines(text)
    }

    /// The commitment whose list item starts on 0-based line `line`, if any.
    func commitment(onLine line: Int) -> (Commitment, Session)? {
        guard let session = file?.session,
              let commitment = session.commitments.first(where: { $0.line == line + 1 }) else { return nil }
        return (commitment, session)
    }
}

/// File URIs to paths and back; other schemes (`untitled:`) have no path.
enum DocumentURI {
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        guard path.hasPrefix("/") else { return nil }
        return (path as NSString).standardizingPath
    }
}
