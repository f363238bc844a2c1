struct CadenceSlippingRule: PairRule {
    static let description = RuleDescription(
        id: "cadence-slipping", defaultSeverity: .warning,
        summary: "A pair's sessions are drifting apart: the median of the last 3 gaps is over 1.5 × cadence, after keeping to it before.",
        rationale: "Fires with at least 5 held sessions when the median of the last three gaps exceeds 1.5 × cadence while the median of the earlier gaps was within cadence + grace: fortnightly becoming monthly.",
        nonTriggering: [
            RuleExample("", today: "2026-08-20", files: PairExamples.sessions(
                ["2026-06-01", "2026-06-15", "2026-06-29", "2026-07-13", "2026-07-27", "2026-08-10"])),
            RuleExample("", today: "2026-10-20", files: PairExamples.sessions(
                ["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"])),
        ],
        triggering: [
            RuleExample("", today: "2026-10-20", files: PairExamples.sessions(
                ["2026-06-01", "2026-06-15", "2026-06-29", "2026-07-13", "2026-08-12", "2026-09-11", "2026-10-11"],
                markLast: true)),
        ])

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        guard !pair.hasEnded(today: context.today), pair.held.count >= 5 else { return [] }
        let gaps = pair.gaps
        guard let recent = median(Array(gaps.suffix(3))), let earlier = median(Array(gaps.dropLast(3))),
              recent > 1.5 * Double(pair.cadenceDays),
              earlier <= Double(pair.cadenceDays + pair.graceDays) else { return [] }
        return [finding(pair.anchor,
                        "\(pair.key) are meeting less often: median of the last 3 gaps is \(formatDays(recent)) days against a cadence of \(pair.cadenceDays) (earlier median \(formatDays(earlier)))",
                        pair: pair.key)]
    }
}
