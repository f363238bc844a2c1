struct EncodingInvalidRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "encoding-invalid", defaultSeverity: .error,
        summary: "The file is not valid UTF-8 text (or holds NUL bytes).",
        rationale: "Save the file as UTF-8. The finding names the line of the first bad byte; the rest of the journal is still read.",
        nonTriggering: [RuleExample("## Check-in\nJoão said “obrigado” 🎉\n")],
        triggering: [RuleExample("## Check-in\n↓Binary \u{0} data\n")])

    func message(for problem: ReadProblem) -> String? {
        guard case let .encoding(offset, _, isNUL) = problem else { return nil }
        let what = isNUL ? "a NUL byte (binary file?)" : "bytes that are not UTF-8"
        return "file contains \(what) at byte \(offset)"
    }
}
