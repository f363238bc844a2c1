/// A struggling journal misses a section in every second session: the message is
/// worded when shown, from the file's list of missing sections (kept once per
/// process for every file that misses the same ones, `SharedLists`).
struct SectionMissingRule: SessionRule, DeferredMessageRule {
    static let description = RuleDescription(
        id: "section-missing", defaultSeverity: .warning,
        summary: "A heading listed in `sections.required` is absent from a held session.",
        rationale: "Teams agree on a session structure (check-in, goals, commitments). Headings match case-insensitively at any level; a trailing colon is ignored. Planned and cancelled sessions are not checked.",
        nonTriggering: [
            RuleExample("## goals:\n- Be clear\n\nCommitments\n-----------\n- [ ] Call Sam due:2026-11-30\n",
                        config: "sections:\n  required: [Goals, Commitments]\n"),
            RuleExample("## Goals\n"),
        ],
        triggering: [
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n## Goals\n- Be clear\n",
                        config: "sections:\n  required: [Goals, Commitments]\n"),
        ])

    func check(_ session: Session, file: SessionFile, context: FileContext) -> [Finding] {
        guard session.isHeld else { return [] }
        return file.missingSections.indices.map { index in
            finding(SourceLocation(file: file.path),
                    FindingMessage(deferring: .init(words: file.missingSections, first: index)), pair: session.pair)
        }
    }

    static func message(of finding: Finding, _ facts: FindingMessage.Facts) -> String {
        let index = Int(facts.first)
        return "required section '\(facts.words.indices.contains(index) ? facts.words[index] : "")' is missing"
    }
}
