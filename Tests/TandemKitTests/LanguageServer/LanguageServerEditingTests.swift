import Foundation
import Testing
@testable import TandemKit

/// Code actions, completion and hover, and what applying an action's edit does.
@Suite struct LanguageServerEditingTests {
    static let path = "sessions/2026/2026-11-03-ana-ben.md"

    /// Applies a WorkspaceEdit's edits for `uri` to `text` (edits given in UTF-16 positions).
    static func apply(_ action: [String: Any], uri: String, to text: String) -> String {
        let edits = ((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]] ?? []
        var lines = text.components(separatedBy: "\n").map { Array($0.utf16) }
        for edit in edits.reversed() {
            let range = edit["range"] as! [String: [String: Int]]
            let (sl, sc, el, ec) = (range["start"]!["line"]!, range["start"]!["character"]!, range["end"]!["line"]!, range["end"]!["character"]!)
            let before = Array(lines[sl][..<sc]), after = Array(lines[el][ec...])
            let joined = String(decoding: before, as: UTF16.self) + (edit["newText"] as! String) + String(decoding: after, as: UTF16.self)
            lines.replaceSubrange(sl...el, with: joined.components(separatedBy: "\n").map { Array($0.utf16) })
        }
        return lines.map { String(decoding: $0, as: UTF16.self) }.joined(separator: "\n")
    }

    func actions(_ client: ScriptedClient, _ uri: String, line: Int) -> [[String: Any]] {
        let response = client.request("textDocument/codeAction", [
            "textDocument": ["uri": uri],
            "range": ["start": ["line": line, "character": 0], "end": ["line": line, "character": 0]],
            "context": ["diagnostics": [Any]()],
        ])
        return response["result"] as? [[String: Any]] ?? []
    }

    func open(_ text: String) throws -> (LSPJournal, ScriptedClient, String) {
        let journal = try LSPJournal(files: [Self.path: text])
        let client = ScriptedClient()
        let uri = journal.uri(Self.path)
        client.open(uri, text)
        _ = client.publications()
        return (journal, client, uri)
    }

