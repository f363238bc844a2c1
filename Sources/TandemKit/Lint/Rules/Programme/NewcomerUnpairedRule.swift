struct NewcomerUnpairedRule: Rule {
    static let description = RuleDescription(
        id: "newcomer-unpaired", defaultSeverity: .warning,
        summary: "A person who joined more than 14 days ago, has not left, and is in no active pair.",
        rationale: """
            New team members learn fastest with an experienced peer. A pair is active when it is configured \
            with `since` on or before today and no `until` (or `until` still ahead), or when it held a session \
            within its cadence + grace. `tandem rotate` proposes pairs that cover newcomers. People without \
            `joined` are never reported.
            """,
        nonTriggering: [
            RuleExample("", config: "people:\n  ana: { name: Ana, joined: 2026-11-20 }\n  ben: Ben\n"),
            RuleExample("", config: "people:\n  ana: { name: Ana, joined: 2026-09-01 }\n  ben: Ben\n"
                        + "pairs:\n  - partners: [ana, ben]\n    since: 2026-09-15\n"),
            RuleExample("", config: "people:\n  ana: { name: Ana, joined: 2026-09-01, left: 2026-10-01 }\n  ben: Ben\n"),
            RuleExample("", config: "people:\n  ana: { name: Ana, joined: 2026-09-01 }\n  ben: Ben\n",
                        files: [("sessions/2026/2026-11-20-ana-ben.md", "---\ndate: 2026-11-20\ncoach: ben\ncoachee: ana\n---\n")]),
        ],
        triggering: [
            RuleExample("", config: "people:\n↓  ana: { name: Ana, joined: 2026-09-01 }\n  ben: Ben\n"),
            RuleExample("", config: "people:\n↓  ana: { name: Ana, joined: 2026-09-01 }\n  ben: Ben\n"
                        + "pairs:\n  - partners: [ana, ben]\n    since: 2026-06-01\n    until: 2026-10-01\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        let today = context.today
        let active = ActivePairs(context: context)
        return context.configuration.people.values.sorted { $0.line < $1.line }.compactMap { person in
            guard let joined = person.joined, joined.days(until: today) > 14, person.isIn(on: today),
                  !active.people.contains(person.id) else { return nil }
            return finding(SourceLocation(file: JournalLocator.configFileName, line: person.line),
                           .newcomerUnpaired(person.id, joined: joined))
        }
    }
}

/// Who is in an active pair today: configured and running (`since` ≤ today, no
/// `until` or today < `until`), or met (held) within its cadence + grace.
struct ActivePairs {
    var people = Set<String>()

    init(context: LintContext) {
        let today = context.today
        for plan in context.configuration.pairs {
            guard let since = plan.since, since <= today, plan.until.map({ today < $0 }) ?? true else { continue }
            people.formUnion(plan.key.partners)
            if let observer = plan.observer { people.insert(observer) }
        }
        for pair in context.pairs {
            guard let last = pair.held.last(where: { $0.date <= today }),
                  last.date.days(until: today) <= pair.cadenceDays + pair.graceDays else { continue }
            people.formUnion(pair.key.partners)
            people.formUnion(last.observers)
        }
    }
}

extension String {
    static func newcomerUnpaired(_ id: String, joined: LocalDate) -> String {
        "\(id) joined \(joined) and is in no active pair; propose one with tandem rotate"
    }
}
