struct CommitmentDueBeforeSessionRule: SessionRule {
    static let description = RuleDescription(
        id: "commitment-due-before-session", defaultSeverity: .error,
        summary: "A commitment is due before the session that made it.",
        rationale: "A commitment looks forward from its session; an earlier due date is almost always a typo in the year or month.",
        nonTriggering: [RuleExample("## Commitments\n- [ ] Draft due:2026-11-03\n- [ ] Call due:2026-11-17\n")],
        triggering: [RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-10-17\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        session.commitments.compactMap { c in
            guard let due = c.due, due < session.date else { return nil }
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "commitment \(c.id) is due \(due), before its session on \(session.date)",
                           pair: session.pair, commitment: c.id)
        }
    }
}
