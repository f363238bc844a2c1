struct SessionInFutureRule: SessionRule {
    static let description = RuleDescription(
        id: "session-in-future", defaultSeverity: .warning,
        summary: "A held session is dated after today.",
        rationale: "Mark sessions that have not happened yet with `status: planned`, or fix the date.",
        nonTriggering: [
            RuleExample("---\ndate: 2026-12-03\ncoach: ana\ncoachee: ben\nstatus: planned\n---\n"),
            RuleExample("---\ndate: 2026-11-25\ncoach: ana\ncoachee: ben\n---\n"),
        ],
        triggering: [RuleExample("---\n↓date: 2026-12-03\ncoach: ana\ncoachee: ben\n---\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        guard session.isHeld, session.date > context.today else { return [] }
        return [finding(SourceLocation(file: file.path, line: file.keyLine("date")),
                        "session is dated \(session.date), after today (\(context.today)); use status: planned",
                        pair: session.pair)]
    }
}
