import Foundation
import Testing
@testable import TandemKit

/// Replays every input kept in Fixtures/fuzz (crashes found by scripts/fuzz, and
/// hand-made hostile files) through the same path as the fuzz target.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theFolderHoldsInputs() {
        #expect(Self.inputs.count >= 3)
    }

    @Test(arguments: inputs)
    func replay(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let reader = SessionReader(configuration: Configuration())
        let asItem = Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n- [ ] ".utf8) + Array(data)
        for bytes in [Array(data), asItem] {
            let file = reader.read(path: "sessions/2026/2026-11-03-ana-ben.md", bytes: bytes)
            let journal = Journal(root: "/", configuration: Configuration(), files: [file], agreements: [])
            let result = Checker(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!).check()
            #expect(result.findings.allSatisfy { $0.location.line >= 1 })
            _ = IndexDocument.build(journal: journal, pairs: [], today: result.today, redaction: Redaction(reveal: true))
                .serialized()
        }
    }

    /// The fuzz target's template and display paths: every kept input also as a
    /// template (rendered within the limits or refused) and as a file name (never
    /// shown with a raw control character or a line break).
    @Test(arguments: inputs)
    func replayAsTemplateAndName(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = String(decoding: data, as: UTF8.self)
        let records = (0..<20).map { ["id": "abc\($0)def", "text": "Item \($0)", "owner": "ben"] }
        if let rendered = try? TemplateRenderer.render(text, name: "templates/session.md",
                                                       values: ["open_commitments": .records(records)]) {
            #expect(rendered.utf8.count <= TemplateLimits.maximumOutputBytes)
        }
        #expect(!DisplayText.field(text).unicodeScalars.contains(where: DisplayText.isUnsafe))
        let annotation = GitHubCommand.annotation(.error, file: text, line: 1, message: text)
        #expect(annotation.dropLast().allSatisfy { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
        #expect(!annotation.unicodeScalars.dropLast().contains(where: DisplayText.isUnsafe))
    }
}
