struct CommitmentNoDueRule: SessionRule {
    static let description = RuleDescription(
        id: "commitment-no-due", defaultSeverity: .warning,
        summary: "An open commitment has no due date.",
        rationale: "Commitments without a date are the ones that get forgotten. Add `due:YYYY-MM-DD`, `📅 YYYY-MM-DD`, `due:+2w` or `due:next`.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft due:2026-11-30\n- [x] Read the checklist\n- [-] Call Sam\n"),
            RuleExample("## Goals\n- [ ] Handle objections without discounting\n"),
            RuleExample("## Commitments\n- [ ] Ask one open question in every call 🔁 every week\n"),
        ],
        triggering: [RuleExample("## Commitments\n↓- [ ] Draft the objection-handling script\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        session.commitments.compactMap { c in
            guard c.isOpen, c.due == nil, !c.hasInvalidDate, c.recurrence == nil else { return nil }
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "open commitment \(c.id) has no due date", pair: session.pair, commitment: c.id)
        }
    }
}
