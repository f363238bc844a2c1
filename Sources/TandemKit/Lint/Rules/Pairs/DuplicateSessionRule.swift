struct DuplicateSessionRule: Rule {
    static let description = RuleDescription(
        id: "duplicate-session", defaultSeverity: .warning,
        summary: "The same pair has two sessions on the same date.",
        rationale: "Usually a file copied and not updated. The finding sits on each later file (by path); cancelled sessions are not counted.",
        nonTriggering: [
            RuleExample("## Check-in\n", files: [("sessions/2026/2026-11-03-ana-cy.md",
                                                  "---\ndate: 2026-11-03\ncoach: ana\ncoachee: cy\n---\n")]),
        ],
        triggering: [
            RuleExample("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n",
                        files: [("sessions/2026/2026-11-03-ana-ben-2.md", "↓---\ndate: 2026-11-03\ncoach: ben\ncoachee: ana\n---\n")]),
        ])

    func check(_ context: LintContext) -> [Finding] {
        struct Meeting: Hashable { var pair: PairKey; var date: LocalDate }
        var firstFile: [Meeting: String] = [:]
        var copies: [Meeting: [String]] = [:]  // only meetings written more than once
        for session in context.journal.sessions where session.status != .cancelled && session.coach != session.coachee {
            let key = Meeting(pair: session.pair, date: session.date)
            if let earlier = firstFile[key] {
                copies[key, default: [earlier]].append(session.file)
            } else {
                firstFile[key] = session.file
            }
        }
        // "Later" compares paths without `.md`: `…-ana-ben.md` sorts after
        // `…-ana-ben-2.md` by bytes ('.' > '-'), but the `-2` file is the copy.
        func stem(_ file: String) -> Substring { file.hasSuffix(".md") ? file.dropLast(3) : Substring(file) }
        return copies.flatMap { key, files -> [Finding] in
            let ordered = files.sorted { (stem($0), $0) < (stem($1), $1) }
            return ordered.dropFirst().map { file in
                finding(SourceLocation(file: file), "\(key.pair) already have a session on \(key.date) in \(ordered[0])",
                        pair: key.pair)
            }
        }
    }
}
