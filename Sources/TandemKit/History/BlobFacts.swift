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

/// Fetches blobs through one long-running `git cat-file --batch` and reads each with
/// the session reader, a batch at a time on every core.
enum BlobReader {
    /// Blobs larger than this are not read (as `FileReader` refuses such files).
    static let maxBytes = FileReader.maxBytes

    static func facts(of blobs: [String], repository: GitRepository, reader: SessionReader) throws -> [String: BlobFacts] {
        var result: [String: BlobFacts] = [:]
        guard !blobs.isEmpty else { return result }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repository.git)
        process.arguments = ["-C", repository.root, "cat-file", "--batch"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TandemError.invalid("cannot run \(repository.git): \(error.localizedDescription)")
        }
        // The names are written from another thread while answers are read here, so
        // neither pipe can fill up and stall the other side.
        let writer = input.fileHandleForWriting
        let names = Data(blobs.joined(separator: "\n").utf8 + [UInt8(ascii: "\n")])
        DispatchQueue.global().async {
            try? writer.write(contentsOf: names)
            try? writer.close()
        }
        var stream = ByteStream(fd: output.fileHandleForReading.fileDescriptor)
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
        for name in blobs {
            guard let header = stream.line() else { break }
            let fields = header.split(separator: " ")
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
            if batch.count >= 512 || batchBytes >= 16 << 20 { flush() }
        }
        flush()
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
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
