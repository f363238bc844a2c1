import Foundation

/// A journal kept in memory while an editor is open: read from disk once, then
/// updated one file at a time. Sessions are kept as their essentials (what
/// journal-wide rules need), so a large journal stays small; a file's own rules
/// run on the full read of that file only.
public struct LiveJournal: Sendable {
    public let root: String
    public let configuration: Configuration
    let reader: SessionReader
    /// Essentials of every session file, sorted by path.
    private var files: [SessionFile]
    private var positions: [String: Int]
    private var agreements: [Agreement]
    /// Configured folders that are missing, and the climate surveys, as read at load.
    private var missingFolders: Set<String> = []
    private var surveys: [SurveyFile] = []
    /// Grows whenever what journal-wide rules see changes. An edit that leaves a file's
    /// essentials as they were (most typing in a session's body) leaves it alone, so
    /// the journal-wide findings computed for it still hold.
    public private(set) var revision = 0

    /// Reads `tandem.yml` (throwing its exit-2 errors) and every session file under `root`.
    public static func load(root: String) throws -> LiveJournal {
        let configuration = try JournalLoader.loadConfiguration(root: root)
        let journal = JournalLoader.load(root: root, configuration: configuration)
        var live = LiveJournal(root: root, configuration: configuration, files: journal.files.map(\.essentials),
                               agreements: journal.agreements)
        live.missingFolders = journal.missingFolders
        live.surveys = journal.surveys
        return live
    }

    init(root: String, configuration: Configuration, files: [SessionFile], agreements: [Agreement]) {
        self.root = root
        self.configuration = configuration
        reader = SessionReader(configuration: configuration)
        self.files = files
        self.agreements = agreements
        positions = [:]
        reindex()
    }

    /// The journal as journal-wide rules see it (essentials only).
    public var journal: Journal {
        var journal = Journal(root: root, configuration: configuration, files: files, agreements: agreements)
        journal.missingFolders = missingFolders
        journal.surveys = surveys
        return journal
    }

    public var sessionCount: Int { files.count }

    /// Whether a root-relative path is one `check` reads as a session file.
    public func isSessionPath(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return path.hasPrefix(configuration.sessionsPath + "/") && path.hasSuffix(".md")
            && !components.contains { $0.isEmpty || $0.hasPrefix(".") || $0 == ".." }
    }

    public func isAgreementPath(_ path: String) -> Bool {
        path.hasPrefix(configuration.agreementsPath + "/") && path.hasSuffix(".md")
    }

    /// Reads `bytes` as the content of session file `path`, keeps its essentials
    /// in place of the file's, and returns the full read for its own rules.
    @discardableResult
    public mutating func replace(_ path: String, with bytes: [UInt8]) -> SessionFile {
        let file = reader.read(path: path, bytes: bytes)
        store(file.essentials)
        return file
    }

    /// Reads session file `path` from disk again (removes it when it is gone) and returns the full read.
    @discardableResult
    public mutating func reload(_ path: String) -> SessionFile? {
        guard FileStatus.exists(root + "/" + path) else {
            remove(path)
            return nil
        }
        let file = JournalLoader.readSession(ScannedFile(path: path, problem: nil), root: root, reader: reader)
        store(file.essentials)
        return file
    }

    /// Reads the agreements again (one was added, changed or removed).
    public mutating func reloadAgreements() {
        let scanner = JournalScanner(root: root)
        agreements = scanner.scan(folder: configuration.agreementsPath).map { JournalLoader.readAgreement($0, root: root) }
        revision += 1
    }

    public mutating func remove(_ path: String) {
        guard positions[path] != nil else { return }
        files.removeAll { $0.path == path }
        reindex()
        revision += 1
    }

    private mutating func store(_ file: SessionFile) {
        if let position = positions[file.path] {
            guard !LiveJournal.same(files[position], file) else { return }
            files[position] = file
            revision += 1
            return
        }
        revision += 1
        var low = 0, high = files.count
        while low < high {
            let mid = (low + high) / 2
            if files[mid].path < file.path { low = mid + 1 } else { high = mid }
        }
        files.insert(file, at: low)
        reindex()
    }

    /// Whether two reads of a file are the same to journal-wide rules: every stored
    /// value of their essentials, compared in full (whatever fields essentials keep).
    static func same(_ a: SessionFile, _ b: SessionFile) -> Bool {
        var first = "", second = ""
        dump(a, to: &first)
        dump(b, to: &second)
        return first == second
    }

    private mutating func reindex() {
        positions = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.path, $0) })
    }
}
