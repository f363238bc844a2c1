/// A JSON value whose objects keep their keys in the order written, so the
/// output reads like the SPEC's examples and is byte-stable.
/// Not `indirect`: arrays and objects hold their elements on the heap already,
/// so a string or a number costs no allocation of its own.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are made one at a time while writing, so a large
    /// listing never exists as a whole tree in memory.
    case lazyArray(count: Int, element: @Sendable (Int) -> JSONValue)

    public static func lazyArray<C: Collection & Sendable>(_ items: C, _ transform: @escaping @Sendable (C.Element) -> JSONValue) -> JSONValue
    where C.Index == Int {
        .lazyArray(count: items.count) { transform(items[items.startIndex + $0]) }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func date(_ value: LocalDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
    public static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Two-space indented JSON with a final newline.
    public func serialized(pretty: Bool = true) -> String {
        var out = JSONBytes()
        write(to: &out, indent: pretty ? 0 : -1, sink: nil)
        if pretty { out.append(0x0A) }
        return out.text
    }

    /// The same text as `serialized()`, handed to `sink` in pieces of about
    /// `chunk` bytes, so a large document is never held whole in memory.
    public func serialize(chunk: Int = 1 << 16, to sink: (String) -> Void) {
        var out = JSONBytes()
        out.bytes.reserveCapacity(chunk + 4096)
        withoutActuallyEscaping(sink) { sink in
            write(to: &out, indent: 0, sink: Sink(limit: chunk, write: sink))
        }
        out.append(0x0A)
        sink(out.text)
    }

    /// Where array elements are flushed once the buffer is full.
    private struct Sink {
        let limit: Int
        let write: (String) -> Void

        func flushIfFull(_ out: inout JSONBytes) {
            guard out.bytes.count >= limit else { return }
            write(out.text)
            out.bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Written as UTF-8 bytes: appending bytes costs a fraction of appending strings,
    /// and a listing of thousands of findings is mostly punctuation and indentation.
    private func write(to out: inout JSONBytes, indent: Int, sink: Sink?) {
        let pretty = indent >= 0
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(integer: i)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded() && abs(d) < 1e15 { out.append(integer: Int(d)) } else { out.append(String(d)) }
            } else {
                out.append("null")
            }
        case .string(let s): out.appendQuoted(s)
        case .array(let items):
            JSONValue.writeArray(count: items.count, { items[$0] }, to: &out, indent: indent, sink: sink)
        case .lazyArray(let count, let element):
            JSONValue.writeLazyArray(count: count, element, to: &out, indent: indent, sink: sink)
        case .object(let fields):
            if fields.isEmpty { out.append("{}"); return }
            out.append(0x7B)  // {
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out.append(0x2C) }  // ,
                if pretty { out.newline(indent + 1) }
                out.appendQuoted(key)
                out.append(pretty ? ": " : ":")
                value.write(to: &out, indent: pretty ? indent + 1 : -1, sink: sink)
            }
            if pretty { out.newline(indent) }
            out.append(0x7D)  // }
        }
    }

    private static func writeArray(count: Int, _ element: (Int) -> JSONValue, to out: inout JSONBytes, indent: Int,
                                   sink: Sink?) {
        if count == 0 { out.append("[]"); return }
        let pretty = indent >= 0
        out.append(0x5B)  // [
        for index in 0..<count {
            if index > 0 { out.append(0x2C) }
            if pretty { out.newline(indent + 1) }
            element(index).write(to: &out, indent: pretty ? indent + 1 : -1, sink: sink)
            sink?.flushIfFull(&out)
        }
        if pretty { out.newline(indent) }
        out.append(0x5D)  // ]
    }

    /// A large array's elements are made and written in batches on all cores, then
    /// appended in order: the output is the same as writing them one by one. Each
    /// worker writes a run of elements into one buffer; runs are sized from the bytes
    /// the elements before took (about 64 KiB each, a few per core in flight), so a
    /// listing of large sessions holds no more than one of small findings.
    private static func writeLazyArray(count: Int, _ element: @escaping @Sendable (Int) -> JSONValue,
                                       to out: inout JSONBytes, indent: Int, sink: Sink?) {
        guard count > 16 else {
            writeArray(count: count, element, to: &out, indent: indent, sink: sink)
            return
        }
        let pretty = indent >= 0
        let runsInFlight = 4 * Parallel.processorCount, runTarget = 1 << 16
        out.append(0x5B)
        var start = 0, run = 8, writtenBytes = 0
        while start < count {
            let end = min(start + run * runsInFlight, count)
            let capacity = run * writtenBytes / max(start, 1)
            let runs = Parallel.map(Array(stride(from: start, to: end, by: run))) { [run] first -> JSONBytes in
                var text = JSONBytes()
                text.bytes.reserveCapacity(capacity + capacity / 8)
                for index in first..<min(first + run, end) {
                    if index > 0 { text.append(0x2C) }
                    if pretty { text.newline(indent + 1) }
                    element(index).write(to: &text, indent: pretty ? indent + 1 : -1, sink: nil)
                }
                return text
            }
            for text in runs {
                out.bytes += text.bytes
                writtenBytes += text.bytes.count
                sink?.flushIfFull(&out)
            }
            start = end
            run = min(max(runTarget * start / max(writtenBytes, 1), 1), 512)
        }
        if pretty { out.newline(indent) }
        out.append(0x5D)
    }
}

/// The UTF-8 bytes of a JSON text being written.
private struct JSONBytes: Sendable {
    var bytes: [UInt8] = []

    /// Every byte written is ASCII or copied from a Swift string, so this is valid UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func newline(_ level: Int) {
        bytes.append(0x0A)
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    mutating func append(integer value: Int) {
        if value >= 0 && value < 10 { bytes.append(0x30 + UInt8(value)); return }
        if value == .min { append(String(value)); return }
        var magnitude = value.magnitude
        if value < 0 { bytes.append(0x2D) }
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
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// A JSON string literal, as `Escaping.json` writes it.
    mutating func appendQuoted(_ string: String) {
        var string = string
        let plain = string.withUTF8 { utf8 -> Bool in
            // Most strings need no escaping: copied whole.
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) else {
                return false
            }
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return true
        }
        if plain { return }
        var escaped = ""
        Escaping.json(string, into: &escaped)
        append(escaped)
    }
}
