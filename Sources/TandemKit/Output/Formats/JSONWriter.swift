import Foundation

/// Writes one JSON value as it is produced: straight to UTF-8 bytes (documents), or
/// as a `JSONValue` tree (an object that a larger model embeds and adds keys to).
///
/// The objects tandem writes by the ten thousand (`index`'s sessions, `check`'s
/// findings) are written field by field, with no `JSONValue` in between: building a
/// tree per element and taking it apart again cost more than writing the bytes
/// (docs/PERFORMANCE.md). The same code builds the tree when one is needed, so each
/// object has one definition.
///
///     writer.object { w in
///         w.field("file", session.file)
///         w.field("line", goal.line)
///     }
public struct JSONWriter {
    var out = JSONBytes()
    /// Two-space indentation and a line per element; compact otherwise.
    let pretty: Bool
    /// How many containers are open around the next value.
    private var depth: Int
    /// Values written so far in the innermost open container.
    private var count: Int
    /// A key was written: the next value is its field's.
    private var afterKey = false
    /// Where array elements are flushed once the buffer is full (streamed documents).
    var sink: Sink?
    /// Set when building a tree instead of bytes.
    private var tree: TreeBuilder?

    init(pretty: Bool, depth: Int = 0, count: Int = 0) {
        self.pretty = pretty
        self.depth = depth
        self.count = count
    }

    /// The tree `body` writes.
    public static func tree(_ body: (inout JSONWriter) -> Void) -> JSONValue {
        var writer = JSONWriter(pretty: false)
        writer.tree = TreeBuilder()
        body(&writer)
        return writer.tree!.result
    }

