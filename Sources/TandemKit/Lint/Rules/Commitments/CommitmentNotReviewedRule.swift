struct CommitmentNotReviewedRule: Rule {
    static let description = RuleDescription(
        id: "commitment-not-reviewed", defaultSeverity: .warning,
        summary: "An open commitment that the pair's next session did not mention.",
        rationale: """
            The moment a commitment is lost is the next meeting, when nobody asks about it. A later held \
            session of the pair reviews a commitment by mentioning its id anywhere in the body (any case, \
            a whole word); `tandem new` writes every open commitment's id into the new session's review \
            list, so keeping that list is enough. Off by default; `tandem init` turns it on as a warning.
            """,
        enabledByDefault: false,
        nonTriggering: [
            RuleExample("", files: [
                ("sessions/2026/2026-11-03-ana-ben.md", "## Commitments\n- [ ] Draft the script due:2026-11-30\n"),
                ("sessions/2026/2026-11-17-ana-ben.md",
                 "---\ndate: 2026-11-17\ncoach: ben\ncoachee: ana\n---\n## Review\n- imajvxi: half written\n"),
            ]),
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-30\n"),
        ],
        triggering: [
            RuleExample("", files: [
                ("sessions/2026/2026-11-03-ana-ben.md", "## Commitments\n↓- [ ] Draft the script due:2026-11-30\n"),
                ("sessions/2026/2026-11-17-ana-ben.md",
                 "---\ndate: 2026-11-17\ncoach: ben\ncoachee: ana\n---\n## Review\nWe talked about the weather.\n"),
            ]),
        ])

    func check(_ context: LintContext) -> [Finding] {
        context.pairs.flatMap { pair -> [Finding] in
            guard pair.held.count > 1 else { return [] }
            return (0..<(pair.held.count - 1)).flatMap { k -> [Finding] in
                let session = pair.held[k], next = pair.held[k + 1]
                return session.commitments.compactMap { c in
                    guard c.isOpen, !c.reviewedIn.contains(next.file) else { return nil }
                    return finding(SourceLocation(file: session.file, line: c.line, column: c.column),
                                   "commitment \(c.id) was not reviewed at the pair's next session (\(next.file)); mention its id there",
                                   pair: pair.key, commitment: c.id)
                }
            }
        }
    }
}
