import Foundation
import Testing
import Yams
@testable import TandemKit

/// The fast front-matter reader must agree with Yams wherever it answers.
@Suite struct FlatFrontMatterTests {
    static let values = [
        "plain", "Handling objections in discovery calls", "with: colon", "a #b", "#c", "a#b", "[a, b]", "[a,b]",
        "[ a , b ]", "{ safety: 4, trust: 5 }", "{a: 1}", "{ a: 1, a: 2 }", "\"quoted\"", "'single'", "\"esc \\\" x\"",
        "yes", "~", "null", "2026-11-03", "Ünïcödé ✓ 📅", "a:b", "trailing  ", "- dash", "-dash", "?q", "*alias",
        "&anchor x", "!tag x", "|", ">", "%x", "@x", "`x`", "x, y", "[a, [b]]", "{a: {b: 1}}", "[]", "{}", "[a, ]",
        "'it''s'", "\"\"", "''", "https://x.test/a#b", "ends:", "45", "-3", "0.5", "[ana, ben]", "[\"a\", b]",
        "{ safety: 4 , trust: 5 }", "{safety:4}", "[a b, c]", "x: y: z", "[a, b] tail", "\"a\" tail",
    ]
    static let keys = ["date", "focus", "lint-ignore", "x_y", "pulse"]

    static func documents() -> [String] {
        var docs: [String] = []
        for (index, value) in values.enumerated() {
            let key = keys[index % keys.count]
            docs.append("date: 2026-11-03\n\(key): \(value)\ncoach: ana\n")
            docs.append("# comment\n\n\(key): \(value)\r\ncoachee: ben\r\n")
        }
        docs.append("date: 2026-11-03\ndate: 2026-11-04\n")
        docs.append("tags:\n  - a\n  - b\n")
        docs.append("  indented: x\n")
        docs.append("a: &x [1, 2]\nb: *x\n")
        docs.append("")
        docs.append("\n\n")
        return docs
    }

    static func sampleFrontMatters() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-journal/sessions")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        return try files.map { name in
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            let parts = text.components(separatedBy: "\n---\n")
            return String(parts[0].dropFirst(4)) + "\n"
        }
    }

    func yams(_ text: String) -> FrontMatterValue? {
        guard let node = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
        return FrontMatterValue(node, depth: 3)
    }

    func fast(_ text: String) -> FrontMatterValue? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { FlatFrontMatter.parse(UnsafeBufferPointer($0)) }
    }

    @Test(arguments: documents())
    func agreesWithYams(document: String) {
        guard let quick = fast(document) else { return }  // handed to Yams: nothing to compare
        #expect(quick == yams(document), "\(document.debugDescription)")
    }

    @Test func answersForTheSampleJournal() throws {
        let frontMatters = try Self.sampleFrontMatters()
        #expect(frontMatters.count > 30)
        for text in frontMatters {
            let quick = fast(text)
            #expect(quick != nil, "fast path declined: \(text.debugDescription)")
            #expect(quick == yams(text))
        }
    }

    @Test(arguments: ["plain", "Handling objections in discovery calls", "[a, b]", "{ safety: 4, trust: 5 }",
                      "\"quoted\"", "'single'", "yes", "2026-11-03", "Ünïcödé ✓ 📅", "45", "[ana, ben]", "[]"])
    func answersTheCommonShapes(value: String) {
        let document = "date: 2026-11-03\nfocus: \(value)\n"
        #expect(fast(document) != nil)
        #expect(fast(document) == yams(document))
    }

    @Test func declinesWhatItDoesNotKnow() {
        for text in ["tags:\n  - a\n", "a: &x 1\n", "date: 2026-11-03\ndate: 2026-11-04\n", "a: b # c\n", "a: \"x\\ty\"\n", "a:\n"] {
            #expect(fast(text) == nil, "\(text.debugDescription)")
        }
    }
}
