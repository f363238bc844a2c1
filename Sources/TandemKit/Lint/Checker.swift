/// What `tandem check` found, with the counts its reports summarise.
public struct CheckResult: Sendable {
    public var today: LocalDate
    /// Sorted by file, line, rule.
    public var findings: FindingList
    public var summary: JournalSummary

    public init(today: LocalDate, findings: FindingList, summary: JournalSummary) {
        self.today = today
        self.findings = findings
        self.summary = summary
    }

    public init(today: LocalDate, findings: [Finding], summary: JournalSummary) {
        self.init(today: today, findings: FindingList(findings), summary: summary)
    }

    public func count(_ severity: Severity) -> Int { findings.count(severity) }

    /// Whether any finding is at or above `threshold` (nil: never fail).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains(atLeast: threshold)
    }
}

/// Commitments by status, counted file by file.
public struct CommitmentCounts: Sendable {
    public var open = 0, done = 0, cancelled = 0, overdue = 0

    public init() {}

    public init(_ session: Session?, today: LocalDate) {
        // Read by index, where they lie: `for c in` would copy each commitment.
        let commitments = session?.commitments ?? []
        for index in commitments.indices {
            switch commitments[index].status {
            case .open, .inProgress: open += 1
            case .done: done += 1
            case .cancelled: cancelled += 1
            }
            if commitments[index].isOverdue(today: today) { overdue += 1 }
        }
    }

    static func + (a: Self, b: Self) -> Self {
        var sum = a
        sum.open += b.open
        sum.done += b.done
        sum.cancelled += b.cancelled
        sum.overdue += b.overdue
        return sum
    }
}

/// Counts over the whole journal, shared by `check` and `index`.
public struct JournalSummary: Sendable {
    public var files: Int
    public var sessions: Int
    public var pairs: Int
    public var commitments: CommitmentCounts

    public var open: Int { commitments.open }
    public var done: Int { commitments.done }
    public var cancelled: Int { commitments.cancelled }
    public var overdue: Int { commitments.overdue }

    public init(files: Int, sessions: Int, pairs: Int, commitments: CommitmentCounts) {
        self.files = files
        self.sessions = sessions
        self.pairs = pairs
        self.commitments = commitments
    }

    public init(journal: Journal, pairs: Int, today: LocalDate) {
        let sessions = journal.sessions
        self.init(files: journal.files.count, sessions: sessions.count, pairs: pairs,
                  commitments: sessions.reduce(CommitmentCounts()) { $0 + CommitmentCounts($1, today: today) })
    }
}

/// Runs the rules over a journal and applies the configuration and the
/// silencing comments to what they find.
public struct Checker: Sendable {
    public var journal: Journal
    public var today: LocalDate
    /// Only these rule ids (empty: all enabled rules).
    public var only: Set<String>
    /// Only findings in these root-relative files or folders (empty: all).
    public var paths: [String]
    /// Git's history of the commitments (`check --history`); history rules run only with it.
    public var history: CommitmentHistory?

    public init(journal: Journal, today: LocalDate, only: Set<String> = [], paths: [String] = [],
                history: CommitmentHistory? = nil) {
        self.journal = journal
        self.today = today
        self.only = only
        self.paths = paths
        self.history = history
    }

    /// Checks a journal already in memory.
    public func check() -> CheckResult {
        let plan = RulePlan(configuration: journal.configuration, only: only, paths: paths, history: history != nil)
        let fileContext = FileContext(today: today, configuration: journal.configuration, history: history)
        let perFile = Parallel.map(journal.files) { plan.findings(in: $0, context: fileContext).sorted(by: Finding.ordered) }
        let context = LintContext(journal: journal, today: today, history: history)
        let findings = FindingList(merging: [perFile.flatMap { $0 }] + plan.journalFindingRuns(context))
        return CheckResult(today: today, findings: findings,
                           summary: JournalSummary(journal: journal, pairs: context.pairs.count, today: today))
    }

    /// Reads and checks the journal at `root` file by file, in parallel: each file's
    /// own rules run as soon as it is read, and only the facts journal-wide rules
    /// need (dates, partners, status) are kept, so memory stays small.
    public static func check(root: String, configuration: Configuration, today: LocalDate,
                             only: Set<String> = [], paths: [String] = [],
                             history: CommitmentHistory? = nil) -> CheckResult {
        let plan = RulePlan(configuration: configuration, only: only, paths: paths, history: history != nil)
        let fileContext = FileContext(today: today, configuration: configuration, history: history)
        let scanner = JournalScanner(root: root)
        let reader = SessionReader(configuration: configuration)
        var fileFindings: [Finding] = []
        var files: [SessionFile]
        do {  // the per-file results are let go as soon as they are gathered
            // Each worker sorts its file's findings, so the serial part only merges.
            var perFile = Parallel.map(scanner.scan(folder: configuration.sessionsPath)) { entry in
                let file = JournalLoader.readSession(entry, root: root, reader: reader)
                return (file: file.essentials, findings: plan.findings(in: file, context: fileContext).sorted(by: Finding.ordered))
            }
            fileFindings.reserveCapacity(perFile.reduce(0) { $0 + $1.findings.count })
            for index in perFile.indices {
                fileFindings += perFile[index].findings
                perFile[index].findings = []
            }
            files = perFile.map(\.file)
        }
        let scannedAgreements = scanner.scan(folder: configuration.agreementsPath)
        let agreements = scannedAgreements.map { JournalLoader.readAgreement($0, root: root) }
        for file in JournalLoader.unreadable(scannedAgreements) {
            fileFindings += plan.findings(in: file, context: fileContext)
            files.append(file.essentials)
        }
        // The journal's facts are let go, and the memory given back, before the report
        // is written: the two never peak together.
        let (journalFindings, summary) = journalPhase(
            Journal(root: root, configuration: configuration, files: consume files, agreements: agreements,
                    forgettingMentions: true),
            plan: plan, today: today, history: history)
        FreedMemory.release()
        let findings = FindingList(merging: [consume fileFindings] + journalFindings)
        return CheckResult(today: today, findings: findings, summary: summary)
    }

