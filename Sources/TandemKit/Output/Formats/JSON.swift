/// A JSON value whose objects keep their keys in the order written, so the
/// output reads like the SPEC's examples and is byte-stable.
public indirect enum JSONValue: Sendable, Equatable {
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
        var out = ""
        write(to: &out, indent: pretty ? 0 : -1, sink: nil)
        if pretty { out += "\n" }
        return out
    }

    /// The same text as `serialized()`, handed to `sink` in pieces of about
    /// `chunk` bytes, so a large document is never held whole in memory.
    public func serialize(chunk: Int = 1 << 16, to sink: (String) -> Void) {
        var out = ""
        out.reserveCapacity(chunk + 4096)
        withoutActuallyEscaping(sink) { sink in
            write(to: &out, indent: 0, sink: Sink(limit: chunk, write: sink))
        }
        out += "\n"
        sink(out)
    }

    /// Where array elements are flushed once the buffer is full.
    private struct Sink {
        let limit: Int
        let write: (String) -> Void

        func flushIfFull(_ out: inout String) {
            guard out.utf8.count >= limit else { return }
            write(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    private func write(to out: inout String, indent: Int, sink: Sink?) {
        let pretty = indent >= 0
        func newline(_ level: Int) {
            guard pretty else { return }
            out += "\n"
            out += String(repeating: "  ", count: level)
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite {
                out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            } else {
                out += "null"
            }
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            JSONValue.writeArray(count: items.count, { items[$0] }, to: &out, indent: indent, sink: sink)
        case .lazyArray(let count, let element):
            JSONValue.writeLazyArray(count: count, element, to: &out, indent: indent, sink: sink)
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                newline(indent + 1)
                JSONValue.escape(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, indent: pretty ? indent + 1 : -1, sink: sink)
            }
            newline(indent)
            out += "}"
        }
    }

    private static func writeArray(count: Int, _ element: (Int) -> JSONValue, to out: inout String, indent: Int,
                                   sink: Sink?) {
        if count == 0 { out += "[]"; return }
        let pretty = indent >= 0
        out += "["
        for index in 0..<count {
            if index > 0 { out += "," }
            if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
            element(index).write(to: &out, indent: pretty ? indent + 1 : -1, sink: sink)
            sink?.flushIfFull(&out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: indent) }
        out += "]"
    }

    /// A large array's elements are made and written in batches on all cores, then
    /// appended in order: the output is the same as writing them one by one.
    private static func writeLazyArray(count: Int, _ element: @escaping @Sendable (Int) -> JSONValue,
                                       to out: inout String, indent: Int, sink: Sink?) {
        let batch = 512
        guard count > batch / 4 else {
            writeArray(count: count, element, to: &out, indent: indent, sink: sink)
            return
        }
        let pretty = indent >= 0
        let separator = pretty ? ",\n" + String(repeating: "  ", count: indent + 1) : ","
        out += pretty ? "[\n" + String(repeating: "  ", count: indent + 1) : "["
        var start = 0
        while start < count {
            let range = Array(start..<min(start + batch, count))
            let texts = Parallel.map(range) { index -> String in
                var text = ""
                element(index).write(to: &text, indent: pretty ? indent + 1 : -1, sink: nil)
                return text
            }
            for (offset, text) in texts.enumerated() {
                if start + offset > 0 { out += separator }
                out += text
            }
            sink?.flushIfFull(&out)
            start += batch
        }
        out += pretty ? "\n" + String(repeating: "  ", count: indent) + "]" : "]"
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping: append them whole.
        if !s.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F || $0 == 0xE2
        }) {
            out += s
            out += "\""
            return
        }
        QuotedText.appendEscaped(s, to: &out) {
            $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x2028 || $0.value == 0x2029
        }
        out += "\""
    }
}

/// Backslash escapes inside double quotes, as JSON writes them; YAML's double-quoted
/// scalars read the same escapes, so front matter uses them too.
enum QuotedText {
    /// Appends `text` escaped (without the quotes); `needsHex` scalars become `\uXXXX`.
    static func appendEscaped(_ text: String, to out: inout String, needsHex: (Unicode.Scalar) -> Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if needsHex(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
