struct TaskIDDuplicateRule: Rule {
    static let description = RuleDescription(
        id: "task-id-duplicate", defaultSeverity: .warning,
        summary: "Two commitments carry the same task id.",
        rationale: """
            A task id (`🆔 ID`, `[id:: ID]`) names one commitment, so that others can depend on it. \
            The second and every later one (by file and line) is reported; give each its own id.
            """,
        nonTriggering: [RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n- [ ] Send the agenda 🆔 agenda\n")],
        triggering: [
            RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n↓- [ ] Book the other room [id:: room]\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        guard context.journal.usesTaskIDs else { return [] }
        var first: [String: (file: String, line: Int)] = [:]
        var found: [Finding] = []
        let sessions = context.journal.sessions.sorted { $0.file < $1.file }
        for session in sessions {
            for c in session.commitments.sorted(by: { $0.line < $1.line }) {
                guard let id = c.taskID else { continue }
                if let earlier = first[id] {
                    found.append(finding(SourceLocation(file: session.file, line: c.line, column: c.column),
                                         "commitment \(c.id) has task id '\(id)', already used at \(earlier.file):\(earlier.line)",
                                         pair: session.pair, commitment: c.id))
                } else {
                    first[id] = (session.file, c.line)
                }
            }
        }
        return found
    }
}
