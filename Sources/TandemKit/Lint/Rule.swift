/// A lint rule: one type, carrying its id, severity, description and examples.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Pure: the same journal and context always give the same findings. No I/O, no clock.
    func check(_ context: LintContext) -> [Finding]
}

extension Rule {
    public var id: String { Self.description.id }

    /// A finding of this rule at its default severity (the checker applies the configuration).
    func finding(_ location: SourceLocation, _ message: String, pair: PairKey? = nil, commitment: String? = nil) -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.defaultSeverity, location: location,
                message: message, pair: pair, commitment: commitment)
    }

    /// A finding whose message is worded only when shown (for rules with many findings).
    func finding(_ location: SourceLocation, _ message: FindingMessage, pair: PairKey? = nil,
                 commitment: String? = nil) -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.defaultSeverity, location: location,
                message: message, pair: pair, commitment: commitment)
    }
}

/// What a rule that looks at one file at a time may use: no other file.
public struct FileContext: Sendable {
    public var today: LocalDate
    public var configuration: Configuration
    /// What git says happened to each commitment; only with `--history`.
    public var history: CommitmentHistory?

    public init(today: LocalDate, configuration: Configuration, history: CommitmentHistory? = nil) {
        self.today = today
        self.configuration = configuration
        self.history = history
    }
}

/// Rules that look at one file at a time. The checker runs them as each file is
/// read, so a large journal never has to stay in memory whole.
public protocol FileRule: Rule {
    func check(_ file: SessionFile, context: FileContext) -> [Finding]
    /// Findings of the same rule outside session files (in `tandem.yml`), run once per journal.
    func checkConfiguration(_ context: LintContext) -> [Finding]
}

extension FileRule {
    public func checkConfiguration(_ context: LintContext) -> [Finding] { [] }
}

extension FileRule {
    public func check(_ context: LintContext) -> [Finding] {
        let fileContext = context.fileContext
        return context.journal.files.flatMap { check($0, context: fileContext) }
    }
}

/// Rules that read git's history (`check --history`); they run only when it is given.
public protocol HistoryRule: FileRule {}

/// Rules that look at one session at a time.
public protocol SessionRule: FileRule {
    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding]
}

extension SessionRule {
    public func check(_ file: SessionFile, context: FileContext) -> [Finding] {
        guard let session = file.session else { return [] }
        return check(session, file: file, context: context)
    }
}

/// Rules whose problems are noticed while a file is read (encoding, front matter,
/// impossible dates): the reader records a `ReadProblem`, and the rule that owns its
/// case writes the finding's message.
public protocol ReadProblemRule: FileRule {
    /// The finding's message when `problem` is this rule's, else nil.
    func message(for problem: ReadProblem) -> String?
}

extension ReadProblemRule {
    public func check(_ file: SessionFile, context: FileContext) -> [Finding] {
        file.issues.compactMap { problem in
            guard let message = message(for: problem) else { return nil }
            return finding(SourceLocation(file: file.path, line: problem.line, column: problem.column), message,
                           pair: file.session?.pair, commitment: problem.commitment)
        }
    }
}

/// Every rule that owns read problems, for the places that show a problem outside `check`.
public enum ReadProblemRules {
    static let all: [any ReadProblemRule] = RuleRegistry.all.compactMap { $0.init() as? any ReadProblemRule }

    /// The owning rule's message for `problem`.
    public static func message(for problem: ReadProblem) -> String? {
        for rule in all { if let message = rule.message(for: problem) { return message } }
        return nil
    }

    /// The id of the rule that owns `problem` (survey problems are owned by a journal-wide rule).
    public static func rule(for problem: ReadProblem) -> String? {
        if case .survey = problem { return SurveyInvalidRule.description.id }
        return all.first { $0.message(for: problem) != nil }?.id
    }
}

/// Rules about a pair over time; their findings point at the pair's anchor.
public protocol PairRule: Rule {
    func check(_ pair: PairHistory, context: LintContext) -> [Finding]
}

extension PairRule {
    public func check(_ context: LintContext) -> [Finding] {
        context.pairs.flatMap { check($0, context: context) }
    }
}

/// What every rule may look at.
public struct LintContext: Sendable {
    public var journal: Journal
    public var today: LocalDate
    public var pairs: [PairHistory]
    /// What git says happened to each commitment; only with `--history`.
    public var history: CommitmentHistory?
    public var configuration: Configuration { journal.configuration }

    public init(journal: Journal, today: LocalDate, history: CommitmentHistory? = nil) {
        self.journal = journal
        self.today = today
        self.history = history
        pairs = journal.pairHistories
    }

    public var fileContext: FileContext { FileContext(today: today, configuration: configuration, history: history) }
}

/// A rule's documentation and tests.
public struct RuleDescription: Sendable {
    public var id: String
    public var defaultSeverity: Severity
    /// One line.
    public var summary: String
    /// Why the rule exists and how to satisfy it (Markdown), for `check --explain`.
    public var rationale: String
    public var nonTriggering: [RuleExample]
    public var triggering: [RuleExample]
    /// Off until `tandem.yml` turns it on (rules that would light up journals written before them).
    public var enabledByDefault: Bool
    /// The settings it accepts under `rules:`, with their ranges and defaults.
    public var settings: [RuleSettingSpec]