    @Test func commitmentLinesOfferDoneCancelAndStartAsBufferEdits() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Draft the script 📅 2026-11-30\n")
        let (journal, client, uri) = try open(text)
        let found = actions(client, uri, line: 6)
        #expect(found.compactMap { $0["title"] as? String } == ["Mark done", "Cancel", "Start"])
        let done = Self.apply(found[0], uri: uri, to: text)
        #expect(done.contains("- [x] Draft the script 📅 2026-11-30 ✅ 2026-11-25\n"))
        // The same line `tandem done` writes.
        #expect(done == String(decoding: try CommitmentEditor.apply(.done(ScriptedClient.today), to: Array(text.utf8), line: 7),
                               as: UTF8.self))
        #expect(Self.apply(found[1], uri: uri, to: text).contains("- [-] Draft the script 📅 2026-11-30 ❌ 2026-11-25\n"))
        #expect(Self.apply(found[2], uri: uri, to: text).contains("- [/] Draft the script 📅 2026-11-30\n"))
        #expect(try journal.text(Self.path) == text)
        // A done commitment can be cancelled but not done again; other lines have no commitment actions.
        client.change(uri, done, version: 2)
        client.server.flush()
        #expect(actions(client, uri, line: 6).compactMap { $0["title"] as? String } == ["Cancel"])
        #expect(actions(client, uri, line: 5).isEmpty)
    }

    @Test func noDueGetsDueNextAndTheFixClearsTheDiagnostic() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Call back  \n")
        let (_, client, uri) = try open(text)
        let found = actions(client, uri, line: 6)
        let fix = try #require(found.first { $0["title"] as? String == "Due at the next session (due:next)" })
        #expect(fix["kind"] as? String == "quickfix")
        let fixed = Self.apply(fix, uri: uri, to: text)
        #expect(fixed.contains("- [ ] Call back due:next  \n"))
        client.change(uri, fixed, version: 2)
        client.server.flush()
        // Due at the next session: 2026-11-17, which is past by now.
        #expect(client.diagnostics(for: uri)?.compactMap { $0["code"] as? String } == ["commitment-overdue"])
    }

    @Test func disablingForTheLineInsertsACommentThatSilencesIt() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] First due:2026-11-30\n  - [ ] Nested\n")
        let (_, client, uri) = try open(text)
        let disable = try #require(actions(client, uri, line: 7).first { $0["title"] as? String == "Disable commitment-no-due for this line" })
        let silenced = Self.apply(disable, uri: uri, to: text)
        #expect(silenced.contains("- [ ] First due:2026-11-30\n  <!-- tandem-disable-next-line commitment-no-due -->\n  - [ ] Nested\n"))
        client.change(uri, silenced, version: 2)
        client.server.flush()
        #expect(client.diagnostics(for: uri)?.isEmpty == true)
    }

    @Test(arguments: [
        ("", "lint-ignore: [session-duration]\n---"),
        ("lint-ignore: [a-rule]\n", "lint-ignore: [a-rule, session-duration]\n"),
        ("lint-ignore: []\n", "lint-ignore: [session-duration]\n"),
        ("lint-ignore:\n  - a-rule\n", "lint-ignore:\n  - a-rule\n  - session-duration\n"),
        ("lint-ignore: a-rule\n", "lint-ignore: [a-rule, session-duration]\n"),
    ])
    func disablingForTheFileAddsToLintIgnore(existing: String, expected: String) throws {
        let text = LSPJournal.session(date: "2026-11-03", extra: existing + "duration: 5\n", body: "")
        let (_, client, uri) = try open(text)
        let durationLine = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("duration:") }!
        let disable = try #require(actions(client, uri, line: durationLine)
            .first { $0["title"] as? String == "Disable session-duration for this file" })
        let silenced = Self.apply(disable, uri: uri, to: text)
        #expect(silenced.contains(expected))
        client.change(uri, silenced, version: 2)
        client.server.flush()
        #expect(client.diagnostics(for: uri)?.contains { $0["code"] as? String == "session-duration" } == false)
    }

    @Test func completionOffersPeopleAndDueDates() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] Call @b\n- [ ] Draft due:\n")
        let (_, client, uri) = try open(text)
        func labels(_ line: Int, _ character: Int) -> [String] {
            let response = client.request("textDocument/completion",
                                          ["textDocument": ["uri": uri], "position": ["line": line, "character": character]])
            let items = (response["result"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
            return items.map { "\($0["label"] as? String ?? "")|\($0["detail"] as? String ?? "")" }
        }
        #expect(labels(6, 13) == ["ana|Ana Lima", "ben|Ben Okafor"])
        #expect(labels(7, 16).map { $0.split(separator: "|").first.map(String.init) ?? "" } == ["next", "+1w", "+2w", "2026-11-17"])
        #expect(labels(2, 7) == ["ana|Ana Lima", "ben|Ben Okafor"])  // coach: a…
        #expect(labels(6, 4).isEmpty)
    }

    @Test func hoverShowsTheCommitment() throws {
        let text = LSPJournal.session(date: "2026-11-03", body: "## Commitments\n- [ ] @ana Draft the script due:2026-11-17\n- [ ] Call\n")
        let (_, client, uri) = try open(text)
        let response = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 6, "character": 8]])
        let value = try #require(((response["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        let id = try #require(LiveJournalTests.commitmentIDs(text).first)
        #expect(value.contains("`\(id)`"))
        #expect(value.contains("status: open"))
        #expect(value.contains("owners: ana"))
        #expect(value.contains("due: 2026-11-17 (8 days overdue)"))
        let none = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 5, "character": 0]])
        #expect(none["result"] is NSNull)
    }
}

@Suite struct LiveJournalTests {
    static func commitmentIDs(_ text: String) -> [String] {
        SessionReader(configuration: Configuration()).read(path: LanguageServerEditingTests.path, bytes: Array(text.utf8))
            .session?.commitments.map(\.id) ?? []
    }

