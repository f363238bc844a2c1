/// A journal-wide rule: a commitment waiting on an open one it depends on (⛔) is
/// blocked, not overdue, and that needs every file.
struct CommitmentOverdueRule: Rule {
    static let description = RuleDescription(
        id: "commitment-overdue", defaultSeverity: .warning,
        summary: "An open commitment whose due date has passed.",
        rationale: "Due today is due, not overdue. Tick it (`tandem done ID`), cancel it, or agree a new date with your partner.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-25\n"),
            RuleExample("## Commitments\n- [x] Draft the script due:2026-11-10 done:2026-11-09\n- [-] Call Sam due:2026-11-10\n"),
            RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n- [ ] Run the workshop ⛔ room 📅 2026-11-20\n"),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-11-24\n"),
            RuleExample("## Commitments\n↓- [/] Share the recording 📅 2026-11-07\n"),
            RuleExample("## Notes\n↓> - [ ] Quoted but still mine [due:: 2026-11-20]\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        context.journal.sessions.flatMap { check($0, today: context.today) }
    }

    private func check(_ session: Session, today: LocalDate) -> [Finding] {
        session.commitments.compactMap { c in
            guard c.isOverdue(today: today), let due = c.due else { return nil }
            let days = due.days(until: today)
            return finding(SourceLocation(file: session.file, line: c.line, column: c.column),
                           "commitment \(c.id) of \(c.owners.joined(separator: ", ")) was due \(due), \(days) day\(days == 1 ? "" : "s") ago",
                           pair: session.pair, commitment: c.id)
        }
    }
}
