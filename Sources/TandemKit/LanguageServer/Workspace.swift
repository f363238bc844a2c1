import Foundation

/// Diagnostics to send for one document.
struct Publication: Equatable {
    var uri: String
    var version: Int?
    var diagnostics: [Diagnostic]
}

/// The server's state: open documents and the journals they belong to. Each
/// journal is read once, then kept up to date one file at a time; diagnostics
/// come from the same reader and rules as `tandem check`.
struct Workspace {
    enum JournalState {
        case ready(LiveJournal)
        case broken(String)
    }

    let options: LanguageServerOptions
    var documents: [String: OpenDocument] = [:]
    var journals: [String: JournalState] = [:]
    /// Messages for the user (a journal whose configuration cannot be read).
    var messages: [String] = []
    private var rootOfFolder: [String: String?] = [:]
    /// The journal-wide findings of each journal, and the revision and day they are for.
    private var journalFindings: [String: (revision: Int, today: LocalDate, byFile: [String: [Finding]])] = [:]

    init(options: LanguageServerOptions) { self.options = options }

    // MARK: Document events

    mutating func open(uri: String, text: String, version: Int?) -> [Publication] {
        var document = OpenDocument(uri: uri, version: version, text: text)
        if let path = DocumentURI.path(of: uri), let root = root(containing: path) {
            document.root = root
            document.relative = String(path.dropFirst(root.count + 1))
        }
        documents[uri] = document
        return update(uri: uri)
    }

    mutating func change(uri: String, text: String, version: Int?) -> [Publication] {
        guard documents[uri] != nil else { return [] }
        documents[uri]!.setText(text, version: version)
        return update(uri: uri)
    }

    /// A save: the buffer is now the file. Saving `tandem.yml` reads the journal again.
    mutating func save(uri: String, text: String?) -> [Publication] {
        guard var document = documents[uri] else { return [] }
        if let text {
            document.setText(text, version: document.version)
            documents[uri] = document
        }
        if let root = document.root, document.relative == JournalLocator.configFileName {
            return reloadJournal(root)
        }
        if let root = document.root, case .ready(let live) = journals[root],
           let relative = document.relative, live.isAgreementPath(relative) {
            return reloadAgreements(root)
        }
        return update(uri: uri)
    }

    /// Closing clears the document's diagnostics; the journal goes back to the file on disk.
    mutating func close(uri: String) -> [Publication] {
        guard let document = documents.removeValue(forKey: uri) else { return [] }
        var publications = document.published.map { _ in [Publication(uri: uri, version: nil, diagnostics: [])] } ?? []
        if let root = document.root, let relative = document.relative, case .ready(var live) = journals[root],
           live.isSessionPath(relative) {
            live.reload(relative)
            journals[root] = .ready(live)
            publications += refresh(root: root, changed: nil)
        }
        return publications
    }

    /// Files changed on disk (by git, another program, or the editor's file watcher).
    mutating func filesChanged(_ events: [FileEvent]) -> [Publication] {
        var touched = Set<String>()
        var reloadRoots = Set<String>(), agreementRoots = Set<String>()
        for event in events {
            // The innermost journal holding the file, when journals are nested.
            guard let path = DocumentURI.path(of: event.uri),
                  let root = journals.keys.filter({ path.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }) else { continue }
            let relative = String(path.dropFirst(root.count + 1))
            guard case .ready(var live) = journals[root] else {
                if relative == JournalLocator.configFileName { reloadRoots.insert(root) }
                continue
            }
            if relative == JournalLocator.configFileName {
                reloadRoots.insert(root)
            } else if live.isAgreementPath(relative) {
                agreementRoots.insert(root)
            } else if live.isSessionPath(relative), !isOpen(root: root, relative: relative) {
                live.reload(relative)
                journals[root] = .ready(live)
                touched.insert(root)
            }
        }
        var publications: [Publication] = []
        for root in reloadRoots { publications += reloadJournal(root) }
        for root in agreementRoots.subtracting(reloadRoots) { publications += reloadAgreements(root) }
        for root in touched.subtracting(reloadRoots).subtracting(agreementRoots) {
            publications += refresh(root: root, changed: nil)
        }
        return publications
    }

    // MARK: Checking

