/// Hover on a commitment's line: what tandem knows about it.
extension Workspace {
    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        guard let document = documents[params.textDocument.uri], let root = document.root,
              case .ready(let live) = journals[root],
              let (buffered, _) = document.commitment(onLine: params.position.line) else { return nil }
        let today = options.today(for: live.configuration)
        // Blocking and reviews are settled across the journal: read them from the journal's copy.
        let linked = document.relative.flatMap { path in
            live.journal.files.first { $0.path == path }?.session?.commitments.first { $0.id == buffered.id }
        }
        var commitment = buffered
        commitment.blocked = linked?.blocked ?? false
        var lines = ["**tandem commitment** `\(commitment.id)`", ""]
        lines.append("- status: \(commitment.status.rawValue.replacingOccurrences(of: "_", with: " "))")
        lines.append("- owners: \(commitment.owners.joined(separator: ", "))")
        if let due = commitment.due {
            var text = "- due: \(due)"
            if commitment.isOverdue(today: today) {
                let days = due.days(until: today)
                text += " (\(days) day\(days == 1 ? "" : "s") overdue)"
            }
            lines.append(text)
        } else {
            lines.append("- due: none")
        }
        for (name, date) in [("start", commitment.start), ("scheduled", commitment.scheduled), ("created", commitment.created)] {
            if let date { lines.append("- \(name): \(date)") }
        }
        if let priority = commitment.priority { lines.append("- priority: \(priority)") }
        if let recurrence = commitment.recurrence { lines.append("- repeats: \(recurrence)") }
        if let taskID = commitment.taskID { lines.append("- task id: \(taskID)") }
        if !commitment.dependsOn.isEmpty {
            lines.append("- depends on: \(commitment.dependsOn.joined(separator: ", "))\(commitment.blocked ? " (blocked: waiting)" : "")")
        }
        let reviewed = (linked ?? commitment).reviewedIn
        lines.append("- reviewed in: " + (reviewed.isEmpty ? "not yet" : reviewed.joined(separator: ", ")))
        return Hover(contents: MarkupContent(kind: "markdown", value: lines.joined(separator: "\n")),
                     range: document.lines.wholeLine(params.position.line))
    }
}
