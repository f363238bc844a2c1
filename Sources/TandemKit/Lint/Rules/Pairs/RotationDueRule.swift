struct RotationDueRule: PairRule {
    static let description = RuleDescription(
        id: "rotation-due", defaultSeverity: .info,
        summary: "A pair has been meeting for longer than `after` (180d) since its first session.",
        rationale: "Rotating partners keeps perspectives fresh and spreads trust across the team. Set `rules: { rotation-due: { after: 180d } }`, or give the pair an `until` date.",
        settings: [.days("after", default: 180)],
        nonTriggering: [RuleExample("", today: "2026-11-25", files: PairExamples.sessions(["2026-06-01", "2026-11-17"]))],
        triggering: [
            RuleExample("", today: "2026-11-25", files: PairExamples.sessions(["2026-03-02", "2026-11-17"], markLast: true)),
        ])

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        let after = Int(setting("after", in: context.configuration))
        guard !pair.hasEnded(today: context.today), let first = pair.first else { return [] }
        let days = first.days(until: context.today)
        guard days > after else { return [] }
        return [finding(pair.anchor, "\(pair.key) have met since \(first) (\(days) days); consider rotating partners",
                        pair: pair.key)]
    }
}
