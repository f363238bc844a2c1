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
        var findings: [Finding] = []
        let sessions = context.journal.sessions.filter { $0.status != .cancelled && $0.coach != $0.coachee }
        // "Later" compares paths without `.md`: `…-ana-ben.md` sorts after
        // `…-ana-ben-2.md` by bytes ('.' > '-'), but the `-2` file is the copy.
        func stem(_ file: String) -> Substring { file.hasSuffix(".md") ? file.dropLast(3) : Substring(file) }
        for session in sessions.sorted(by: { (stem($0.file), $0.file) < (stem($1.file), $1.file) }) {
            let key = Meeting(pair: session.pair, date: session.date)
            if let earlier = firstFile[key] {
                findings.append(finding(SourceLocation(file: session.file),
                                        "\(session.pair) already have a session on \(session.date) in \(earlier)",
                                        pair: session.pair))
            } else {
                firstFile[key] = session.file
            }
        }
        return findings
    }
}
