struct FieldInvalidRule: ReadIssueRule {
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
}
