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
    /// An array whose elements are written one at a time (on all cores when it is
    /// long), so a large listing never exists as a whole tree in memory.
    case lazyArray(count: Int, write: @Sendable (Int, inout JSONWriter) -> Void)

    /// An array whose elements are made one at a time while writing.
    public static func lazyArray(count: Int, element: @escaping @Sendable (Int) -> JSONValue) -> JSONValue {
        .lazyArray(count: count) { index, writer in writer.value(element(index)) }
    }

    public static func lazyArray<C: Collection & Sendable>(_ items: C, _ transform: @escaping @Sendable (C.Element) -> JSONValue) -> JSONValue
    where C.Index == Int {
        .lazyArray(count: items.count) { index, writer in writer.value(transform(items[items.startIndex + index])) }
    }

    /// An array whose elements write themselves, with no `JSONValue` in between.
    public static func lazyArray<C: Collection & Sendable>(
        _ items: C, writing write: @escaping @Sendable (C.Element, inout JSONWriter) -> Void
    ) -> JSONValue where C.Index == Int {
        .lazyArray(count: items.count) { index, writer in write(items[items.startIndex + index], &writer) }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func date(_ value: LocalDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
    public static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Two-space indented JSON with a final newline.
    public func serialized(pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.value(self)
        if pretty { writer.out.append(0x0A) }
        return writer.out.text
    }

    /// The same text as `serialized()`, handed to `sink` in pieces of about
    /// `chunk` bytes, so a large document is never held whole in memory.
    public func serialize(chunk: Int = 1 << 16, to sink: (String) -> Void) {
        var writer = JSONWriter(pretty: true)
        writer.out.reserveCapacity(chunk + 4096)
        withoutActuallyEscaping(sink) { sink in
            writer.sink = JSONWriter.Sink(limit: chunk, write: sink)
            writer.value(self)
            writer.sink = nil
        }
        writer.out.append(0x0A)
        sink(writer.out.text)
    }
}
