struct SamePersonRule: SessionRule {
    static let description = RuleDescription(
        id: "same-person", defaultSeverity: .error,
        summary: "Coach and coachee are the same person.",
        rationale: "Peer coaching takes two: one coaches, the other is coached. The session is kept but belongs to no pair.",
        nonTriggering: [RuleExample("## Check-in\n")],
        triggering: [RuleExample("---\ndate: 2026-11-03\ncoach: ana\n↓coachee: ana\n---\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        guard session.coach == session.coachee else { return [] }
        return [finding(SourceLocation(file: file.path, line: file.keyLine("coachee")),
                        "'\(session.coach)' is both coach and coachee")]
    }
}
