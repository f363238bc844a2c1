/// The pieces of a check an editor needs: one file's own findings, and the
/// journal-wide findings grouped by file. Together they are exactly what
/// `tandem check PATH` reports for that file, from the same rules and settings.
extension Checker {
    /// Findings of the per-file rules for `file` (already read from a buffer or from disk).
    public static func fileFindings(_ file: SessionFile, configuration: Configuration, today: LocalDate) -> [Finding] {
        let plan = RulePlan(configuration: configuration, only: [], paths: [])
        return plan.findings(in: file, context: FileContext(today: today, configuration: configuration))
    }

    /// Findings of the journal-wide rules (pairs, duplicates, configuration) by root-relative file.
    /// `journal` may hold only the essentials of its sessions, as `check` keeps them.
    public static func journalFindings(_ journal: Journal, today: LocalDate) -> [String: [Finding]] {
        let plan = RulePlan(configuration: journal.configuration, only: [], paths: [])
        let found = plan.journalFindings(LintContext(journal: journal, today: today))
        return Dictionary(grouping: found, by: \.location.file)
    }
}