    // MARK: Containers

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: 0x7B, close: 0x7D, object: true, body)
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: 0x5B, close: 0x5D, object: false, body)
    }

    private mutating func container(open: UInt8, close: UInt8, object: Bool, _ body: (inout JSONWriter) -> Void) {
        beginValue()
        if tree != nil { tree!.open(object: object) } else { out.append(open) }
        let outer = count
        depth += 1
        count = 0
        body(&self)
        depth -= 1
        if tree != nil {
            tree!.close()
        } else {
            if count > 0, pretty { out.newline(depth) }
            out.append(close)
        }
        count = outer
    }

    /// The key of the next value, inside an object.
    public mutating func key(_ name: StaticString) {
        if tree != nil { tree!.key = name.description; return }
        separate()
        out.append(0x22)
        out.append(name)
        out.append(pretty ? "\": " : "\":")
        afterKey = true
    }

    public mutating func key(_ name: String) {
        if tree != nil { tree!.key = name; return }
        separate()
        out.appendQuoted(name)
        out.append(pretty ? ": " : ":")
        afterKey = true
    }

    // MARK: Scalars

    public mutating func null() {
        beginValue()
        if tree != nil { tree!.add(.null) } else { out.append("null") }
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        if tree != nil { tree!.add(.bool(value)) } else { out.append(value ? "true" : "false") }
    }

    public mutating func int(_ value: Int) {
        beginValue()
        if tree != nil { tree!.add(.int(value)) } else { out.append(integer: value) }
    }

    public mutating func double(_ value: Double) {
        beginValue()
        if tree != nil { tree!.add(.double(value)); return }
        if !value.isFinite {
            out.append("null")
        } else if value == value.rounded() && abs(value) < 1e15 {
            out.append(integer: Int(value))
        } else {
            out.append(String(value))
        }
    }

    public mutating func string(_ value: String) {
        beginValue()
        if tree != nil { tree!.add(.string(value)) } else { out.appendQuoted(value) }
    }

    public mutating func date(_ value: LocalDate) {
        string(value.description)
    }

    /// Any value, arrays and objects written element by element.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let items):
            array { w in
                for item in items {
                    w.value(item)
                    w.flushIfFull()
                }
            }
        case .lazyArray(let count, let write):
            lazyArray(count: count, write)
        case .object(let fields):
            object { w in
                for (key, field) in fields {
                    w.key(key)
                    w.value(field)
                }
            }
        }
    }

    // MARK: Fields

    /// A field whose value is written by `write`, or `null` when there is none.
    private mutating func field<Value>(_ name: StaticString, _ value: Value?,
                                       _ write: (inout JSONWriter, Value) -> Void) {
        key(name)
        if let value { write(&self, value) } else { null() }
    }

    public mutating func field(_ name: StaticString, _ value: String?) { field(name, value) { $0.string($1) } }
    public mutating func field(_ name: StaticString, _ value: Int?) { field(name, value) { $0.int($1) } }
    public mutating func field(_ name: StaticString, _ value: Bool?) { field(name, value) { $0.bool($1) } }
    public mutating func field(_ name: StaticString, _ value: LocalDate?) { field(name, value) { $0.date($1) } }

    /// A session's text, written from where it lies in its pool.
    mutating func field(_ name: StaticString, _ value: PooledText?) {
        field(name, value) { w, text in
            w.beginValue()
            if w.tree != nil { w.tree!.add(.string(text.string)) } else { text.withBytes { w.out.appendQuoted(utf8: $0) } }
        }
    }

    public mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        array { w in for value in values { w.string(value) } }
    }

    public mutating func field(_ name: StaticString, _ value: JSONValue) {
        key(name)
        self.value(value)
    }

    // MARK: Layout

    /// The comma and line before a value (none after its key).
    private mutating func beginValue() {
        guard tree == nil else { return }
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    private mutating func separate() {
        if count > 0 { out.append(0x2C) }
        if pretty { out.newline(depth) }
        count += 1
    }

    private mutating func flushIfFull() {
        guard let sink, out.count >= sink.limit else { return }
        sink.write(out.text)
        out.removeAll()
    }

    /// A large array's elements are written in batches on all cores, then appended in
    /// order: the output is the same as writing them one by one. Each worker writes a
    /// run of elements into one buffer; runs are sized from the bytes the elements
    /// before took (about 64 KiB each, a few per core in flight), so a listing of large
    /// sessions holds no more than one of small findings.
    private mutating func lazyArray(count total: Int, _ write: @escaping @Sendable (Int, inout JSONWriter) -> Void) {
        guard tree == nil, total > 16 else {
            array { w in
                for index in 0..<total {
                    write(index, &w)
                    w.flushIfFull()
                }
            }
            return
        }
        beginValue()
        out.append(0x5B)
        let pretty = self.pretty, depth = self.depth + 1
        let runsInFlight = 4 * Parallel.processorCount, runTarget = 1 << 16
        var start = 0, run = 8, writtenBytes = 0
        while start < total {
            let end = min(start + run * runsInFlight, total)
            let capacity = run * writtenBytes / max(start, 1)
            let runs = Parallel.map(Array(stride(from: start, to: end, by: run))) { [run] first -> JSONBytes in
                var writer = JSONWriter(pretty: pretty, depth: depth, count: first)
                writer.out.reserveCapacity(capacity + capacity / 8)
                for index in first..<min(first + run, end) { write(index, &writer) }
                return writer.out
            }
            for text in runs {
                out.append(text)
                writtenBytes += text.count
                flushIfFull()
            }
            start = end
            run = min(max(runTarget * start / max(writtenBytes, 1), 1), 512)
        }
        if pretty { out.newline(depth - 1) }
        out.append(0x5D)
    }

    /// Where a streamed document's bytes go once about `limit` are written.
    struct Sink {
        let limit: Int
        let write: (String) -> Void
    }

    /// The tree being built, one open container per level.
    private struct TreeBuilder {
        struct Frame {
            var isObject: Bool
            /// The key this container has in the object around it.
            var key: String
            var fields: [(String, JSONValue)] = []
            var items: [JSONValue] = []
        }

        var frames: [Frame] = []
        var key = ""
        var result = JSONValue.null

        mutating func open(object: Bool) {
            frames.append(Frame(isObject: object, key: key))
        }

        mutating func close() {
            let frame = frames.removeLast()
            key = frame.key
            add(frame.isObject ? .object(frame.fields) : .array(frame.items))
        }

        mutating func add(_ value: JSONValue) {
            guard !frames.isEmpty else { result = value; return }
            if frames[frames.count - 1].isObject {
                frames[frames.count - 1].fields.append((key, value))
            } else {
                frames[frames.count - 1].items.append(value)
            }
        }
    }
}

