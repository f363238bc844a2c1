struct FieldMissingRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "field-missing", defaultSeverity: .error,
        summary: "The front matter lacks `date`, `coach` or `coachee`.",
        rationale: "A file without these three keys is not a session: it is left out of the index and of every pair.",
        nonTriggering: [RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n")],
        triggering: [
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\n---\n"),
            RuleExample("↓---\ndate:\ncoach: ana\ncoachee: ben\n---\n"),
        ])

    func message(for problem: ReadProblem) -> String? {
        guard case let .fieldMissing(key) = problem else { return nil }
        return "required field '\(key)' is missing"
    }
}
