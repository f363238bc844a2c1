import Testing
@testable import TandemKit

/// For every edit on generated task lines in every dialect: reading the rewritten
/// line gives what the edit said, the id is kept, and every byte outside the edited
/// field (and the checkbox) is kept.
@Suite struct TaskLinePropertyTests {
    static let words = ["Draft", "the", "script", "call", "Sam", "*pricing*", "`📅 2026-01-01`", "#tag", "[link](x)",
                        "e-mail", "a@b.c", "über", "日本語", "(note)", "10:30", "due", "t"]
    static let fields: [[String]] = [
        ["due:2026-11-17", "📅 2026-11-17", "[due:: 2026-11-17]", "due:+2w", "due:next", "due: 2026-11-17", "📅\u{FE0F}2026-11-17"],
        ["⏳ 2026-11-10", "[scheduled:: 2026-11-10]", "t:2026-11-10", "🛫 2026-11-09", "[start:: 2026-11-09]"],
        ["➕ 2026-11-03", "[created:: 2026-11-03]", "⏫", "🔽", "[priority:: low]", "pri:B"],
        ["🔁 every week", "[repeat:: every month]", "rec:2w", "🆔 abc", "[id:: x-1]", "⛔ abc,def", "🏁 delete"],
        ["@ana", "[owner:: ben]", "@dev"],
    ]
    static let edits: [CommitmentEdit] = [
        .redate(LocalDate(iso8601: "2026-12-24")!), .snooze(LocalDate(iso8601: "2026-12-01")!),
        .done(LocalDate(iso8601: "2026-11-20")!), .cancel(LocalDate(iso8601: "2026-11-21")!), .reopen, .start,
    ]

    static func line(_ random: inout SeededGenerator) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) { parts.append(words.randomElement(using: &random)!) }
        for group in fields where Bool.random(using: &random) {
            parts.insert(group.randomElement(using: &random)!, at: Int.random(in: 1...parts.count, using: &random))
        }
        let box = [" ", " ", "/", "x", "-"].randomElement(using: &random)!
        let marker = ["- ", "* ", "1. ", "> - ", "  - "].randomElement(using: &random)!
        return marker + "[\(box)] " + parts.joined(separator: " ") + (Bool.random(using: &random) ? "  " : "")
    }

    static func read(_ line: String) -> Commitment? {
        let text = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n## Commitments\n" + line + "\n"
        return SessionReader(configuration: Configuration()).read(path: "s.md", bytes: Array(text.utf8)).session?.commitments.first
    }

    @Test func everyEditReadsBackAsItSaysAndKeepsEveryOtherByte() throws {
        var random = SeededGenerator(seed: 2026)
        var checked = 0
        for _ in 0..<600 {
            let line = Self.line(&random)
            guard let before = Self.read(line) else { continue }
            for edit in Self.edits {
                if edit == .start, !before.isOpen { continue }
                let edited = try CommitmentEditor.editLine(line, edit)
                let after = try #require(Self.read(edited), "\(line) → \(edited)")
                #expect(after.id == before.id, "\(edit): \(line) → \(edited)")
                #expect(edit.isReflected(in: after), "\(edit): \(line) → \(edited)")
                #expect(after.owners == before.owners, "\(edit): \(line) → \(edited)")
                if case .redate = edit { #expect(after.scheduled == before.scheduled && after.start == before.start) }
                if case .snooze = edit { #expect(after.due == before.due, "\(line) → \(edited)") }
                Self.expectOnlyOneRegionChanged(line, edited, edit)
                checked += 1
            }
        }
        #expect(checked > 2000)
    }

    /// Outside the checkbox, the bytes before the first difference and after the last
    /// one are the original's: an edit touches one field (plus the completion fields it replaces).
    static func expectOnlyOneRegionChanged(_ line: String, _ edited: String, _ edit: CommitmentEdit) {
        let a = Array(line.utf8), b = Array(edited.utf8)
        guard let (box, length) = CommitmentEditor.checkbox(a) else { Issue.record("no checkbox in \(line)"); return }
        let contentStart = box + length + 3
        #expect(Array(a[..<box]) == Array(b[..<box]), "the line's start is kept: \(line) → \(edited)")
        var prefix = contentStart
        while prefix < min(a.count, b.count), a[prefix] == b[prefix - a.count + b.count >= 0 ? prefix : prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let removed = String(decoding: a[prefix..<(a.count - suffix)], as: UTF8.self)
        let added = String(decoding: b[prefix..<(b.count - suffix)], as: UTF8.self)
        // What changed is field text only: never a word of the commitment.
        for word in words where word.count > 3 && !word.contains("📅") {
            #expect(!(removed.contains(word) && !added.contains(word)), "\(edit) removed '\(word)': \(line) → \(edited)")
        }
    }
}
