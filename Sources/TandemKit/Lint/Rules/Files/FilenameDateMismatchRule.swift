struct FilenameDateMismatchRule: SessionRule {
    static let description = RuleDescription(
        id: "filename-date-mismatch", defaultSeverity: .warning,
        summary: "A YYYY-MM-DD in the file name differs from the front matter's `date`.",
        rationale: "File names sort the journal by date; a mismatch usually means a copied file whose date was not updated.",
        nonTriggering: [RuleExample("## Check-in\n"), RuleExample("", files: [("sessions/ana-ben-kickoff.md", "## Check-in\n")])],
        triggering: [RuleExample("---\n↓date: 2026-11-04\ncoach: ana\ncoachee: ben\n---\n")])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        let name = UTF8Text.fileName(of: file.path)
        guard let named = FilenameDateMismatchRule.date(in: name), named != session.date else { return [] }
        return [finding(SourceLocation(file: file.path, line: file.keyLine("date")),
                        "file name says \(named) but date is \(session.date)", pair: session.pair)]
    }

    /// The first YYYY-MM-DD in a file name.
    static func date(in name: Substring) -> LocalDate? {
        func first(_ buffer: UnsafeBufferPointer<UInt8>) -> LocalDate? {
            guard buffer.count >= 10 else { return nil }
            for start in 0...(buffer.count - 10) {
                if let date = LocalDate.parse(buffer, at: start) { return date }
            }
            return nil
        }
        if let found = name.utf8.withContiguousStorageIfAvailable(first) { return found }
        return Array(name.utf8).withUnsafeBufferPointer(first)
    }
}
