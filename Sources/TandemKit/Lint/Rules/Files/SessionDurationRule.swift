struct SessionDurationRule: SessionRule {
    static let description = RuleDescription(
        id: "session-duration", defaultSeverity: .info,
        summary: "A session's `duration` is outside the expected minutes (30–60 by default).",
        rationale: "Very short sessions rarely leave room for goals and commitments; very long ones are hard to sustain. Set `rules: { session-duration: { min: 30, max: 60 } }`.",
        settings: [.count("min", default: 30), .count("max", default: 60)],
        nonTriggering: [
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nduration: 45\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nduration: 90\n---\n",
                        config: "rules:\n  session-duration: { min: 30, max: 90 }\n"),
        ],
        triggering: [
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n↓duration: 15\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n↓duration: 95\n---\n"),
        ])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        guard let duration = session.duration else { return [] }
        let minimum = Int(setting("min", in: context.configuration))
        let maximum = Int(setting("max", in: context.configuration))
        guard duration < minimum || duration > maximum else { return [] }
        return [finding(SourceLocation(file: file.path, line: file.keyLine("duration")),
                        "session lasted \(duration) minutes, outside \(minimum)–\(maximum)", pair: session.pair)]
    }
}
