struct CommitmentStaleRule: SessionRule {
    static let description = RuleDescription(
        id: "commitment-stale", defaultSeverity: .warning,
        summary: "An open commitment without a due date, from a session older than `after` (30d).",
        rationale: "A dateless commitment that has stayed open for a month is probably forgotten: finish it, cancel it, or give it a date. Set `rules: { commitment-stale: { after: 30d } }`.",
        settings: [.days("after", default: 30)],
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft the script\n", today: "2026-12-03"),
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-17\n", today: "2027-01-10"),
        ],
        triggering: [RuleExample("## Commitments\n↓- [ ] Draft the script\n", today: "2026-12-04")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        let after = Int(setting("after", in: context.configuration))
        let age = session.date.days(until: context.today)
        guard age > after else { return [] }
        return session.commitments.compactMap { c in
            guard c.isOpen, c.due == nil, !c.hasInvalidDate, c.recurrence == nil else { return nil }
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "commitment \(c.id) has been open without a due date for \(age) days",
                           pair: session.pair, commitment: c.id)
        }
    }
}
