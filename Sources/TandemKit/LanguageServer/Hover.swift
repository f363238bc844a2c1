/// Hover on a commitment's line: what tandem knows about it.
extension Workspace {
    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        guard let document = documents[params.textDocument.uri], let root = document.root,
              case .ready(let live) = journals[root],
              let (commitment, _) = document.commitment(onLine: params.position.line) else { return nil }
        let today = options.today(for: live.configuration)
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
        // Reviews are settled across the journal: read them from the journal's copy of the commitment.
        let linked = document.relative.flatMap { path in
            live.journal.files.first { $0.path == path }?.session?.commitments.first { $0.id == commitment.id }
        }
        let reviewed = (linked ?? commitment).reviewedIn
        lines.append("- reviewed in: " + (reviewed.isEmpty ? "not yet" : reviewed.joined(separator: ", ")))
        return Hover(contents: MarkupContent(kind: "markdown", value: lines.joined(separator: "\n")),
                     range: document.lines.wholeLine(params.position.line))
    }
}
