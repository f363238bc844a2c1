import Foundation
import Testing

/// A throwaway git repository holding a journal, with commits at chosen dates, built
/// with the git program as a team would build it.
final class GitJournal {
    let repository: URL
    /// The journal folder inside the repository ("" when it is the repository itself).
    let folder: String

    init(folder: String = "", config: String = "team: Test\ntimezone: Europe/Berlin\n") throws {
        repository = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-git-\(UUID().uuidString)")
        self.folder = folder
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try write("tandem.yml", config)
    }

    deinit { try? FileManager.default.removeItem(at: repository) }

    /// The journal root on disk.
    var root: String { folder.isEmpty ? repository.path : repository.appendingPathComponent(folder).path }

    func url(_ relative: String) -> URL { URL(fileURLWithPath: root + "/" + relative) }

    func write(_ relative: String, _ content: String) throws { try write(relative, Data(content.utf8)) }

    func write(_ relative: String, _ data: Data) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    /// Replaces `old` with `new` in a journal file.
    func edit(_ relative: String, _ old: String, _ new: String) throws {
        let text = try text(relative)
        #expect(text.contains(old), "\(relative) contains \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    /// Stages everything and commits with this author and committer date (ISO 8601 with offset).
    func commit(_ date: String, _ message: String = "Session notes", author: String = "Ana Lima") throws {
        try git("add", "-A")
        try git("-c", "user.name=\(author)", "-c", "user.email=ana@example.com", "commit", "-q", "--allow-empty",
                "-m", message, environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
    }

    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:], in directory: URL? = nil) throws -> String {
        try GitJournal.run(arguments, in: directory ?? repository, environment: environment)
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = directory.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `tandem ARGS -C <journal> --today 2026-11-25`.
    func tandem(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try CLI.run(arguments + ["-C", root, "--today", "2026-11-25"], environment: environment)
    }

    /// `tandem history --format json` as commitments keyed by id.
    func historyJSON(_ extra: [String] = []) throws -> (status: Int32, items: [[String: Any]]) {
        let result = try tandem(["history", "--format", "json"] + extra)
        guard result.status == 0 else { return (result.status, []) }
        let document = try CLI.json(result.stdout)
        return (result.status, document["commitments"] as? [[String: Any]] ?? [])
    }

    static func session(date: String, coach: String = "ana", coachee: String = "ben", extra: String = "",
                        commitments: [String]) -> String {
        "---\ndate: \(date)\ncoach: \(coach)\ncoachee: \(coachee)\n\(extra)---\n\n## Goals\n- Handle price objections\n\n"
            + "## Commitments\n" + commitments.map { "- \($0)\n" }.joined()
    }
}
