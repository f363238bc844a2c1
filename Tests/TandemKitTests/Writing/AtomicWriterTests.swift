import Foundation
import Testing
@testable import TandemKit

@Suite struct AtomicWriterTests {
    final class Folder {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-writer-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
        func text(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func replaceWritesTheNewBytesAndKeepsTheMode() throws {
        let folder = try Folder()
        try folder.write("a.md", "old\n")
        chmod(folder.path + "/a.md", 0o640)
        let writer = AtomicWriter(root: folder.path)
        let snapshot = try writer.read("a.md")
        try writer.replace("a.md", with: Array("new\n".utf8), expecting: snapshot)
        #expect(try folder.text("a.md") == "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/a.md")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(folder.entries == ["a.md"])
    }

    @Test func aChangeBetweenReadAndWriteIsRefusedAndTheFileKept() throws {
        let folder = try Folder()
        try folder.write("a.md", "old\n")
        let path = folder.path + "/a.md"
        var writer = AtomicWriter(root: folder.path)
        let snapshot = try writer.read("a.md")
        writer.beforeCommit = { try? Data("someone else\n".utf8).write(to: URL(fileURLWithPath: path)) }
        #expect(throws: TandemError.self) { try writer.replace("a.md", with: Array("mine\n".utf8), expecting: snapshot) }
        #expect(try folder.text("a.md") == "someone else\n")
        #expect(folder.entries == ["a.md"])
    }

    @Test func createNeverOverwrites() throws {
        let folder = try Folder()
        try folder.write("a.md", "kept\n")
        let writer = AtomicWriter(root: folder.path)
        #expect(throws: TandemError.self) { try writer.create("a.md", with: Array("lost\n".utf8)) }
        #expect(try folder.text("a.md") == "kept\n")
        try writer.create("b.md", with: Array("new\n".utf8))
        #expect(try folder.text("b.md") == "new\n")
        #expect(folder.entries == ["a.md", "b.md"])
    }

    @Test func createRefusesATargetAppearingBeforeTheLink() throws {
        let folder = try Folder()
        let path = folder.path + "/a.md"
        let writer = AtomicWriter(root: folder.path, beforeCommit: {
            try? Data("first\n".utf8).write(to: URL(fileURLWithPath: path))
        })
        #expect(throws: TandemError.self) { try writer.create("a.md", with: Array("second\n".utf8)) }
        #expect(try folder.text("a.md") == "first\n")
        #expect(folder.entries == ["a.md"])
    }

    @Test func pathsLeavingTheRootAreRefused() throws {
        let outer = try Folder()
        try FileManager.default.createDirectory(atPath: outer.path + "/journal", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: outer.path + "/journal/escape", withDestinationPath: outer.path)
        let writer = AtomicWriter(root: outer.path + "/journal")
        #expect(throws: TandemError.self) { try writer.create("../x.md", with: []) }
        #expect(throws: TandemError.self) { try writer.create("/etc/x.md", with: []) }
        #expect(throws: TandemError.self) { try writer.create("escape/x.md", with: []) }
        #expect(outer.entries == ["journal"])
    }

    @Test func createdFoldersReportWhetherTheyAreNew() throws {
        let folder = try Folder()
        let writer = AtomicWriter(root: folder.path)
        #expect(try writer.createFolder("sessions/2026"))
        #expect(try writer.createFolder("sessions/2026") == false)
    }
}
