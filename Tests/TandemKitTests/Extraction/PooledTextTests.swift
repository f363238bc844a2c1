import Testing
@testable import TandemKit

/// A session's texts live in one pool (`TextPool`) and its short lists are shared
/// across sessions (`SharedLists`): what is read back must be exactly what was written.
@Suite struct PooledTextTests {
    let reader = SessionReader(configuration: Configuration())
    static let frontMatter = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"

    func session(_ text: String, path: String = "sessions/s.md") throws -> Session {
        try #require(reader.read(path: path, bytes: Array(text.utf8)).session)
    }

    @Test func focusGoalsAndCommitmentsReadBackExactly() throws {
        let s = try session("""
            ---
            date: 2026-11-03
            coach: ana
            coachee: ben
            focus: "Pricing — talks 🎯"
            ---
            ## Goals
            - Handle price objections
            - Speak first in the weekly call, ünïcode and 🚀

            ## Commitments
            - [ ] Draft the script due:2026-11-17
            - [x] Call Sam  about   the   offer done:2026-11-05
            - [ ] x
            """)
        #expect(s.focus == "Pricing — talks 🎯")
        #expect(s.goals.map(\.text) == ["Handle price objections", "Speak first in the weekly call, ünïcode and 🚀"])
        #expect(s.commitments.map(\.text) == ["Draft the script", "Call Sam about the offer", "x"])
        #expect(s.commitments.map(\.line) == [12, 13, 14])
        #expect(s.goals.map(\.line) == [8, 9])
    }

    @Test func aSessionWithoutFocusOrItemsHasNone() throws {
        let s = try session("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\nNotes only.\n")
        #expect(s.focus == nil)
        #expect(s.goals.isEmpty && s.commitments.isEmpty)
    }

    @Test func changingOneTextLeavesTheOthersAsRead() throws {
        let s = try session(Self.frontMatter + """
            - [ ] First promise
            - [ ] Second promise
            """)
        var commitments = s.commitments
        commitments[0].text = "Rewritten"
        #expect(commitments.map(\.text) == ["Rewritten", "Second promise"])
        #expect(s.commitments.map(\.text) == ["First promise", "Second promise"])
        #expect(s.essentials().commitments.map(\.text) == ["", ""])
    }

    /// Ids number equal texts in order; texts equal as Swift compares them (é written
    /// as one scalar or as e and a combining accent) count as equal, as before pooling.
    @Test func idsNumberEqualTextsByCharactersNotBytes() throws {
        let composed = "Caf\u{E9} with Sam", decomposed = "Cafe\u{301} with Sam"
        let s = try session(Self.frontMatter + """
            - [ ] \(composed)
            - [ ] \(decomposed)
            - [ ] Plain
            - [ ] Plain
            """)
        let expected = [
            CommitmentID.make(file: "sessions/s.md", text: composed, occurrence: 0),
            CommitmentID.make(file: "sessions/s.md", text: decomposed, occurrence: 1),
            CommitmentID.make(file: "sessions/s.md", text: "Plain", occurrence: 0),
            CommitmentID.make(file: "sessions/s.md", text: "Plain", occurrence: 1),
        ]
        #expect(s.commitments.map(\.id) == expected)
        #expect(Set(expected).count == 4)
    }

    @Test func sharedListsKeepEachSessionsOwnValues() throws {
        func file(_ coachee: String, tags: String, pulse: String, items: String) -> String {
            "---\ndate: 2026-11-03\ncoach: ana\ncoachee: \(coachee)\ntags: [\(tags)]\npulse: { \(pulse) }\n---\n\(items)"
        }
        let a = try session(file("ben", tags: "pricing, calls", pulse: "trust: 4, energy: 3",
                                 items: "- [ ] One\n- [ ] Two @ana\n- [ ] Three\n"), path: "sessions/a.md")
        let b = try session(file("ben", tags: "pricing, calls", pulse: "trust: 4, energy: 2",
                                 items: "- [ ] One\n- [ ] Two @ana @ben\n"), path: "sessions/b.md")
        let c = try session(file("cy", tags: "calls", pulse: "trust: 4, energy: 3",
                                 items: "- [ ] One\n- [ ] Two @ana\n"), path: "sessions/c.md")
        #expect(a.tags == ["pricing", "calls"] && b.tags == ["pricing", "calls"] && c.tags == ["calls"])
        #expect(a.pulse.map(\.name) == ["energy", "trust"] && a.pulse.map(\.value) == [3, 4])
        #expect(b.pulse.map(\.value) == [2, 4] && c.pulse.map(\.value) == [3, 4])
        #expect(a.commitments.map(\.owners) == [["ben"], ["ana"], ["ben"]])
        #expect(b.commitments.map(\.owners) == [["ben"], ["ana", "ben"]])
        #expect(c.commitments.map(\.owners) == [["cy"], ["ana"]])
    }

    /// The mark shares a word with the status and flags; one of several scalars is
    /// still reported as written, and still counts as unknown (open).
    @Test func checkboxMarksKeepTheirMeaningAndAreReportedAsWritten() throws {
        let file = reader.read(path: "sessions/s.md", bytes: Array((Self.frontMatter + """
            - [?] Maybe later
            - [✔️] Ticked with an emoji
            - [/] Started due:2026-11-10
            - [X] Done
            """).utf8))
        let s = try #require(file.session)
        #expect(s.commitments.map(\.status) == [.open, .open, .inProgress, .done])
        #expect(s.commitments.map(\.statusIsUnknown) == [true, true, false, false])
        #expect(s.commitments.map(\.mark) == ["?", "\u{FFFD}", "/", "X"])
        let reported = file.issues.compactMap { issue -> Character? in
            if case let .unknownCheckbox(_, _, _, mark) = issue { return mark } else { return nil }
        }
        #expect(reported == ["?", "✔️"])
    }

    /// A journal read whole keeps one of each per commitment and goal.
    @Test func commitmentsAndGoalsStayCompact() {
        #expect(MemoryLayout<PooledText>.size == MemoryLayout<String>.size)
        #expect(MemoryLayout<Commitment>.stride <= 80)
        #expect(MemoryLayout<Goal>.stride <= 32)
    }
}
