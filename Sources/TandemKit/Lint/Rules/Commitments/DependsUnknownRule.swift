struct DependsUnknownRule: Rule {
    static let description = RuleDescription(
        id: "depends-unknown", defaultSeverity: .warning,
        summary: "A commitment depends on a task id that no commitment carries.",
        rationale: """
            `⛔ ID` (or `[dependsOn:: ID]`) names the `🆔 ID` of the commitment this one waits for. \
            When no commitment carries that id, the dependency can never be met: fix the id or remove it.
            """,
        nonTriggering: [RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n- [ ] Run the workshop ⛔ room\n")],
        triggering: [
            RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n↓- [ ] Run the workshop ⛔ rooom\n"),
            RuleExample("## Commitments\n↓- [ ] Send the notes [dependsOn:: minutes]\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        guard context.journal.usesTaskIDs else { return [] }
        let sessions = context.journal.sessions
        var carried = Set<String>()
        for session in sessions { for c in session.commitments { if let id = c.taskID { carried.insert(id) } } }
        return sessions.flatMap { session in
            session.commitments.flatMap { c in
                c.dependsOn.filter { !carried.contains($0) }.map { id in
                    finding(SourceLocation(file: session.file, line: c.line, column: c.column),
                            "commitment \(c.id) depends on '\(id)', which no commitment carries as its id",
                            pair: session.pair, commitment: c.id)
                }
            }
        }
    }
}
