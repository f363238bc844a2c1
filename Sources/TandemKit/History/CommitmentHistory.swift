import Foundation

/// What git's history says about the commitments of a journal: read with the `git`
/// program, folded commit by commit, and cached under the repository's git directory.
public struct CommitmentHistory: Sendable {
    let ledger: HistoryLedger

    init(ledger: HistoryLedger) { self.ledger = ledger }

    /// Every commitment of `session` with its history, in file order.
    public func events(of session: Session) -> [(commitment: Commitment, events: CommitmentEvents?)] {
        let keys = CommitmentKey.keys(of: session.commitments)
        return zip(session.commitments, keys).map { ($0, ledger.events(path: session.file, key: $1)) }
    }

    /// Whether the session's file was confidential now or at any commit.
    public func wasConfidential(_ session: Session) -> Bool {
        session.confidential || ledger.everConfidential(path: session.file)
    }

    /// Whether the commitment should show as redacted: confidential at any commit, and no `--reveal`.
    public func isRedacted(_ session: Session, redaction: Redaction) -> Bool {
        wasConfidential(session) && !redaction.reveal
    }

    /// Reads the history of the journal at `root` (refusing, with exit-2 errors, outside
    /// a full git work tree). Only the commits since the cached one are read.
    public static func load(root: String, configuration: Configuration, timeZone: TimeZone,
                            git: String) throws -> CommitmentHistory {
        let repository = try GitRepository.open(root: root, git: git)
        guard let head = repository.head else { return CommitmentHistory(ledger: HistoryLedger()) }
        let key = cacheKey(configuration: configuration, timeZone: timeZone)
        var ledger = HistoryCache.read(key: key, gitDirectory: repository.gitDirectory) ?? HistoryLedger()
        if let cached = ledger.head, cached != head, !repository.isAncestorOfHead(cached) {
            ledger = HistoryLedger()  // history was rewritten: start over
        }
        guard ledger.head != head else { return CommitmentHistory(ledger: ledger) }
        try fold(&ledger, repository: repository, configuration: configuration, timeZone: timeZone)
        ledger.head = head
        HistoryCache.write(ledger, key: key, gitDirectory: repository.gitDirectory)
        return CommitmentHistory(ledger: ledger)
    }

    /// Reads the work tree's journal and the history at the same time: git's log is read
    /// by one process while the journal's files are parsed on the other cores.
    public static func loadWithJournal(root: String, configuration: Configuration, timeZone: TimeZone,
                                       git: String) throws -> (journal: Journal, history: CommitmentHistory) {
        let box = HistoryBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            box.result = Result { try load(root: root, configuration: configuration, timeZone: timeZone, git: git) }
        }
        let journal = JournalLoader.load(root: root, configuration: configuration)
        group.wait()
        guard let result = box.result else { throw TandemError.invalid("the history could not be read") }
        return (journal, try result.get())
    }

    /// Folds the commits after `ledger.head` (all of them when nil) into the ledger. The
    /// log is read as git writes it, and the blobs it names are fetched and parsed meanwhile.
    static func fold(_ ledger: inout HistoryLedger, repository: GitRepository, configuration: Configuration,
                     timeZone: TimeZone) throws {
        let blobs = try BlobReader(repository: repository, reader: SessionReader(configuration: configuration))
        let log = try GitLogStream(git: repository.git,
                                   arguments: repository.logArguments(sessionsPath: configuration.sessionsPath,
                                                                      since: ledger.head))
        var commits: [GitCommit] = []
        var cursor = (commit: 0, change: 0)
        let status = log.read { chunk, final in
            chunk.offset = GitLogParser.parse(chunk.bytes, from: chunk.offset, final: final, into: &commits)
            while cursor.commit < commits.count {
                let changes = commits[cursor.commit].changes
                for change in changes[cursor.change...] {
                    if let old = change.oldBlob { blobs.request(old) }
                    if let new = change.newBlob { blobs.request(new) }
                }
                cursor.change = changes.count
                guard cursor.commit + 1 < commits.count else { break }
                cursor = (cursor.commit + 1, 0)
            }
        }
        let facts = blobs.finish()
        guard status.code == 0 else {
            throw TandemError.invalid("git log failed in \(repository.root): \(status.error)")
        }
        for commit in commits { ledger.apply(commit, facts: facts, timeZone: timeZone) }
    }

    /// History from versions held in memory, each a commit at noon UTC of its day, oldest
    /// first (rule examples and tests): the same fold as for git's log.
    public static func replaying(_ versions: [(date: LocalDate, path: String, content: [UInt8])],
                                 configuration: Configuration) -> CommitmentHistory {
        let reader = SessionReader(configuration: configuration)
        var ledger = HistoryLedger()
        var facts: [String: BlobFacts] = [:]
        var latest: [String: String] = [:]
        for (index, version) in versions.enumerated() {
            let blob = "version-\(index)"
            facts[blob] = version.content.withUnsafeBufferPointer { BlobFacts.read($0, path: version.path, reader: reader) }
            let change = GitFileChange(status: UInt8(ascii: latest[version.path] == nil ? "A" : "M"),
                                       oldBlob: latest[version.path], newBlob: blob,
                                       oldPath: version.path, newPath: version.path)
            latest[version.path] = blob
            let commit = GitCommit(hash: blob, authorTime: Int64(version.date.dayNumber) * 86_400 + 43_200, changes: [change])
            ledger.apply(commit, facts: facts, timeZone: TimeZone(identifier: "UTC")!)
        }
        return CommitmentHistory(ledger: ledger)
    }

    /// Everything that changes what a version of a file says, so a cache built under
    /// other settings is not used.
    static func cacheKey(configuration: Configuration, timeZone: TimeZone) -> String {
        let plans = configuration.pairs.map { "\($0.key.partners.joined(separator: "&"))=\($0.cadence?.days ?? -1)" }.sorted()
        return [
            TandemVersion.current, configuration.sessionsPath, timeZone.identifier,
            configuration.goalSections.joined(separator: ","), configuration.confidential ? "c" : "-",
            String(configuration.cadence.days), plans.joined(separator: ","),
        ].joined(separator: "|")
    }
}

/// The history handed from the thread that read it, once it has finished.
private final class HistoryBox: @unchecked Sendable {
    var result: Result<CommitmentHistory, any Error>?
}
