import Testing
@testable import TandemKit

@Suite struct CommitmentEditorTests {
    static let day = LocalDate(iso8601: "2026-11-20")!

    /// A file around `item`, in one of the byte layouts users' editors produce.
    enum Layout: String, CaseIterable {
        case lf, crlf, bom, noFinalNewline

        func file(_ item: String) -> [UInt8] {
            let lines = ["---", "date: 2026-11-03", "coach: ana", "coachee: ben", "---", "", "## Commitments", item, "- [ ] Other due:2026-11-30"]
            var text: String
            switch self {
            case .lf: text = lines.joined(separator: "\n") + "\n"
            case .crlf: text = lines.joined(separator: "\r\n") + "\r\n"
            case .bom: text = "\u{FEFF}" + lines.joined(separator: "\n") + "\n"
            case .noFinalNewline: text = lines.joined(separator: "\n")
            }
            return Array(text.utf8)
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var open: String
        var done: String
        var cancelled: String
        var testDescription: String { open }
    }

    static let cases = [
        Case(open: "- [ ] Draft the script due:2026-11-17",
             done: "- [x] Draft the script due:2026-11-17 done:2026-11-20",
             cancelled: "- [-] Draft the script due:2026-11-17 cancelled:2026-11-20"),
        Case(open: "- [ ] @ana share the recording 📅 2026-11-07",
             done: "- [x] @ana share the recording 📅 2026-11-07 ✅ 2026-11-20",
             cancelled: "- [-] @ana share the recording 📅 2026-11-07 ❌ 2026-11-20"),
        Case(open: "- [ ] Call Sam [due:: 2026-11-17]",
             done: "- [x] Call Sam [due:: 2026-11-17] done:2026-11-20",
             cancelled: "- [-] Call Sam [due:: 2026-11-17] cancelled:2026-11-20"),
        Case(open: "- [ ] Trailing spaces kept due:2026-11-17  ",
             done: "- [x] Trailing spaces kept due:2026-11-17 done:2026-11-20  ",
             cancelled: "- [-] Trailing spaces kept due:2026-11-17 cancelled:2026-11-20  "),
        Case(open: "  > 1. [ ] Quoted and numbered 🗓️ 2026-11-17",
             done: "  > 1. [x] Quoted and numbered 🗓️ 2026-11-17 ✅ 2026-11-20",
             cancelled: "  > 1. [-] Quoted and numbered 🗓️ 2026-11-17 ❌ 2026-11-20"),
        Case(open: "- [ ] No due date",
             done: "- [x] No due date done:2026-11-20",
             cancelled: "- [-] No due date cancelled:2026-11-20"),
    ]

    @Test(arguments: cases, Layout.allCases)
    func doneCancelAndReopenChangeOnlyTheLine(item: Case, layout: Layout) throws {
        let original = layout.file(item.open)
        let done = try CommitmentEditor.apply(.done(Self.day), to: original, line: 8)
        #expect(done == layout.file(item.done))
        let cancelled = try CommitmentEditor.apply(.cancel(Self.day), to: original, line: 8)
        #expect(cancelled == layout.file(item.cancelled))
        #expect(try CommitmentEditor.apply(.reopen, to: done, line: 8) == original)
        #expect(try CommitmentEditor.apply(.reopen, to: cancelled, line: 8) == original)
    }

    @Test func lastLineWithoutNewlineIsEdited() throws {
        let original = Array("---\ndate: 2026-11-03\ncoach: a\ncoachee: b\n---\n- [ ] Last due:2026-11-17".utf8)
        let done = try CommitmentEditor.apply(.done(Self.day), to: original, line: 6)
        #expect(String(decoding: done, as: UTF8.self).hasSuffix("- [x] Last due:2026-11-17 done:2026-11-20"))
        #expect(try CommitmentEditor.apply(.reopen, to: done, line: 6) == original)
    }

    @Test func doneReplacesAnEarlierDate() throws {
        let line = "- [x] Sent ✅ 2026-11-01 📅 2026-11-17"
        #expect(try CommitmentEditor.editLine(line, .done(Self.day)) == "- [x] Sent 📅 2026-11-17 ✅ 2026-11-20")
    }

    @Test func reopenRemovesFieldsInEverySyntax() throws {
        #expect(try CommitmentEditor.editLine("- [x] A done:2026-11-01", .reopen) == "- [ ] A")
        #expect(try CommitmentEditor.editLine("- [-] A ❌ 2026-11-01 due:2026-11-17", .reopen) == "- [ ] A due:2026-11-17")
        #expect(try CommitmentEditor.editLine("- [x] A [completion:: 2026-11-01] [done:: 2026-11-02]", .reopen) == "- [ ] A")
        #expect(try CommitmentEditor.editLine("* [X] A canceled:2026-11-01", .reopen) == "* [ ] A")
    }

    @Test func multiLineItemGetsTheDateOnItsFirstLine() throws {
        let original = Array("---\ndate: 2026-11-03\ncoach: a\ncoachee: b\n---\n- [ ] First line due:2026-11-17\n  second line\n".utf8)
        let done = try CommitmentEditor.apply(.done(Self.day), to: original, line: 6)
        #expect(String(decoding: done, as: UTF8.self).hasSuffix("- [x] First line due:2026-11-17 done:2026-11-20\n  second line\n"))
    }

    @Test func aLineWithoutCheckboxIsRefused() {
        #expect(throws: CommitmentEditError.self) { try CommitmentEditor.editLine("Just prose", .reopen) }
        #expect(throws: CommitmentEditError.self) { try CommitmentEditor.apply(.reopen, to: Array("a\n".utf8), line: 5) }
    }

    @Test func editedFileReadsBackWithTheNewStatusAndSameID() throws {
        let reader = SessionReader(configuration: Configuration())
        for layout in Layout.allCases {
            let original = layout.file(Self.cases[1].open)
            let before = try #require(reader.read(path: "s.md", bytes: original).session?.commitments.first)
            let after = try #require(reader.read(path: "s.md", bytes: try CommitmentEditor.apply(.done(Self.day), to: original, line: 8))
                .session?.commitments.first)
            #expect(after.status == .done)
            #expect(after.done == Self.day)
            #expect(after.id == before.id)
        }
    }
}
