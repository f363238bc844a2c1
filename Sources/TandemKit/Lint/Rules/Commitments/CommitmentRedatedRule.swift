/// `check --history` only: an open commitment whose due date was pushed again and again.
struct CommitmentRedatedRule: SessionRule, HistoryRule {
    static let description = RuleDescription(
        id: "commitment-redated", defaultSeverity: .warning,
        summary: "An open commitment whose due date was changed `after` (3) or more times, by git's history; only with `check --history`.",
        rationale: "A due date moved three times is a promise the pair no longer believes: talk about it at the next session, split it, or cancel it. Counted from the journal's git history (`tandem history` lists the changes). Set `rules: { commitment-redated: { after: 3 } }`.",
        settings: [.count("after", default: 3)],
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-24\n", history: [
                ("2026-11-03", "## Commitments\n- [ ] Draft the script due:2026-11-10\n"),
                ("2026-11-09", "## Commitments\n- [ ] Draft the script due:2026-11-17\n"),
            ]),
            RuleExample("## Commitments\n- [x] Draft the script due:2026-12-01\n", history: [
                ("2026-11-03", "## Commitments\n- [ ] Draft the script due:2026-11-10\n"),
                ("2026-11-09", "## Commitments\n- [ ] Draft the script due:2026-11-17\n"),
                ("2026-11-16", "## Commitments\n- [ ] Draft the script due:2026-11-24\n"),
            ]),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-12-01\n", history: [
                ("2026-11-03", "## Commitments\n- [ ] Draft the script due:2026-11-10\n"),
                ("2026-11-09", "## Commitments\n- [ ] Draft the script due:2026-11-17\n"),
                ("2026-11-16", "## Commitments\n- [ ] Draft the script due:2026-11-24\n"),
            ]),
        ])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        guard let history = context.history else { return [] }
        let after = Int(setting("after", in: context.configuration))
        return history.events(of: session).compactMap { c, events in
            guard c.isOpen, let events, events.redated >= after, let last = events.dueChanges.last else { return nil }
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "commitment \(c.id) has had its due date changed \(events.redated) times, last on \(last.date)",
                           pair: session.pair, commitment: c.id)
        }
    }
}
