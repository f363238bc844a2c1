struct DueInvalidRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "due-invalid", defaultSeverity: .error,
        summary: "A due, done or cancelled field holds an impossible or unreadable date (`due:2026-02-30`).",
        rationale: "Dates are YYYY-MM-DD; due dates may also be relative: `due:+3d`, `due:+2w`, `due:next`.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft due:2026-11-30\n- [ ] Call due:+2w\n- [x] Read ✅ 2026-11-04\n"),
            RuleExample("## Commitments\n- [ ] Send the overdue: invoices list due:next\n"),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-02-30\n"),
            RuleExample("## Commitments\n↓- [x] Read the checklist ✅ 2026-13-01\n"),
            RuleExample("## Commitments\n↓- [ ] Call Sam due:tomorrow\n"),
        ])

    func message(for problem: ReadProblem) -> String? {
        guard case let .impossibleDate(id, _, _, fields) = problem else { return nil }
        let list = fields.map { "'\($0)'" }.joined(separator: ", ")
        return "commitment \(id) has a date field that is not a real date: \(list)"
    }
}
