struct PersonUnknownRule: SessionRule {
    static let description = RuleDescription(
        id: "person-unknown", defaultSeverity: .error,
        summary: "A coach, coachee, observer or owner id that is not listed under `people` (checked only when `people` is set).",
        rationale: "Typos in ids split one person into two and break cadence tracking. Add the person to `people:` in tandem.yml or fix the id.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] @zed call back due:2026-11-30\n"),
            RuleExample("## Commitments\n- [ ] @ben call back due:2026-11-30\n", config: "people:\n  ana: Ana Lima\n  ben: Ben Okafor\n"),
        ],
        triggering: [
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\n↓coachee: zed\n---\n", config: "people:\n  ana: Ana Lima\n  ben: Ben Okafor\n"),
            RuleExample("## Commitments\n↓- [ ] @zed call back due:2026-11-30\n", config: "people:\n  ana: Ana Lima\n  ben: Ben Okafor\n"),
            RuleExample("## Check-in\n", config: "people:\n  ana: Ana Lima\n  ben: Ben Okafor\npairs:\n↓  - partners: [ana, zed]\n"),
        ])

    /// Partners of pairs configured in `tandem.yml`, at the pair's entry.
    func checkConfiguration(_ context: LintContext) -> [Finding] {
        let people = context.configuration.people
        guard !people.isEmpty else { return [] }
        return context.configuration.pairs.flatMap { plan in
            plan.key.partners.filter { people[$0] == nil }.map { id in
                finding(SourceLocation(file: JournalLocator.configFileName, line: plan.line),
                        .unknownPerson(id, role: "partner"), pair: plan.key)
            }
        }
    }

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        let people = context.configuration.people
        guard !people.isEmpty else { return [] }
        var findings: [Finding] = []
        func check(_ id: String, _ line: Int, _ column: Int = 1, role: String, commitment: String? = nil) {
            guard people[id] == nil else { return }
            findings.append(finding(SourceLocation(file: file.path, line: line, column: column),
                                    .unknownPerson(id, role: role), pair: session.pair, commitment: commitment))
        }
        check(session.coach, file.keyLine("coach"), role: "coach")
        check(session.coachee, file.keyLine("coachee"), role: "coachee")
        for observer in session.observers {
            check(observer, file.keyLine("observer"), role: "observer")
        }
        for commitment in session.commitments {
            for owner in commitment.owners where owner != session.coachee {
                check(owner, commitment.line, commitment.column, role: "owner of commitment \(commitment.id)", commitment: commitment.id)
            }
        }
        return findings
    }
}

extension String {
    static func unknownPerson(_ id: String, role: String) -> String {
        "\(role) '\(id)' is not listed under people in tandem.yml"
    }
}
