struct AgreementMissingRule: PairRule {
    static let description = RuleDescription(
        id: "agreement-missing", defaultSeverity: .info,
        summary: "A pair with sessions has no coaching agreement in `agreements/`.",
        rationale: "Partners agree on confidentiality, scope, cadence and how feedback is given. An agreement file names both partners in `partners: [a, b]`, or is called `a-b.md` with the ids sorted.",
        nonTriggering: [
            RuleExample("## Check-in\n", files: [("agreements/ana-ben.md", "# Our agreement\n")]),
            RuleExample("## Check-in\n", files: [("agreements/2026-sales.md", "---\npartners: [ben, ana]\n---\n")]),
            RuleExample("## Check-in\n", files: [("agreements/triad.md", "---\npartners:\n  - cy\n  - ana\n  - ben\n---\n")]),
        ],
        triggering: [
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"),
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n",
                        files: [("agreements/ana-cy.md", "---\npartners: [ana, cy]\n---\n")]),
        ])

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        guard !pair.all.isEmpty, !context.journal.agreements.contains(where: { $0.names(pair.key) }) else { return [] }
        return [finding(pair.anchor,
                        "no coaching agreement for \(pair.key) in \(context.configuration.agreementsPath)/", pair: pair.key)]
    }
}