    public init(id: String, defaultSeverity: Severity, summary: String, rationale: String = "",
                enabledByDefault: Bool = true, settings: [RuleSettingSpec] = [],
                nonTriggering: [RuleExample], triggering: [RuleExample]) {
        self.enabledByDefault = enabledByDefault
        self.settings = settings
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.nonTriggering = nonTriggering
        self.triggering = triggering
    }
}

/// A small journal that does or does not trigger a rule. `↓` at the start of a
/// line marks where a finding is expected; the marker is removed before parsing.
public struct RuleExample: Sendable {
    public static let defaultPath = "sessions/2026/2026-11-03-ana-ben.md"
    public static let defaultFrontMatter = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"

    /// Path → content (with markers). Session bodies without front matter get the default one.
    public var files: [(path: String, content: String)]
    /// `tandem.yml` (with markers).
    public var config: String
    public var today: LocalDate
    /// Earlier committed versions of the main file (date, body), oldest first, for the
    /// rules of `check --history`; the file as written is committed last, on `today`.
    public var history: [(date: LocalDate, content: String)]
    public var sourceFile: String
    public var sourceLine: Int

    /// `frontMatter: false` keeps the files exactly as written (no default front matter).
    public init(_ body: String, config: String = "", today: String = "2026-11-25",
                files extra: [(String, String)] = [], frontMatter: Bool = true,
                history: [(String, String)] = [],
                fileID: String = #fileID, line: Int = #line) {
        let main = body.isEmpty && !extra.isEmpty ? [] : [(RuleExample.defaultPath, body)]
        files = (main + extra).map { entry in
            let isSession = !entry.0.hasPrefix("agreements/")
            return (path: entry.0, content: frontMatter && isSession ? RuleExample.withFrontMatter(entry.1) : entry.1)
        }
        self.config = config
        self.today = LocalDate(iso8601: today) ?? LocalDate(dayNumber: 0)
        self.history = history.map { (LocalDate(iso8601: $0.0) ?? LocalDate(dayNumber: 0),
                                      frontMatter ? RuleExample.withFrontMatter($0.1) : $0.1) }
        sourceFile = fileID
        sourceLine = line
    }

    static func withFrontMatter(_ content: String) -> String {
        let stripped = content.hasPrefix("↓") ? String(content.dropFirst()) : content
        if stripped.hasPrefix("---") { return content }
        return defaultFrontMatter + content
    }
}

extension RuleExample {
    /// The example's files with markers removed, and the (path, line) pairs they marked.
    public func prepared() -> (files: [(path: String, content: String)], config: String, expected: Set<SourceLineKey>) {
        var expected = Set<SourceLineKey>()
        func strip(_ text: String, path: String) -> String {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices where lines[index].hasPrefix("↓") {
                lines[index].removeFirst()
                expected.insert(SourceLineKey(file: path, line: index + 1))
            }
            return lines.joined(separator: "\n")
        }
        let files = files.map { (path: $0.path, content: strip($0.content, path: $0.path)) }
        let config = strip(config, path: JournalLocator.configFileName)
        return (files, config, expected)
    }

    /// Builds the example's journal in memory.
    public func journal() throws -> (Journal, Set<SourceLineKey>) {
        let (files, config, expected) = prepared()
        let configuration = try ConfigurationLoader.load(text: config, knownRules: Set(RuleRegistry.ids))
        let reader = SessionReader(configuration: configuration)
        var sessionFiles: [SessionFile] = []
        var agreements: [Agreement] = []
        var surveys: [SurveyFile] = []
        for (path, content) in files.sorted(by: { $0.path < $1.path }) {
            if path.hasPrefix(configuration.programme.surveysPath + "/") {
                surveys.append(SurveyReader.read(path: path, bytes: Array(content.utf8)))
            } else if path.hasPrefix(configuration.agreementsPath + "/") {
                agreements.append(Agreement(path: path, bytes: Array(content.utf8)))
            } else {
                sessionFiles.append(reader.read(path: path, bytes: Array(content.utf8)))
            }
        }
        var journal = Journal(root: "/", configuration: configuration, files: sessionFiles, agreements: agreements)
        // A configured folder exists in an example when one of its files lies below it.
        journal.missingFolders = Set(configuration.configuredPaths.map(\.folder).filter { folder in
            !files.contains { $0.path.hasPrefix(folder + "/") }
        })
        journal.surveys = surveys
        return (journal, expected)
    }
}

extension RuleExample {
    /// The example's history as git would tell it (nil without one): each earlier version
    /// of the main file is a commit, then the file as written.
    public func commitmentHistory() throws -> CommitmentHistory? {
        guard !history.isEmpty else { return nil }
        let (files, config, _) = prepared()
        let configuration = try ConfigurationLoader.load(text: config, knownRules: Set(RuleRegistry.ids))
        let current = files.first { $0.path == RuleExample.defaultPath }?.content ?? ""
        let versions = history.map { (date: $0.date, path: RuleExample.defaultPath, content: Array($0.content.utf8)) }
            + [(date: today, path: RuleExample.defaultPath, content: Array(current.utf8))]
        return CommitmentHistory.replaying(versions, configuration: configuration)
    }
}

public struct SourceLineKey: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}