    /// The journal-wide rules' findings and the journal's counts.
    private static func journalPhase(_ journal: Journal, plan: RulePlan, today: LocalDate,
                                     history: CommitmentHistory?) -> ([[Finding]], JournalSummary) {
        var journal = journal
        journal.missingFolders = JournalLoader.missingFolders(root: journal.root, configuration: journal.configuration)
        journal.surveys = JournalLoader.readSurveys(root: journal.root, configuration: journal.configuration)
        let context = LintContext(journal: journal, today: today, history: history)
        let summary = JournalSummary(files: journal.files.count,
                                     sessions: journal.files.reduce(0) { $0 + ($1.session == nil ? 0 : 1) },
                                     pairs: context.pairs.count,
                                     commitments: journal.files.reduce(CommitmentCounts()) {
                                         $0 + CommitmentCounts($1.session, today: today)
                                     })
        return (plan.journalFindingRuns(context), summary)
    }
}

/// The enabled rules with their configured severities, split into those that look
/// at one file and those that need the whole journal.
struct RulePlan: Sendable {
    var fileRules: [(rule: any FileRule, severity: Severity)] = []
    var journalRules: [(rule: any Rule, severity: Severity)] = []
    var paths: [String]

    init(configuration: Configuration, only: Set<String>, paths: [String], history: Bool = false) {
        self.paths = paths
        for ruleType in RuleRegistry.all {
            // History rules need git's history, read only when asked for (`--history`).
            if !history, ruleType is any HistoryRule.Type { continue }
            let id = ruleType.description.id
            let setting = configuration.rules[id]
            if only.isEmpty {
                guard setting?.enabled ?? ruleType.description.enabledByDefault else { continue }
            } else if !only.contains(id) {
                continue
            }
            let severity = setting?.severity ?? ruleType.description.defaultSeverity
            let rule = ruleType.init()
            if let fileRule = rule as? any FileRule {
                fileRules.append((fileRule, severity))
            } else {
                journalRules.append((rule, severity))
            }
        }
    }

    /// Findings of the per-file rules for one file, silenced and filtered.
    func findings(in file: SessionFile, context: FileContext) -> [Finding] {
        guard matches(file.path) else { return [] }
        var found: [Finding] = []
        for (rule, severity) in fileRules {
            for var finding in rule.check(file, context: context)
            where !file.suppressions.silences(rule: finding.rule, line: finding.location.line) {
                finding.severity = severity
                found.append(finding)
            }
        }
        return found
    }

    /// Findings of the journal-wide rules (pairs, duplicates, configuration), run in parallel.
    func journalFindings(_ context: LintContext) -> [Finding] {
        journalFindingRuns(context).flatMap { $0 }
    }

    /// The same findings as one sorted list per rule (then the configuration's), in
    /// the order of the rules: what `Finding.merged` takes without copying them again.
    func journalFindingRuns(_ context: LintContext) -> [[Finding]] {
        let configurationFindings = fileRules.flatMap { entry in
            entry.rule.checkConfiguration(context).map { finding -> Finding in
                var finding = finding
                finding.severity = entry.severity
                return finding
            }
        }.filter { matches($0.location.file) }
        guard !journalRules.isEmpty else { return [configurationFindings.sorted(by: Finding.ordered)] }
        // Only files that silence something need a look-up (most silence nothing).
        let suppressions = Dictionary(context.journal.files.lazy.filter { !$0.suppressions.isEmpty }
                                        .map { ($0.path, $0.suppressions) },
                                      uniquingKeysWith: { first, _ in first })
        let perRule = Parallel.map(Array(journalRules.indices)) { index -> [Finding] in
            let (rule, severity) = journalRules[index]
            var found = rule.check(context)
            found.removeAll { finding in
                if let silence = suppressions[finding.location.file],
                   silence.silences(rule: finding.rule, line: finding.location.line) { return true }
                return !matches(finding.location.file)
            }
            for index in found.indices { found[index].severity = severity }
            Finding.sort(&found)
            return found
        }
        return perRule + [configurationFindings.sorted(by: Finding.ordered)]
    }

    private func matches(_ file: String) -> Bool {
        paths.isEmpty || paths.contains { $0 == file || $0.isEmpty || $0 == "." || file.hasPrefix($0 + "/") }
    }
}

extension SessionFile {
    /// What journal-wide rules need once the file's own rules have run: the
    /// session's date, partners, status and location, without texts.
    var essentials: SessionFile {
        var lean = self
        lean.issues = []
        lean.missingSections = []
        lean.session = session?.essentials()
        return lean
    }
}