    @Test func filesAreReplacedAddedAndRemovedInPathOrder() throws {
        let journal = try LSPJournal(files: [
            "sessions/b.md": LSPJournal.session(date: "2026-11-03"),
            "sessions/d.md": LSPJournal.session(date: "2026-11-04"),
        ])
        var live = try LiveJournal.load(root: journal.root)
        #expect(live.journal.files.map(\.path) == ["sessions/b.md", "sessions/d.md"])
        live.replace("sessions/c.md", with: Array(LSPJournal.session(date: "2026-11-05").utf8))
        live.replace("sessions/a.md", with: Array("no front matter".utf8))
        #expect(live.journal.files.map(\.path) == ["sessions/a.md", "sessions/b.md", "sessions/c.md", "sessions/d.md"])
        live.reload("sessions/c.md")  // not on disk: gone
        #expect(live.journal.files.map(\.path) == ["sessions/a.md", "sessions/b.md", "sessions/d.md"])
        // Essentials only: commitments keep their facts for journal-wide rules, never their texts.
        #expect(live.journal.files.allSatisfy { $0.session?.commitments.allSatisfy(\.text.isEmpty) ?? true })
        #expect(live.isSessionPath("sessions/x/y.md") && !live.isSessionPath("sessions/.hidden/y.md")
                && !live.isSessionPath("agreements/a.md") && !live.isSessionPath("sessions/y.txt"))
    }
}

extension LiveJournalTests {
    @Test func theRevisionMovesOnlyWhenWhatJournalRulesSeeChanges() throws {
        let text = LSPJournal.session(date: "2026-11-03")
        let journal = try LSPJournal(files: ["sessions/a.md": text])
        var live = try LiveJournal.load(root: journal.root)
        let start = live.revision
        live.replace("sessions/a.md", with: Array(text.utf8))
        live.replace("sessions/a.md", with: Array((text + "\nMore notes.\n").utf8))
        #expect(live.revision == start)
        // A new commitment is seen by journal-wide rules (overdue, review, dependencies).
        live.replace("sessions/a.md", with: Array((text + "- [ ] Another commitment\n").utf8))
        #expect(live.revision > start)
        live.replace("sessions/a.md", with: Array(text.utf8))
        let before = live.revision
        live.replace("sessions/a.md", with: Array(text.replacingOccurrences(of: "2026-11-03", with: "2026-11-04").utf8))
        #expect(live.revision > before)
        let moved = live.revision
        live.replace("sessions/a.md", with: Array(text.replacingOccurrences(of: "---\n## C", with: "lint-ignore: [cadence-overdue]\n---\n## C").utf8))
        #expect(live.revision > moved)  // silencing a pair rule changes what it reports
    }
}

extension LiveJournalTests {
    @Test func aReviewIsSettledAfreshWhenTheMentionIsEditedAway() throws {
        let first = LSPJournal.session(date: "2026-11-03")
        let id = try #require(SessionReader(configuration: Configuration()).read(path: "sessions/a.md", bytes: Array(first.utf8))
            .session?.commitments.first?.id)
        func later(_ notes: String) -> String { LSPJournal.session(date: "2026-11-17", body: "## Review\n\(notes)\n") }
        let journal = try LSPJournal(files: ["sessions/a.md": first, "sessions/b.md": later("Talked about \(id).")])
        var live = try LiveJournal.load(root: journal.root)
        func reviewedIn() -> [String] { live.journal.files.first { $0.path == "sessions/a.md" }?.session?.commitments.first?.reviewedIn ?? [] }
        #expect(reviewedIn() == ["sessions/b.md"])
        live.replace("sessions/b.md", with: Array(later("Talked about something else.").utf8))
        #expect(reviewedIn().isEmpty)
        live.replace("sessions/b.md", with: Array(later("Back to \(id.uppercased()).").utf8))
        #expect(reviewedIn() == ["sessions/b.md"])
    }

    @Test func aCheckFromDiskSettlesReviewsAndLetsTheMentionsGo() throws {
        let first = LSPJournal.session(date: "2026-11-03")
        let id = try #require(SessionReader(configuration: Configuration()).read(path: "sessions/a.md", bytes: Array(first.utf8))
            .session?.commitments.first?.id)
        let reader = SessionReader(configuration: Configuration())
        let files = [reader.read(path: "sessions/a.md", bytes: Array(first.utf8)),
                     reader.read(path: "sessions/b.md", bytes: Array(LSPJournal.session(date: "2026-11-17", body: "Done: \(id)\n").utf8))]
        #expect(!files[1].mentions.isEmpty)
        for forgetting in [false, true] {
            let journal = Journal(root: "/", configuration: Configuration(), files: files, agreements: [], forgettingMentions: forgetting)
            #expect(journal.files[0].session?.commitments.first?.reviewedIn == ["sessions/b.md"])
            #expect(journal.files.allSatisfy(\.mentions.isEmpty) == forgetting)
        }
    }
}
