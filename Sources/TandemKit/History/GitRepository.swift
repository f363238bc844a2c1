import Foundation

/// The git repository a journal lives in, as the `git` program sees it. tandem only
/// ever reads from it: `rev-parse`, `log`, `merge-base` and `cat-file`.
public struct GitRepository: Sendable {
    /// The `git` program to run (an absolute path, found on PATH by the caller).
    public let git: String
    /// The journal root: every git command runs there (`git -C root`).
    public let root: String
    /// The repository's git directory (`.git`, or a worktree's), where the cache lives.
    public let gitDirectory: String
    /// The commit HEAD names; nil in a repository without commits yet.
    public let head: String?

    /// Opens the repository holding `root`, or refuses with a message that says what to do.
    public static func open(root: String, git: String) throws -> GitRepository {
        let inside = try GitCommand.run(git, ["-C", root, "rev-parse", "--is-inside-work-tree"])
        guard inside.status == 0, inside.text == "true" else {
            throw TandemError.invalid("""
                the journal at \(root) is not in a git work tree, so it has no history to read; \
                keep the journal in git (git init, then commit) or run without history
                """)
        }
        let shallow = try GitCommand.run(git, ["-C", root, "rev-parse", "--is-shallow-repository"])
        guard shallow.status == 0 else { throw TandemError.invalid("git rev-parse failed in \(root): \(shallow.error)") }
        if shallow.text == "true" {
            throw TandemError.invalid("""
                the journal's repository is a shallow clone: its early commits are missing, so \
                creation dates would be wrong. Fetch the whole history with 'git fetch --unshallow' \
                (GitHub Actions: actions/checkout with 'fetch-depth: 0'; GitLab CI: variable 'GIT_DEPTH: 0')
                """)
        }
        let directory = try GitCommand.run(git, ["-C", root, "rev-parse", "--absolute-git-dir"])
        guard directory.status == 0, !directory.text.isEmpty else {
            throw TandemError.invalid("git cannot name the repository's folder for \(root): \(directory.error)")
        }
        let head = try GitCommand.run(git, ["-C", root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
        return GitRepository(git: git, root: root, gitDirectory: directory.text,
                             head: head.status == 0 && !head.text.isEmpty ? head.text : nil)
    }

    /// Whether `ancestor` is still in HEAD's history (a rebase may have dropped it).
    func isAncestorOfHead(_ ancestor: String) -> Bool {
        guard let head, GitCommand.isObjectName(ancestor) else { return false }
        let result = try? GitCommand.run(git, ["-C", root, "merge-base", "--is-ancestor", ancestor, head])
        return result?.status == 0
    }

    /// The arguments of the one `git log` that tandem reads: non-merge commits touching
    /// the sessions folder, oldest first, with renames and the blobs of every change.
    func logArguments(sessionsPath: String, since: String?) -> [String] {
        guard let head else { return [] }
        return ["-C", root, "-c", "log.showSignature=false", "-c", "diff.renameLimit=0",
                "log", "--no-merges", "-M", "--raw", "-z", "--no-abbrev", "--no-color", "--no-ext-diff",
                "--no-textconv", "--root", "--date-order", "--reverse", "--relative",
                "--format=%x01%H%x00%at%x00", since.map { "\($0)..\(head)" } ?? head, "--", sessionsPath]
    }
}

/// Runs one git command to its end and keeps what it printed.
enum GitCommand {
    struct Result {
        var status: Int32
        var output: Data
        var errorOutput: Data
        /// Standard output without its trailing newline.
        var text: String {
            String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var error: String {
            String(decoding: errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    static func run(_ git: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TandemError.invalid("cannot run \(git): \(error.localizedDescription)")
        }
        // Standard error is drained beside standard output, so neither pipe can fill and block git.
        let errorBox = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, errorOutput: errorBox.data)
    }

    /// A full hexadecimal object name (SHA-1 or SHA-256).
    static func isObjectName(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
        }
    }
}

/// A running `git log` whose output is handed over chunk by chunk as it arrives.
struct GitLogStream {
    /// The output so far, and where the reader's unfinished part starts.
    struct Chunk {
        var bytes: [UInt8] = []
        var offset = 0
    }

    private let process = Process()
    private let out = Pipe()
    private let err = Pipe()

    init(git: String, arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TandemError.invalid("cannot run \(git): \(error.localizedDescription)")
        }
    }

    /// Calls `consume` after every read (with `final` once the output has ended) and
    /// returns git's exit status and error text.
    func read(_ consume: (inout Chunk, Bool) -> Void) -> (code: Int32, error: String) {
        let errorBox = DataBox()
        let group = DispatchGroup()
        let errorHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) { errorBox.data = errorHandle.readDataToEndOfFile() }
        let fd = out.fileHandleForReading.fileDescriptor
        var chunk = Chunk()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            chunk.bytes += buffer[0..<n]
            consume(&chunk, false)
        }
        consume(&chunk, true)
        group.wait()
        process.waitUntilExit()
        let error = String(decoding: errorBox.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (process.terminationStatus, error)
    }
}

/// Bytes handed from one thread to another once, after the first has finished writing.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
