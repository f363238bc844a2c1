import Foundation

/// One change to one file in a commit, from `git log --raw -z`.
struct GitFileChange: Sendable {
    /// `A` added, `M` modified, `D` deleted, `R` renamed, `C` copied, `T` type changed.
    var status: UInt8
    /// The blob before and after; nil for "none" (an added file has no old blob) or
    /// for what is not a plain file (a symbolic link, a submodule).
    var oldBlob: String?
    var newBlob: String?
    /// Paths relative to the journal root; `oldPath` differs only for renames and copies.
    var oldPath: String
    var newPath: String
}

/// A non-merge commit: its author time and the session files it changed.
struct GitCommit: Sendable {
    var hash: String
    /// Seconds since 1970, as git records the author date.
    var authorTime: Int64
    var changes: [GitFileChange]
}

/// Reads the output of `GitRepository.logArguments`: records separated by NUL bytes,
/// each commit opened by `\u{1}HASH`, its author time, then `:mode mode old new STATUS`
/// entries each followed by one path (two for renames and copies). Paths are taken as
/// given, byte for byte, so no name can be mistaken for a record.
enum GitLogParser {
    static func parse(_ data: Data) -> [GitCommit] {
        var commits: [GitCommit] = []
        let bytes = [UInt8](data)
        _ = parse(bytes, from: 0, final: true, into: &commits)
        return commits
    }

    /// Parses the whole records of `bytes` from `offset` on (all of them when `final`),
    /// appending to `commits`; returns where the first unfinished record starts, so the
    /// log can be read while git is still writing it.
    static func parse(_ bytes: [UInt8], from offset: Int, final: Bool, into commits: inout [GitCommit]) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            var tokens = NULTokens(bytes: buffer)
            tokens.offset = offset
            tokens.final = final
            var recordStart = tokens.offset
            while let token = tokens.next() {
                let trimmed = token.drop { $0 == UInt8(ascii: "\n") }
                if trimmed.first == 1 {
                    guard let time = tokens.next() else { break }
                    let hash = String(decoding: trimmed.dropFirst(), as: UTF8.self)
                    commits.append(GitCommit(hash: hash, authorTime: Int64(String(decoding: time, as: UTF8.self)) ?? 0,
                                             changes: []))
                } else if trimmed.first == UInt8(ascii: ":") {
                    guard let change = change(header: trimmed, tokens: &tokens) else {
                        if tokens.exhausted { break }
                        recordStart = tokens.offset
                        continue
                    }
                    if !commits.isEmpty { commits[commits.count - 1].changes.append(change) }
                }
                recordStart = tokens.offset
            }
            return recordStart
        }
    }

    /// `:100644 100644 OLD NEW M` and its path or paths.
    private static func change(header: Slice<UnsafeBufferPointer<UInt8>>, tokens: inout NULTokens) -> GitFileChange? {
        let fields = header.dropFirst().split(separator: UInt8(ascii: " "))
        guard fields.count == 5, let status = fields[4].first else { return nil }
        let twoPaths = status == UInt8(ascii: "R") || status == UInt8(ascii: "C")
        guard let first = tokens.next() else { return nil }
        let oldPath = String(decoding: first, as: UTF8.self)
        var newPath = oldPath
        if twoPaths {
            guard let second = tokens.next() else { return nil }
            newPath = String(decoding: second, as: UTF8.self)
        }
        func blob(mode: Slice<UnsafeBufferPointer<UInt8>>, name: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
            // Only plain files are sessions: 100644 and 100755.
            guard mode.starts(with: Array("1006".utf8)) || mode.starts(with: Array("1007".utf8)) else { return nil }
            let text = String(decoding: name, as: UTF8.self)
            return GitCommand.isObjectName(text) && text.utf8.contains(where: { $0 != UInt8(ascii: "0") }) ? text : nil
        }
        return GitFileChange(status: status, oldBlob: blob(mode: fields[0], name: fields[2]),
                             newBlob: blob(mode: fields[1], name: fields[3]), oldPath: oldPath, newPath: newPath)
    }
}

/// The NUL-separated tokens of a buffer, empty ones skipped. Unless `final`, a token
/// without its NUL yet is not returned (more bytes are coming) and `exhausted` is set.
struct NULTokens {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var final = true
    private(set) var exhausted = false

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
        while offset < bytes.count {
            let start = offset
            var end = offset
            while end < bytes.count, bytes[end] != 0 { end += 1 }
            if end == bytes.count, !final {
                exhausted = true
                return nil
            }
            let token = bytes[start..<end]
            offset = end + 1
            let meaningful = token.contains { $0 != UInt8(ascii: "\n") }
            if meaningful { return token }
        }
        exhausted = true
        return nil
    }
}
