struct ConfigUnknownKeyRule: Rule {
    static let description = RuleDescription(
        id: "config-unknown-key", defaultSeverity: .warning,
        summary: "`tandem.yml` has a key tandem does not know (often a typo).",
        rationale: "Unknown keys are ignored, so a misspelt `cadense:` silently keeps the default.",
        nonTriggering: [RuleExample("## Check-in\n", config: "team: Sales East\ncadence: 14d\n")],
        triggering: [
            RuleExample("## Check-in\n", config: "team: Sales East\n↓cadense: 21d\n"),
            RuleExample("## Check-in\n", config: "rules:\n  role-imbalance:\n↓    max-shar: 0.6\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        context.configuration.unknownKeys.map { entry in
            finding(SourceLocation(file: JournalLocator.configFileName, line: entry.line, column: entry.column),
                    "unknown key '\(entry.key)' is ignored")
        }
    }
}
