/// The parsed journal: configuration, every session file (sorted by path),
/// agreements. Sessions keep their extracted values only; no Markdown tree survives.
public struct Journal: Sendable {
    public var root: String
    public var configuration: Configuration {
        didSet { pairHistoriesCache = PairHistoriesCache() }
    }
    public var files: [SessionFile] {
        didSet {
            pairHistoriesCache = PairHistoriesCache()
            sessions = files.compactMap(\.session)
            usesTaskIDs = files.contains { $0.session?.commitments.contains { $0.taskID != nil || !$0.dependsOn.isEmpty } ?? false }
        }
    }
    public var agreements: [Agreement]
    /// Folders set under `paths:` in `tandem.yml` that do not exist (`config-path-missing`).
    public var missingFolders: Set<String> = []
    /// Climate surveys below `paths.surveys` (§9).
    public var surveys: [SurveyFile] = []
    /// `pairHistories`, built on first use; a change of the files or the configuration starts a new one.
    private(set) var pairHistoriesCache = PairHistoriesCache()

    /// The sessions of `files`, in path order (kept with the files: every rule asks).
    public private(set) var sessions: [Session]
    /// Whether any commitment carries a task id or depends on one (🆔, ⛔).
    public private(set) var usesTaskIDs: Bool

    public init(root: String, configuration: Configuration, files: [SessionFile], agreements: [Agreement]) {
        self.root = root
        self.configuration = configuration
        var files = files
        usesTaskIDs = CommitmentLinks.resolve(&files)
        self.files = files
        sessions = files.compactMap(\.session)
        self.agreements = agreements
    }
}