    /// Reads the document's buffer into its journal and re-publishes what changed.
    private mutating func update(uri: String) -> [Publication] {
        guard let document = documents[uri], let root = document.root else { return [] }
        if journals[root] == nil { loadJournal(root) }
        guard case .ready(var live) = journals[root], let relative = document.relative else { return [] }
        if live.isSessionPath(relative) {
            let file = live.replace(relative, with: Array(document.text.utf8))
            journals[root] = .ready(live)
            documents[uri]!.file = file
            documents[uri]!.findingsDay = nil
        }
        return refresh(root: root, changed: uri)
    }

    /// Recomputes the journal-wide findings of `root` and publishes every open
    /// document of it whose diagnostics changed (and `changed` in any case).
    mutating func refresh(root: String, changed: String?) -> [Publication] {
        guard case .ready(let live) = journals[root] else { return [] }
        let today = options.today(for: live.configuration)
        let byFile: [String: [Finding]]
        if let cached = journalFindings[root], cached.revision == live.revision, cached.today == today {
            byFile = cached.byFile
        } else {
            byFile = Checker.journalFindings(live.journal, today: today)
            journalFindings[root] = (live.revision, today, byFile)
        }
        var publications: [Publication] = []
        for uri in documents.keys.sorted() {
            guard var document = documents[uri], document.root == root, let relative = document.relative else { continue }
            var findings: [Finding]
            if live.isSessionPath(relative), let file = document.file {
                if document.findingsDay != today {
                    document.ownFindings = Checker.fileFindings(file, configuration: live.configuration, today: today)
                    document.findingsDay = today
                }
                findings = document.ownFindings + (byFile[relative] ?? [])
            } else if relative == JournalLocator.configFileName {
                findings = byFile[relative] ?? []
            } else {
                continue
            }
            findings.sort(by: Finding.ordered)
            let diagnostics = findings.map { DiagnosticMapping.diagnostic($0, lines: document.lines) }
            if uri == changed || diagnostics != document.published {
                document.published = diagnostics
                publications.append(Publication(uri: uri, version: document.version, diagnostics: diagnostics))
            }
            documents[uri] = document
        }
        return publications
    }

    /// The root's configuration changed: read the whole journal again, with the open buffers in place.
    private mutating func reloadJournal(_ root: String) -> [Publication] {
        journals[root] = nil
        loadJournal(root)
        var publications: [Publication] = []
        for uri in documents.keys.sorted() where documents[uri]?.root == root {
            documents[uri]!.findingsDay = nil
            if case .ready(var live) = journals[root], let relative = documents[uri]!.relative, live.isSessionPath(relative) {
                documents[uri]!.file = live.replace(relative, with: Array(documents[uri]!.text.utf8))
                journals[root] = .ready(live)
            } else {
                documents[uri]!.file = nil
            }
        }
        if case .broken = journals[root] {
            for uri in documents.keys.sorted() where documents[uri]?.root == root && documents[uri]?.published?.isEmpty == false {
                documents[uri]!.published = []
                publications.append(Publication(uri: uri, version: documents[uri]!.version, diagnostics: []))
            }
            return publications
        }
        return refresh(root: root, changed: nil)
    }

    private mutating func reloadAgreements(_ root: String) -> [Publication] {
        guard case .ready(var live) = journals[root] else { return [] }
        live.reloadAgreements()
        journals[root] = .ready(live)
        return refresh(root: root, changed: nil)
    }

    private mutating func loadJournal(_ root: String) {
        journalFindings[root] = nil
        do {
            journals[root] = .ready(try LiveJournal.load(root: root))
        } catch {
            let message = "tandem: \(root)/\(error)"
            journals[root] = .broken(message)
            messages.append(message)
        }
    }

    private func isOpen(root: String, relative: String) -> Bool {
        documents.values.contains { $0.root == root && $0.relative == relative }
    }

    /// The journal root holding `path`: the nearest folder at or above it with `tandem.yml`.
    private mutating func root(containing path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        if let cached = rootOfFolder[folder] { return cached }
        let root = try? JournalLocator.locate(explicit: nil, environment: nil, workingDirectory: folder)
        rootOfFolder[folder] = .some(root)
        return root
    }
}

/// A finding as an LSP diagnostic: same rule id and message, positions in UTF-16.
enum DiagnosticMapping {
    static func diagnostic(_ finding: Finding, lines: TextLines) -> Diagnostic {
        let start = lines.position(line: finding.location.line, column: finding.location.column)
        var end = lines.endOfLine(start.line)
        if end.character <= start.character { end = start }
        return Diagnostic(range: TextRange(start: start, end: end), severity: severity(finding.severity),
                          code: finding.rule, source: "tandem", message: finding.message)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }
}
