struct CommitmentStateConflictRule: SessionRule {
    static let description = RuleDescription(
        id: "commitment-state-conflict", defaultSeverity: .warning,
        summary: "An open commitment carries a done or cancelled date.",
        rationale: """
            An open box with a completion date contradicts itself: was it done or not? Tick the box \
            (`tandem done ID`) or remove the date (`tandem reopen ID`). A checked box needs no date.
            """,
        nonTriggering: [
            RuleExample("## Commitments\n- [x] Draft the script done:2026-11-20\n- [x] Call Sam\n- [-] Book the room ❌ 2026-11-10\n"),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script ✅ 2026-11-20\n"),
            RuleExample("## Commitments\n↓- [/] Call Sam [cancelled:: 2026-11-10]\n"),
        ])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        session.commitments.compactMap { c in
            guard c.hasStateConflict else { return nil }
            let what = c.done.map { "a done date (\($0))" } ?? c.cancelled.map { "a cancelled date (\($0))" } ?? "a date"
            return finding(SourceLocation(file: file.path, line: c.line, column: c.column),
                           "commitment \(c.id) is open but has \(what); tick its box or remove the date",
                           pair: session.pair, commitment: c.id)
        }
    }
}
