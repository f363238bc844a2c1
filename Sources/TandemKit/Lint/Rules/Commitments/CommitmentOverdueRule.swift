/// A journal-wide rule: a commitment waiting on an open one it depends on (⛔) is
/// blocked, not overdue, and that needs every file.
struct CommitmentOverdueRule: DeferredMessageRule {
    static let description = RuleDescription(
        id: "commitment-overdue", defaultSeverity: .warning,
        summary: "An open commitment whose due date has passed.",
        rationale: "Due today is due, not overdue. Tick it (`tandem done ID`), cancel it, or agree a new date with your partner.",
        nonTriggering: [
            RuleExample("## Commitments\n- [ ] Draft the script due:2026-11-25\n"),
            RuleExample("## Commitments\n- [x] Draft the script due:2026-11-10 done:2026-11-09\n- [-] Call Sam due:2026-11-10\n"),
            RuleExample("## Commitments\n- [ ] Book the room 🆔 room\n- [ ] Run the workshop ⛔ room 📅 2026-11-20\n"),
        ],
        triggering: [
            RuleExample("## Commitments\n↓- [ ] Draft the script due:2026-11-24\n"),
            RuleExample("## Commitments\n↓- [/] Share the recording 📅 2026-11-07\n"),
            RuleExample("## Notes\n↓> - [ ] Quoted but still mine [due:: 2026-11-20]\n"),
        ])

    func check(_ context: LintContext) -> [Finding] {
        let today = context.today, sessions = context.journal.sessions
        // A journal that has fallen behind holds thousands of these: counted first,
        // so the list is allocated once, at its size.
        // Commitments are read by index, where they lie: `for c in` would copy every one.
        var found: [Finding] = []
        found.reserveCapacity(sessions.reduce(0) { count, session in
            let commitments = session.commitments
            return count + commitments.indices.reduce(0) { $0 + (commitments[$1].isOverdue(today: today) ? 1 : 0) }
        })
        for session in sessions {
            let commitments = session.commitments
            for k in commitments.indices where commitments[k].isOverdue(today: today) {
                guard let due = commitments[k].due else { continue }
                let facts = FindingMessage.Facts(words: commitments[k].owners, first: due.dayNumber,
                                                 second: due.days(until: today))
                found.append(finding(SourceLocation(file: session.file, line: commitments[k].line,
                                                    column: commitments[k].column),
                                     FindingMessage(deferring: facts), pair: session.pair, commitment: commitments[k].id))
            }
        }
        return found
    }

    /// Worded when shown: a journal that has fallen behind holds thousands of these.
    static func message(of finding: Finding, _ facts: FindingMessage.Facts) -> String {
        let due = LocalDate(dayNumber: Int(facts.first)), days = facts.second
        return "commitment \(finding.commitment ?? "") of \(facts.words.joined(separator: ", ")) was due \(due), \(days) day\(days == 1 ? "" : "s") ago"
    }
}
