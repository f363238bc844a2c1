struct CommitmentOverdueRule: SessionRule {
    static let description = RuleDescription(
        id: "commitment-overdue", defaultSeverity: .warning,
        summary: "An open commitment whose due date has passed.",
        rationale: "Due today is due, not overdue. Tick it (`tandem done ID`), cancel it, or agree a new date with your partner.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-25\n"),
            RuleExample("## Commitments\n- [x] Draft the script due:2026-11-10 done:2026-11-09\n- [-] Call Sam due:2026-11-10\n"),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-11-24\n"),
            RuleExample("## Commitments\n↓- [/] Share the recording 📅 2026-11-07\n"),
            RuleExample("## Notes\n↓> - [ ] Quoted but still mine [due:: 2026-11-20]\n"),
        ])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        session.commitments.compactMap { c in
            guard c.isOverdue(today: context.today), let due = c.due else { return nil }
            let days = due.days(until: context.today)
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "commitment \(c.id) of \(c.owners.joined(separator: ", ")) was due \(due), \(days) day\(days == 1 ? "" : "s") ago",
                           pair: session.pair, commitment: c.id)
        }
    }
}
