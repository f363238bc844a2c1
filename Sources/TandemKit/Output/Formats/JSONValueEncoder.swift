/// Encodes an `Encodable` document into a `JSONValue`, which `JSONValue.serialized()`
/// then writes in our byte format (`"key": value`, two-space indent, our escapes).
///
/// - Keyed containers keep keys in the order they are first encoded: a synthesized
///   `Encodable` writes its properties in declaration order, so a model reads like
///   the document. Encoding a key again replaces its value in place.
/// - Several keyed containers asked of one encoder share one object, so a document
///   can encode a shared part inline (`try header.encode(to: encoder)`) and then its
///   own keys.
/// - Synthesized `Encodable` skips nil optionals (`encodeIfPresent`); a field the
///   format writes as `null` is declared `@Nullable`.
/// - A `JSONValue` inside a model is kept as it is.
///
/// Foundation's `JSONEncoder` is not used: it writes `"key" : value`, sorts or
/// scrambles keys and escapes `/`, so it cannot produce our documents.
public final class JSONValueEncoder: Encoder {
    public let codingPath: [any CodingKey]
    public var userInfo: [CodingUserInfoKey: Any] { [:] }
    fileprivate let slot: Slot

    fileprivate init(slot: Slot, codingPath: [any CodingKey]) {
        self.slot = slot
        self.codingPath = codingPath
    }

    /// The document as a `JSONValue`.
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let slot = Slot()
        try slot.store(value, codingPath: [])
        return slot.resolved()
    }

    /// `encode(_:)` for documents whose models cannot fail to encode (ours never throw).
    public static func value<T: Encodable>(_ value: T) -> JSONValue {
        do {
            return try encode(value)
        } catch {
            preconditionFailure("a document model failed to encode: \(error)")
        }
    }

    public func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(object: slot.object(), codingPath: codingPath))
    }

    public func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(array: slot.array(), codingPath: codingPath)
    }

    public func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot, codingPath: codingPath)
    }
}

/// A field written as `null` when absent, where synthesized `Encodable` would leave
/// the key out.
@propertyWrapper
public struct Nullable<Value: Encodable>: Encodable {
    public var wrappedValue: Value?
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// An object whose keys are data (pulse names, people): written in the order given.
public struct JSONFields<Value: Encodable>: Encodable {
    public var fields: [(String, Value)]
    public init(_ fields: [(String, Value)]) { self.fields = fields }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        for (key, value) in fields { try container.encode(value, forKey: JSONKey(key)) }
    }
}

/// A coding key that is any string.
public struct JSONKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { stringValue = String(intValue) }
}

extension JSONValue: Encodable {
    /// Through `JSONValueEncoder` the value is kept whole; other encoders get its parts.
    public func encode(to encoder: any Encoder) throws {
        if let ours = encoder as? JSONValueEncoder, case .object(let fields) = self {
            // Inline into the object being built, so a document can add keys after it.
            let object = ours.slot.object()
            for (key, value) in fields { object.set(key, Slot(value)) }
            return
        }
        if let ours = encoder as? JSONValueEncoder {
            ours.slot.content = .value(self)
            return
        }
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .double(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .array(let items): var c = encoder.unkeyedContainer(); for item in items { try c.encode(item) }
        case .lazyArray(let count, let write):
            var c = encoder.unkeyedContainer()
            for index in 0..<count { try c.encode(JSONWriter.tree { write(index, &$0) }) }
        case .object(let fields): try JSONFields(fields).encode(to: encoder)
        }
    }
}

// MARK: Storage

/// One value under construction: a finished value, an object or an array.
private final class Slot {
    enum Content {
        case empty
        case value(JSONValue)
        case object(ObjectBox)
        case array(ArrayBox)
    }

    var content: Content = .empty

    init() {}
    init(_ value: JSONValue) { content = .value(value) }

    func object() -> ObjectBox {
        if case .object(let box) = content { return box }
        let box = ObjectBox()
        content = .object(box)
        return box
    }

    func array() -> ArrayBox {
        if case .array(let box) = content { return box }
        let box = ArrayBox()
        content = .array(box)
        return box
    }

    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        try value.encode(to: JSONValueEncoder(slot: self, codingPath: codingPath))
    }

    func resolved() -> JSONValue {
        switch content {
        case .empty: .object([])
        case .value(let value): value
        case .object(let box): .object(box.fields.map { ($0.key, $0.slot.resolved()) })
        case .array(let box): .array(box.items.map { $0.resolved() })
        }
    }
}

/// An object's fields in the order their keys were first encoded.
private final class ObjectBox {
    var fields: [(key: String, slot: Slot)] = []
    var positions: [String: Int] = [:]

    func set(_ key: String, _ slot: Slot) {
        if let position = positions[key] {
            fields[position].slot = slot
        } else {
            positions[key] = fields.count
            fields.append((key, slot))
        }
    }
}

private final class ArrayBox {
    var items: [Slot] = []
}

// MARK: Containers

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectBox
    let codingPath: [any CodingKey]

    private func put(_ value: JSONValue, _ key: Key) { object.set(key.stringValue, Slot(value)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.int(Int(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.int(Int(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let slot = Slot()
        object.set(key.stringValue, slot)
        try slot.store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let slot = Slot()
        object.set(key.stringValue, slot)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: slot.object(), codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let slot = Slot()
        object.set(key.stringValue, slot)
        return UnkeyedContainer(array: slot.array(), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let slot = Slot()
        object.set(key.stringValue, slot)
        return JSONValueEncoder(slot: slot, codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { array.items.count }

    private var nextKey: JSONKey { JSONKey(stringValue: "Index \(count)")! }

    mutating func encodeNil() throws { array.items.append(Slot(.null)) }
    mutating func encode(_ value: Bool) throws { array.items.append(Slot(.bool(value))) }
    mutating func encode(_ value: String) throws { array.items.append(Slot(.string(value))) }
    mutating func encode(_ value: Double) throws { array.items.append(Slot(.double(value))) }
    mutating func encode(_ value: Int) throws { array.items.append(Slot(.int(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let slot = Slot()
        let path = codingPath + [nextKey]
        array.items.append(slot)
        try slot.store(value, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let slot = Slot()
        let path = codingPath + [nextKey]
        array.items.append(slot)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: slot.object(), codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let slot = Slot()
        let path = codingPath + [nextKey]
        array.items.append(slot)
        return UnkeyedContainer(array: slot.array(), codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = Slot()
        let path = codingPath + [nextKey]
        array.items.append(slot)
        return JSONValueEncoder(slot: slot, codingPath: path)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .value(.null) }
    mutating func encode(_ value: Bool) throws { slot.content = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.content = .value(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.content = .value(.double(value)) }
    mutating func encode(_ value: Float) throws { slot.content = .value(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { slot.content = .value(.int(value)) }
    mutating func encode(_ value: Int8) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { slot.content = .value(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { slot.content = .value(.int(Int(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try slot.store(value, codingPath: codingPath)
    }
}

/// A date is written as its ISO text (`2026-11-25`), as `JSONValue.date` writes it.
extension LocalDate: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// `tool`, `version`, `schema` and `today`: the first keys of the `stats`, `remind`
/// and `list` documents (and of `tandem index`, which writes them itself). A
/// document encodes it inline, then its own keys.
public struct DocumentHeader: Encodable, Sendable {
    public var tool = "tandem"
    public var version = TandemVersion.current
    public var schema = IndexDocument.schema
    public var today: LocalDate

    public init(today: LocalDate) { self.today = today }
}

extension Nullable: Sendable where Value: Sendable {}
extension JSONFields: Sendable where Value: Sendable {}
