struct FileUnreadableRule: ReadProblemRule {
    static let description = RuleDescription(
        id: "file-unreadable", defaultSeverity: .error,
        summary: "A file cannot be read: permissions, a pipe or device, a vanished file, a symbolic link loop or a link leaving the journal.",
        rationale: "Only regular files are read, and symbolic links only while they stay inside the journal. The examples need a real file system, so this rule is tested end to end instead.",
        nonTriggering: [RuleExample("## Check-in\nAll good.\n")],
        triggering: [])

    func message(for problem: ReadProblem) -> String? {
        guard case let .unreadable(reason) = problem else { return nil }
        return switch reason {
        case let .entry(problem): problem
        case .notRegular: "not a regular file (a pipe, device or socket?)"
        case let .tooLarge(limit): "larger than \(limit / 1024 / 1024) MiB"
        case let .failed(reason): "cannot be read: \(reason)"
        }
    }
}
