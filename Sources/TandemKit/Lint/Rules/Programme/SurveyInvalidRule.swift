struct SurveyInvalidRule: Rule {
    static let description = RuleDescription(
        id: "survey-invalid", defaultSeverity: .error,
        summary: "A climate survey below `surveys/` with a missing or bad date, kind, respondents or score.",
        rationale: """
            A survey file's front matter holds aggregates only: `date`, `kind` (baseline, midpoint, final or \
            pulse), `respondents` (a whole number, at least 1) and `scores` (name → number from 1 to 5). \
            An invalid survey is left out of the climate report, so fix it before reading the change.
            """,
        nonTriggering: [
            RuleExample("", files: [("surveys/2026-06-01-baseline.md",
                                     "---\ndate: 2026-06-01\nkind: baseline\nrespondents: 9\nscores: { safety: 3.4, trust: 4 }\n---\n")]),
        ],
        triggering: [
            RuleExample("", files: [("surveys/2026-06-01-baseline.md",
                                     "---\ndate: 2026-06-01\nkind: baseline\n↓respondents: 0\nscores: { safety: 3.4 }\n---\n")]),
            RuleExample("", files: [("surveys/2026-06-01-baseline.md",
                                     "---\ndate: 2026-06-01\nkind: baseline\nrespondents: 5\nscores:\n↓  safety: \"4\"\n---\n")]),
            RuleExample("", files: [("surveys/2026-06-01-baseline.md",
                                     "↓---\ndate: 2026-06-01\nrespondents: 5\nscores: { safety: 4 }\n---\n")]),
            RuleExample("", files: [("surveys/2026-06-01-baseline.md",
                                     "---\ndate: 2026-06-01\n↓kind: yearly\nrespondents: 5\nscores: { safety: 4 }\n---\n")]),
        ])

    func check(_ context: LintContext) -> [Finding] {
        context.journal.surveys.flatMap { file in
            file.issues.map { issue in
                finding(SourceLocation(file: file.path, line: issue.line, column: issue.column), issue.message)
            }
        }
    }
}
