struct RoleImbalanceRule: PairRule {
    static let description = RuleDescription(
        id: "role-imbalance", defaultSeverity: .warning,
        summary: "One partner coached more than `max-share` (0.67) of a pair's held sessions, once there are `min-sessions` (4).",
        rationale: "Peer coaching is reciprocal: partners take turns as coach and coachee. `tandem new --pair a,b` alternates the roles for you.",
        settings: [.fraction("max-share", default: 0.67), .count("min-sessions", default: 4)],
        nonTriggering: [
            RuleExample("", files: PairExamples.sessions(["2026-10-01", "2026-10-15", "2026-10-29", "2026-11-12"])),
            RuleExample("", files: PairExamples.sessions(["2026-10-01", "2026-10-15", "2026-10-29"], coach: "ana")),
        ],
        triggering: [
            RuleExample("", files: PairExamples.sessions(["2026-10-01", "2026-10-15", "2026-10-29", "2026-11-12"],
                                                         coach: "ana", markLast: true)),
        ])

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        let minimum = Int(setting("min-sessions", in: context.configuration))
        let maxShare = setting("max-share", in: context.configuration)
        let held = pair.held.count
        guard held >= max(minimum, 1) else { return [] }
        let coached = pair.coached
        guard let (partner, count) = coached.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first,
              count / Double(held) > maxShare else { return [] }
        let other = partner == pair.key.first ? pair.key.second : pair.key.first
        let percent = Int((count * 100 / Double(held)).rounded())
        return [finding(pair.anchor,
                        "\(partner) coached \(count.sessionCount) of \(held) sessions with \(other) (\(percent)%); take turns as coach and coachee",
                        pair: pair.key)]
    }
}
