struct FileUnreadableRule: ReadIssueRule {
    static let description = RuleDescription(
        id: "file-unreadable", defaultSeverity: .error,
        summary: "A file cannot be read: permissions, a pipe or device, a vanished file, a symbolic link loop or a link leaving the journal.",
        rationale: "Only regular files are read, and symbolic links only while they stay inside the journal. The examples need a real file system, so this rule is tested end to end instead.",
        nonTriggering: [RuleExample("## Check-in\nAll good.\n")],
        triggering: [])
}
