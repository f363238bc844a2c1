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
            usesTaskIDs = files.contains { $0.session?.commitments.contains(where: \.usesTaskIDs) ?? false }
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

    /// `forgettingMentions`: the ids each body mentions are dropped once reviews are
    /// settled (a check from disk, which never re-reads); a journal that will be
    /// rebuilt from its files (the language server's) keeps them.
    public init(root: String, configuration: Configuration, files: [SessionFile], agreements: [Agreement],
                forgettingMentions: Bool = false) {
        self.root = root
        self.configuration = configuration
        var files = files
        usesTaskIDs = CommitmentLinks.resolve(&files)
        if forgettingMentions {
            for index in files.indices where !files[index].mentions.isEmpty { files[index].mentions = [] }
        }
        self.files = files
        sessions = files.compactMap(\.session)
        self.agreements = agreements
    }
}
