struct FrontMatterMissingRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "front-matter-missing", defaultSeverity: .error,
        summary: "A session file has no YAML front matter.",
        rationale: "Every session file starts with a `---` line, the YAML front matter (date, coach, coachee), and a closing `---`. Without it tandem cannot tell who met when.",
        nonTriggering: [RuleExample("## Check-in\nBen closed two deals.\n")],
        triggering: [
            RuleExample("↓# Notes from Tuesday\n- [ ] call Sam\n", frontMatter: false),
            RuleExample("↓", frontMatter: false),
        ])

    func message(for problem: ReadProblem) -> String? {
        guard case .frontMatterMissing = problem else { return nil }
        return "no front matter: the file must start with a '---' line"
    }
}
