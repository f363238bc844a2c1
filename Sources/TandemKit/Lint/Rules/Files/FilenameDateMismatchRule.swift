struct FilenameDateMismatchRule: SessionRule {
    static let description = RuleDescription(
        id: "filename-date-mismatch", defaultSeverity: .warning,
        summary: "A YYYY-MM-DD in the file name differs from the front matter's `date`.",
        rationale: "File names sort the journal by date; a mismatch usually means a copied file whose date was not updated.",
        nonTriggering: [RuleExample("## Check-in\n"), RuleExample("", files: [("sessions/ana-ben-kickoff.md", "## Check-in\n")])],
        triggering: [RuleExample("---\n↓date: 2026-11-04\ncoach: ana\ncoachee: ben\n---\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        guard let named = FilenameDateMismatchRule.date(in: name), named != session.date else { return [] }
        return [finding(SourceLocation(file: file.path, line: file.keyLine("date")),
                        "file name says \(named) but date is \(session.date)", pair: session.pair)]
    }

    /// The first YYYY-MM-DD in a file name.
    static func date(in name: String) -> LocalDate? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 10 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            for start in 0...(bytes.count - 10) {
                if let date = LocalDate.parse(buffer, at: start) { return date }
            }
            return nil
        }
    }
}
