struct ConfigPathMissingRule: Rule {
    static let description = RuleDescription(
        id: "config-path-missing", defaultSeverity: .warning,
        summary: "A folder set under `paths:` in `tandem.yml` does not exist.",
        rationale: """
            A misspelt `paths.sessions` silently reads nothing: every check passes on an empty journal. \
            Create the folder or fix the path. A folder left to its default may be absent (an empty journal); \
            `tandem init` keeps its folders in git with a `.gitkeep`.
            """,
        nonTriggering: [
            RuleExample("## Check-in\n", config: "team: Sales East\n"),
            RuleExample("## Check-in\n", config: "paths:\n  sessions: sessions\n"),
        ],
        triggering: [RuleExample("## Check-in\n", config: "paths:\n↓  agreements: agreemnts\n")])

    func check(_ context: LintContext) -> [Finding] {
        context.configuration.configuredPaths.compactMap { entry in
            guard context.journal.missingFolders.contains(entry.folder) else { return nil }
            return finding(SourceLocation(file: JournalLocator.configFileName, line: entry.line, column: entry.column),
                           "paths.\(entry.key) names '\(entry.folder)', which is not a folder of the journal")
        }
    }
}
