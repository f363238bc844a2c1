struct StatusUnknownRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "status-unknown", defaultSeverity: .warning,
        summary: "A checkbox character other than ` `, `/`, `x`, `X` or `-`; the commitment counts as open.",
        rationale: "`[ ]` open, `[/]` in progress, `[x]` done, `[-]` cancelled.",
        nonTriggering: [RuleExample("## Commitments\n- [/] Draft due:2026-11-30\n- [-] Call Sam\n- [X] Read\n")],
        triggering: [RuleExample("## Commitments\n↓- [?] Draft the script due:2026-11-30\n")])

    func message(for problem: ReadProblem) -> String? {
        guard case let .unknownCheckbox(id, _, _, mark) = problem else { return nil }
        return "commitment \(id) has an unknown checkbox '[\(mark)]'; use [ ], [/], [x] or [-]"
    }
}
