import Foundation

/// A commitment as history follows it through one file: its text and, for identical
/// texts in one file, which of them it is. With the file's path this is its id.
struct CommitmentKey: Hashable, Sendable {
    var text: String
    var occurrence: Int

    /// The id `tandem` shows for this commitment in the file at `path`.
    func id(path: String) -> String { CommitmentID.make(file: path, text: text, occurrence: occurrence) }

    /// The keys of a session's commitments, numbered as `CommitmentID.assign` numbers them.
    static func keys(of commitments: [Commitment]) -> [CommitmentKey] {
        var seen: [String: Int] = [:]
        return commitments.map { c in
            let occurrence = seen[c.text, default: 0]
            seen[c.text] = occurrence + 1
            return CommitmentKey(text: c.text, occurrence: occurrence)
        }
    }
}

/// What one version of a session file says about its commitments, as far as history
/// needs it: open or closed, and the due date.
struct BlobFacts: Sendable {
    struct State: Sendable, Equatable {
        var isOpen: Bool
        var due: LocalDate?
    }

    var confidential: Bool
    var commitments: [(key: CommitmentKey, state: State)]

    /// Reads one version of a file with the journal's own reader. A version that is not a
    /// session (binary, no front matter, missing fields) has no commitments.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String, reader: SessionReader) -> BlobFacts {
        guard let session = reader.read(path: path, buffer: bytes).session else {
            return BlobFacts(confidential: false, commitments: [])
        }
        let keys = CommitmentKey.keys(of: session.commitments)
        return BlobFacts(confidential: session.confidential, commitments: zip(keys, session.commitments).map { key, c in
            (key, State(isOpen: c.isOpen, due: c.due))
        })
    }

    func lookup() -> [CommitmentKey: State] {
        Dictionary(commitments.map { ($0.key, $0.state) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Fetches blobs through one long-running `git cat-file --batch` while names are still
/// being asked for: the answers are read on another thread and parsed with the session
/// reader a batch at a time on every core, so reading git's log and parsing overlap.
final class BlobReader: @unchecked Sendable {
    /// Blobs larger than this are not read (as `FileReader` refuses such files).
    static let maxBytes = FileReader.maxBytes

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let done = DispatchGroup()
    private var seen = Set<String>()
    private var pending: [UInt8] = []
    // Written by the reading thread only, read after `done` has been waited for.
    private var result: [String: BlobFacts] = [:]

    init(repository: GitRepository, reader: SessionReader) throws {
        process.executableURL = URL(fileURLWithPath: repository.git)
        process.arguments = ["-C", repository.root, "cat-file", "--batch"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TandemError.invalid("cannot run \(repository.git): \(error.localizedDescription)")
        }
        let fd = output.fileHandleForReading.fileDescriptor
        DispatchQueue.global().async(group: done) { [self] in result = BlobReader.answers(fd: fd, reader: reader) }
    }

    /// Asks for a blob once; the request is sent in batches.
    func request(_ name: String) {
        guard seen.insert(name).inserted else { return }
        pending += name.utf8
        pending.append(UInt8(ascii: "\n"))
        if pending.count >= 1 << 14 { send() }
    }

    private func send() {
        guard !pending.isEmpty else { return }
        try? input.fileHandleForWriting.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Ends the requests and waits for every answer.
    func finish() -> [String: BlobFacts] {
        send()
        try? input.fileHandleForWriting.close()
        done.wait()
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        return result
    }

    /// Reads `NAME blob SIZE\nCONTENT\n` answers (or `NAME missing`) to the end.
    private static func answers(fd: Int32, reader: SessionReader) -> [String: BlobFacts] {
        var result: [String: BlobFacts] = [:]
        var stream = ByteStream(fd: fd)
        var batch: [(name: String, bytes: [UInt8])] = []
        var batchBytes = 0
        func flush() {
            let parsed = Parallel.map(batch) { blob in
                blob.bytes.withUnsafeBufferPointer { BlobFacts.read($0, path: "", reader: reader) }
            }
            for (blob, facts) in zip(batch, parsed) { result[blob.name] = facts }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        while let header = stream.line() {
            let fields = header.split(separator: " ")
            guard let name = fields.first.map(String.init) else { continue }
            guard fields.count == 3, fields[1] == "blob", let size = Int(fields[2]), size >= 0 else {
                result[name] = BlobFacts(confidential: false, commitments: [])  // missing: nothing known
                continue
            }
            if size > maxBytes {
                stream.skip(size + 1)
                result[name] = BlobFacts(confidential: false, commitments: [])
                continue
            }
            guard let bytes = stream.bytes(size) else { break }
            stream.skip(1)  // the newline after the content
            batch.append((name, bytes))
            batchBytes += size
            if batch.count >= 256 || batchBytes >= 16 << 20 { flush() }
        }
        flush()
        return result
    }
}

/// Buffered reads from a file descriptor: lines and runs of bytes.
struct ByteStream {
    let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0

    init(fd: Int32) { self.fd = fd }

    private mutating func fill() -> Bool {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { b in Glibc.read(fd, b.baseAddress! + end, b.count - end) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            end += n
            return true
        }
    }

    /// The next line without its newline; nil at the end.
    mutating func line() -> String? {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let text = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return text
            }
            if end - start > 4096 { return nil }  // no answer line is this long
            guard fill() else { return nil }
        }
    }

    /// Exactly `count` bytes; nil when the stream ends first.
    mutating func bytes(_ count: Int) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            if start == end, !fill() { return nil }
            let take = min(count - out.count, end - start)
            out += buffer[start..<(start + take)]
            start += take
        }
        return out
    }

    mutating func skip(_ count: Int) {
        var left = count
        while left > 0 {
            if start == end {
                start = 0
                end = 0
                guard fill() else { return }
            }
            let take = min(left, end - start)
            start += take
            left -= take
        }
    }
}
