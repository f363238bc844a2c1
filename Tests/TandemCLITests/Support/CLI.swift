import Foundation
import Testing

/// The result of running the built `tandem` binary.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The folder holding the built products (the test bundle sits beside the binary).
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    static var binary: URL { productsDirectory.appendingPathComponent("tandem") }

    /// The repository root (for sample-journal/ and templates/).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `tandem` with `arguments`; the environment is cleared of TANDEM_*, NO_COLOR and COLUMNS unless given.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    stdin: String? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TANDEM_") && $0.key != "NO_COLOR" && $0.key != "COLUMNS" }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any])
    }
}

/// A throwaway journal on disk, removed when the value is released.
final class TemporaryJournal {
    let url: URL

    init(config: String = "team: Test\n", files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try write("tandem.yml", config)
        for (path, content) in files { try write(path, content) }
    }

    var path: String { url.path }

    func write(_ relative: String, _ content: String) throws {
        try write(relative, Data(content.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func read(_ relative: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(relative)) }
    func text(_ relative: String) throws -> String { String(decoding: try read(relative), as: UTF8.self) }

    /// A session file with the given front matter fields and body.
    static func session(date: String, coach: String = "ana", coachee: String = "ben", extra: String = "",
                        body: String = "") -> String {
        "---\ndate: \(date)\ncoach: \(coach)\ncoachee: \(coachee)\n\(extra)---\n\(body)"
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
