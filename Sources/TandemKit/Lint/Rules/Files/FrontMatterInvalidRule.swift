struct FrontMatterInvalidRule: ReadIssueRule {
    static let description = RuleDescription(
        id: "front-matter-invalid", defaultSeverity: .error,
        summary: "The front matter is not valid YAML, is not a mapping, or is never closed.",
        rationale: "The finding points at the line and column where the YAML parser stopped. Quote values that contain `: ` or start with `[`, `{`, `*` or `&`.",
        nonTriggering: [RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nfocus: \"Objections: price\"\n---\n")],
        triggering: [
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n", frontMatter: false),
            RuleExample("---\n↓- ana\n- ben\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\n↓coach: ben\n---\n"),
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: [ben\n↓---\n"),
        ])
}
