struct FieldInvalidRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "field-invalid", defaultSeverity: .error,
        summary: "A front-matter value has the wrong form: a bad date, duration, pulse value, status or type.",
        rationale: "`date` is YYYY-MM-DD; `duration` a positive number of minutes; `pulse` maps names to 1–5; `status` is held, planned or cancelled; `confidential` is true or false.",
        nonTriggering: [
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nduration: 45\npulse: { safety: 4, trust: 5 }\nstatus: planned\n---\n"),
        ],
        triggering: [
            RuleExample("---\n↓date: 2026-11-31\ncoach: ana\ncoachee: ben\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n↓duration: forty\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\npulse:\n↓  safety: 7\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n↓status: postponed\n---\n"),
            RuleExample("---\ndate: 2026-11-03\n↓coach: [ana, ben]\ncoachee: ben\n---\n"),
        ])

    func message(for problem: ReadProblem) -> String? {
        guard case let .fieldInvalid(key, _, expected) = problem else { return nil }
        return switch expected {
        case .calendarDate: "'\(key)' must be a calendar date YYYY-MM-DD"
        case .personID: "'\(key)' must be one person id"
        case .personIDs: "'\(key)' must be a person id or a list of them"
        case .positiveMinutes: "'\(key)' must be a positive whole number of minutes"
        case .text: "'\(key)' must be text"
        case .boolean(failsClosed: true): "'\(key)' must be true or false; the session is treated as confidential"
        case .boolean(failsClosed: false): "'\(key)' must be true or false"
        case .wordList: "'\(key)' must be a list of words"
        case .ratings: "'\(key)' must map names to ratings 1–5"
        case .rating: "pulse '\(key)' must be a whole number from 1 to 5"
        case .sessionStatus: "'\(key)' must be held, planned or cancelled"
        case .ruleIDs: "'\(key)' must be a list of rule ids"
        }
    }
}