/// The UTF-8 bytes of a JSON text being written, in a buffer that grows by doubling.
///
/// A document is mostly short pieces (punctuation, indentation, keys, numbers):
/// copying each with `memcpy` into spare capacity costs a fraction of
/// `Array.append(contentsOf:)`, whose checks took about 7 % of `index`'s
/// instructions (docs/PERFORMANCE.md).
struct JSONBytes: Sendable {
    private var storage = Storage()

    /// The bytes' own memory, freed with it. Only one writer (one thread) holds it at a
    /// time: a worker's bytes are handed over whole.
    private final class Storage: @unchecked Sendable {
        // Never shared between threads while written, so no access checks.
        @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>?
        @exclusivity(unchecked) var count = 0
        @exclusivity(unchecked) var capacity = 0

        deinit { free(base) }

        func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            let wanted = max(count + extra, 2 * capacity, 256)
            guard let grown = realloc(base, wanted) else { fatalError("out of memory writing JSON") }
            base = grown.assumingMemoryBound(to: UInt8.self)
            capacity = wanted
        }
    }

    var count: Int { storage.count }

    /// Every byte written is ASCII or copied from a Swift string, so this is valid UTF-8.
    var text: String {
        guard let base = storage.base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base, count: storage.count), as: UTF8.self)
    }

    mutating func reserveCapacity(_ capacity: Int) { storage.reserve(capacity - storage.count) }

    /// Empties the buffer, keeping its memory.
    mutating func removeAll() { storage.count = 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        storage.reserve(1)
        storage.base![storage.count] = byte
        storage.count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        storage.reserve(bytes.count)
        memcpy(storage.base! + storage.count, source, bytes.count)
        storage.count += bytes.count
    }

    mutating func append(_ other: JSONBytes) {
        guard let base = other.storage.base else { return }
        append(UnsafeRawBufferPointer(start: base, count: other.count))
    }

    mutating func append(_ literal: StaticString) {
        append(UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// A line break and two spaces a level.
    mutating func newline(_ level: Int) {
        var width = 1 + 2 * level
        JSONBytes.indentation.withUTF8Buffer { line in
            append(UnsafeRawBufferPointer(start: line.baseAddress, count: min(width, line.count)))
            width -= line.count
            while width > 0 {
                append(UnsafeRawBufferPointer(start: line.baseAddress! + 1, count: min(width, line.count - 1)))
                width -= line.count - 1
            }
        }
    }

    private static let indentation: StaticString = "\n                                "

    mutating func append(integer value: Int) {
        if value >= 0 && value < 10 { append(0x30 + UInt8(value)); return }
        if value == .min { append(String(value)); return }
        var magnitude = value.magnitude
        if value < 0 { append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            append(UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    /// A JSON string literal, as `Escaping.json` writes it.
    mutating func appendQuoted(_ string: String) {
        var string = string
        if string.withUTF8({ appendQuotedIfPlain($0) }) { return }
        var escaped = ""
        Escaping.json(string, into: &escaped)
        append(escaped)
    }

    /// Valid UTF-8 (a pooled text), quoted without making a `String` unless it needs escaping.
    mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        if appendQuotedIfPlain(utf8) { return }
        var escaped = ""
        Escaping.json(String(decoding: utf8, as: UTF8.self), into: &escaped)
        append(escaped)
    }

    /// Most strings need no escaping: copied whole. Returns false, writing nothing, for the others.
    private mutating func appendQuotedIfPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) else {
            return false
        }
        append(0x22)
        append(UnsafeRawBufferPointer(utf8))
        append(0x22)
        return true
    }
}
