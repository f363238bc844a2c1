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
}
