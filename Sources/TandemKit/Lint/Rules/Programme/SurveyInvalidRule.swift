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
            file.issues.compactMap { problem in
                guard case let .survey(line, survey) = problem else { return nil }
                return finding(SourceLocation(file: file.path, line: line, column: 1), Self.message(for: survey))
            }
        }
    }

    static func message(for problem: SurveyProblem) -> String {
        switch problem {
        case let .entry(problem): problem
        case .unreadable: "cannot be read"
        case .frontMatterMissing: "a survey needs front matter with date, kind, respondents and scores (UTF-8, between '---' lines)"
        case let .yaml(detail): detail
        case .unparsable: "cannot parse the front matter"
        case .notMapping: "a survey's front matter must be a mapping with date, kind, respondents and scores"
        case let .keyMissing(key): "survey is missing '\(key)'"
        case .invalidDate: "'date' must be a calendar date YYYY-MM-DD"
        case .invalidKind: "'kind' must be baseline, midpoint, final or pulse"
        case let .invalidRespondents(max): "'respondents' must be a whole number from 1 to \(max)"
        case .invalidScores: "'scores' must map names to numbers from 1 to 5, such as safety: 3.8"
        case let .invalidScore(name): "score '\(name)' must be a number from 1 to 5"
        }
    }
}
