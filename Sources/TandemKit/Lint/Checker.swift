/// What `tandem check` found, with the counts its reports summarise.
public struct CheckResult: Sendable {
    public var today: LocalDate
    /// Sorted by file, line, rule.
    public var findings: [Finding]
    public var summary: JournalSummary

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// Whether any finding is at or above `threshold` (nil: never fail).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }
}

/// Counts over the whole journal, shared by `check` and `index`.
public struct JournalSummary: Sendable {
    public var files: Int
    public var sessions: Int
    public var pairs: Int
    public var open: Int
    public var done: Int
    public var cancelled: Int
    public var overdue: Int

    public init(journal: Journal, pairs: Int, today: LocalDate) {
        files = journal.files.count
        let sessions = journal.sessions
        self.sessions = sessions.count
        self.pairs = pairs
        var open = 0, done = 0, cancelled = 0, overdue = 0
        for commitment in sessions.lazy.flatMap(\.commitments) {
            switch commitment.status {
            case .open, .inProgress: open += 1
            case .done: done += 1
            case .cancelled: cancelled += 1
            }
            if commitment.isOverdue(today: today) { overdue += 1 }
        }
        (self.open, self.done, self.cancelled, self.overdue) = (open, done, cancelled, overdue)
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

    public init(journal: Journal, today: LocalDate, only: Set<String> = [], paths: [String] = []) {
        self.journal = journal
        self.today = today
        self.only = only
        self.paths = paths
    }

    public func check() -> CheckResult {
        let context = LintContext(journal: journal, today: today)
        let configuration = journal.configuration
        let suppressions = Dictionary(journal.files.map { ($0.path, $0.suppressions) }, uniquingKeysWith: { a, _ in a })
        let enabled: [(rule: any Rule.Type, severity: Severity)] = RuleRegistry.all.compactMap { ruleType in
            let id = ruleType.description.id
            let setting = configuration.rules[id]
            if only.isEmpty {
                guard setting?.enabled ?? true else { return nil }
            } else if !only.contains(id) {
                return nil
            }
            return (ruleType, setting?.severity ?? ruleType.description.defaultSeverity)
        }
        // Rules are pure and independent: run them on all cores.
        let perRule = Parallel.map(enabled.indices.map { $0 }) { index -> [Finding] in
            let (ruleType, severity) = enabled[index]
            let id = ruleType.description.id
            return ruleType.init().check(context).compactMap { finding in
                if let silence = suppressions[finding.location.file],
                   silence.silences(rule: id, line: finding.location.line) { return nil }
                guard matchesPaths(finding.location.file) else { return nil }
                var finding = finding
                finding.severity = severity
                return finding
            }
        }
        var findings = perRule.flatMap { $0 }
        findings.sort(by: Finding.ordered)
        return CheckResult(today: today, findings: findings,
                           summary: JournalSummary(journal: journal, pairs: context.pairs.count, today: today))
    }

    private func matchesPaths(_ file: String) -> Bool {
        paths.isEmpty || paths.contains { $0 == file || $0.isEmpty || $0 == "." || file.hasPrefix($0 + "/") }
    }
}
