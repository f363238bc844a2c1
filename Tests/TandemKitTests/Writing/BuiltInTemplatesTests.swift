import Foundation
import Testing
@testable import TandemKit

@Suite struct BuiltInTemplatesTests {
    static var templatesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
    }

    @Test(arguments: BuiltInTemplates.all.map(\.file))
    func literalIsByteIdenticalToTheFile(file: String) throws {
        let onDisk = try Data(contentsOf: Self.templatesFolder.appendingPathComponent(file))
        let literal = try #require(BuiltInTemplates.all.first { $0.file == file }).text
        #expect(Array(literal.utf8) == Array(onDisk))
    }

    @Test func everyFileInTemplatesIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path).sorted()
        #expect(files == BuiltInTemplates.all.map(\.file).sorted())
    }
}
