struct CadenceOverdueRule: PairRule {
    static let description = RuleDescription(
        id: "cadence-overdue", defaultSeverity: .warning,
        summary: "A pair has not met for longer than its cadence plus grace.",
        rationale: "Partnerships fail quietly: sessions stop and nobody notices. The count runs from the last held session (or from `since` for a configured pair that never met); ended pairs (`until` in the past) and pairs with a booking (a `planned` session dated from today to today + cadence) are left alone.",
        nonTriggering: [
            RuleExample("", today: "2026-10-22", files: PairExamples.sessions(["2026-10-01"])),
            RuleExample("", config: "pairs:\n  - partners: [ana, ben]\n    until: 2026-10-31\n",
                        today: "2026-11-25", files: PairExamples.sessions(["2026-10-01"])),
            RuleExample("", today: "2026-10-23", files: PairExamples.sessions(["2026-09-17", "2026-10-01"]) + [
                ("sessions/2026/2026-10-28-ana-ben.md", "---\ndate: 2026-10-28\ncoach: ana\ncoachee: ben\nstatus: planned\n---\n"),
            ]),
        ],
        triggering: [
            RuleExample("", today: "2026-10-23", files: PairExamples.sessions(["2026-09-17", "2026-10-01"], markLast: true)),
            RuleExample("## Check-in\n", config: "pairs:\n↓  - partners: [cy, dev]\n    since: 2026-09-01\n",
                        today: "2026-11-20"),
        ])

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        guard !pair.hasEnded(today: context.today), !pair.isCoveredByBooking(today: context.today), let reference = pair.last ?? pair.plan?.since else { return [] }
        let days = reference.days(until: context.today)
        guard days > pair.cadenceDays + pair.graceDays else { return [] }
        let what = pair.last == nil ? "have not met since starting on \(reference)" : "last met \(reference)"
        return [finding(pair.anchor,
                        "\(pair.key) \(what), \(days) days ago; expected every \(pair.cadenceDays) days (+\(pair.graceDays) grace)",
                        pair: pair.key)]
    }
}
