struct CommitmentCarriedRule: Rule {
    static let description = RuleDescription(
        id: "commitment-carried", defaultSeverity: .warning,
        summary: "An open commitment mentioned by `after` (3) or more later sessions: carried, not done.",
        rationale: """
            A commitment reviewed session after session without closing is carried, not kept: finish it, \
            re-scope it (`tandem redate`), or cancel it. Setting: `after` (default 3 later sessions). \
            Off by default; `tandem init` turns it on as a warning.
            """,
        enabledByDefault: false,
        settings: [.count("after", default: 3)],
        nonTriggering: [
            RuleExample("", files: CommitmentCarriedRule.sessions(mentions: 2)),
        ],
        triggering: [
            RuleExample("", files: CommitmentCarriedRule.sessions(mentions: 3)),
        ])

    /// One commitment and `mentions` later sessions that mention it.
    static func sessions(mentions: Int) -> [(String, String)] {
        let dates = ["2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17"]
        let first = "---\ndate: 2026-09-22\ncoach: ana\ncoachee: ben\n---\n## Commitments\n"
        var files = [("sessions/2026/2026-09-22-ana-ben.md", first + "\(mentions >= 3 ? "↓" : "")- [ ] Draft the script\n")]
        for date in dates.prefix(mentions) {
            files.append(("sessions/2026/\(date)-ana-ben.md",
                          "---\ndate: \(date)\ncoach: ana\ncoachee: ben\n---\n## Review\n- e300qd2 still open\n"))
        }
        return files
    }

    func check(_ context: LintContext) -> [Finding] {
        let after = Int(setting("after", in: context.configuration))
        return context.journal.sessions.flatMap { session in
            session.commitments.compactMap { c in
                guard c.isOpen, c.reviewedIn.count >= after else { return nil }
                return finding(SourceLocation(file: session.file, line: c.line, column: c.column),
                               "commitment \(c.id) has been carried through \(c.reviewedIn.count) sessions without closing; finish, re-date or cancel it",
                               pair: session.pair, commitment: c.id)
            }
        }
    }
}
