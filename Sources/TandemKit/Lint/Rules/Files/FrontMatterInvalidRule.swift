struct FrontMatterInvalidRule: ReadProblemRule {
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

    func message(for problem: ReadProblem) -> String? {
        switch problem {
        case .frontMatterUnterminated: "front matter is not closed by a '---' line"
        case let .frontMatterTooLarge(limit): "front matter is larger than \(limit / 1024) KiB"
        case let .frontMatterYAML(_, _, detail): detail
        case .frontMatterUnparsable: "cannot parse the front matter"
        case .frontMatterNotMapping: "front matter must be a mapping of keys to values"
        default: nil
        }
    }
}
