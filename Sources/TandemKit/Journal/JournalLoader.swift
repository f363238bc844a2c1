import Foundation

/// Reads a journal from disk: `tandem.yml`, the session files, agreements and surveys.
public enum JournalLoader {
    /// Reads `tandem.yml` of `root`; exit-2 errors are thrown.
    public static func loadConfiguration(root: String) throws -> Configuration {
        let path = root + "/" + JournalLocator.configFileName
        guard case .success(let bytes) = FileReader.read(path) else {
            throw TandemError.invalid("\(JournalLocator.configFileName): cannot be read")
        }
        let invalid = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        if let invalid {
            let line = bytes.withUnsafeBufferPointer { UTF8Check.line(of: invalid, in: $0) }
            throw TandemError.configuration(ConfigurationError(
                file: JournalLocator.configFileName, line: line, column: 1, message: "not valid UTF-8 text"))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            return try ConfigurationLoader.load(text: text, knownRules: Set(RuleRegistry.ids))
        } catch let error as ConfigurationError {
            throw TandemError.configuration(error)
        }
    }

    /// Loads the whole journal, reading and parsing session files in parallel.
    public static func load(root: String) throws -> Journal {
        let configuration = try loadConfiguration(root: root)
        return load(root: root, configuration: configuration)
    }

    /// `forgettingMentions`: a journal that is read once and never rebuilt (every
    /// command but the language server) lets go of the ids each body mentions as soon
    /// as reviews are settled.
    public static func load(root: String, configuration: Configuration, forgettingMentions: Bool = false) -> Journal {
        let scanner = JournalScanner(root: root)
        let scanned = scanner.scan(folder: configuration.sessionsPath)
        let reader = SessionReader(configuration: configuration)
        let files = Parallel.map(scanned) { entry in readSession(entry, root: root, reader: reader) }
        let scannedAgreements = scanner.scan(folder: configuration.agreementsPath)
        let agreements = scannedAgreements.map { readAgreement($0, root: root) }
        var journal = Journal(root: root, configuration: configuration, files: files + unreadable(scannedAgreements),
                              agreements: agreements, forgettingMentions: forgettingMentions)
        journal.missingFolders = missingFolders(root: root, configuration: configuration)
        journal.surveys = readSurveys(root: root, configuration: configuration)
        return journal
    }

    /// Agreement entries that were not read (a link out of the root, a loop, a
    /// name that is not UTF-8), as `file-unreadable` findings of their own.
    static func unreadable(_ agreements: [ScannedFile]) -> [SessionFile] {
        agreements.filter { $0.problem != nil }.map { entry in
            var file = SessionFile(path: entry.path)
            file.issues.append(.unreadable(.entry(entry.problem ?? "")))
            return file
        }
    }

    /// The configured `paths.*` folders that are not folders on disk.
    static func missingFolders(root: String, configuration: Configuration) -> Set<String> {
        var missing = Set<String>()
        for entry in configuration.configuredPaths {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + entry.folder, isDirectory: &isFolder)
            if !exists || !isFolder.boolValue { missing.insert(entry.folder) }
        }
        return missing
    }

    /// Every survey below `paths.surveys`, found like sessions, sorted by path.
    public static func readSurveys(root: String, configuration: Configuration) -> [SurveyFile] {
        JournalScanner(root: root).scan(folder: configuration.programme.surveysPath).map { entry in
            if let problem = entry.problem {
                var file = SurveyFile(path: entry.path)
                file.issues.append(.survey(line: 1, .entry(problem)))
                return file
            }
            guard case .success(let bytes) = FileReader.read(entry.absolutePath(root: root)) else {
                var file = SurveyFile(path: entry.path)
                file.issues.append(.survey(line: 1, .unreadable))
                return file
            }
            return SurveyReader.read(path: entry.path, bytes: bytes)
        }
    }

    static func readSession(_ entry: ScannedFile, root: String, reader: SessionReader) -> SessionFile {
        if let problem = entry.problem {
            var file = SessionFile(path: entry.path)
            file.issues.append(.unreadable(.entry(problem)))
            return file
        }
        switch FileReader.read(entry.absolutePath(root: root)) {
        case .success(let bytes):
            return reader.read(path: entry.path, bytes: bytes)
        case .failure(let failure):
            var file = SessionFile(path: entry.path)
            let reason: UnreadableReason = switch failure {
            case .notRegular: .notRegular
            case .tooLarge: .tooLarge(limit: FileReader.maxBytes)
            case .unreadable(let reason): .failed(reason)
            }
            file.issues.append(.unreadable(reason))
            return file
        }
    }

    static func readAgreement(_ entry: ScannedFile, root: String) -> Agreement {
        guard entry.problem == nil, case .success(let bytes) = FileReader.read(entry.absolutePath(root: root)) else {
            return Agreement(path: entry.path, partners: [])
        }
        return Agreement(path: entry.path, bytes: bytes)
    }
}
