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
        // "Later" compares paths without `.md`: `…-ana-ben.md` sorts after
        // `…-ana-ben-2.md` by bytes ('.' > '-'), but the `-2` file is the copy.
        func stem(_ file: String) -> Substring { file.hasSuffix(".md") ? file.dropLast(3) : Substring(file) }
        var found: [Finding] = []
        // Each pair's sessions are in date order: copies of one meeting sit side by side.
        for pair in context.pairs {
            let meetings = pair.all.filter { $0.status != .cancelled }
            var start = meetings.startIndex
            while start < meetings.endIndex {
                var end = start + 1
                while end < meetings.endIndex, meetings[end].date == meetings[start].date { end += 1 }
                if end - start > 1 {
                    let ordered = meetings[start..<end].map(\.file).sorted { (stem($0), $0) < (stem($1), $1) }
                    for file in ordered.dropFirst() {
                        found.append(finding(SourceLocation(file: file),
                                             "\(pair.key) already have a session on \(meetings[start].date) in \(ordered[0])",
                                             pair: pair.key))
                    }
                }
                start = end
            }
        }
        return found
    }
}
