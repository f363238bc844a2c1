import Yams

/// One scalar of `tandem.yml` as it was written: its text whatever tag YAML gives it
/// (`no` stays the word "no", `007` stays "007") and its style. Yams hands the raw
/// scalar to `ScalarConstructible` types, so decoding this never converts a value.
struct YAMLScalar: Decodable, ScalarConstructible {
    let scalar: Node.Scalar

    static func construct(from scalar: Node.Scalar) -> YAMLScalar? { YAMLScalar(scalar: scalar) }

    /// Only `YAMLDecoder` builds this type, through `construct(from:)`.
    init(from decoder: Decoder) throws {
        throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath,
                                                          debugDescription: "a YAML scalar is read from YAML only"))
    }

    private init(scalar: Node.Scalar) { self.scalar = scalar }

    var text: String { scalar.string }
    var isNull: Bool { scalar.isNull }
    var flag: Bool? { scalar.yamlBool }
}

/// Any key of a mapping of `tandem.yml` (a person id, a rule id, a setting), or a
/// position in a list. `keyItself` ends the coding path of an error about a key rather
/// than its value (a person id that is not one word).
struct ConfigurationKey: CodingKey, Sendable {
    var stringValue: String
    var intValue: Int?
    var isKeyItself = false

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    static var keyItself: Self {
        var key = Self("")
        key.isKeyItself = true
        return key
    }
}

extension CodingUserInfoKey {
    /// The rule ids a `rules:` entry may name (`Set<String>`); other ids are unknown keys.
    static let knownRules = CodingUserInfoKey(rawValue: "tandem.knownRules")!
}

/// What the decoding of `tandem.yml` asks of the value at hand. A problem is thrown as
/// a `DecodingError` whose description is the message printed to the user; the loader
/// finds the position of the value from the error's coding path.
extension Decoder {
    /// The scalar at this position; nil for a mapping or a list.
    var scalar: YAMLScalar? { try? singleValueContainer().decode(YAMLScalar.self) }
    /// The scalar's text; nil for a mapping or a list.
    var text: String? { scalar?.text }
    /// An empty value (`key:`, `~`, `null`): the setting keeps its default.
    var isNull: Bool { scalar?.isNull ?? false }
    /// The text, or nil when empty or not a scalar.
    var optionalText: String? { isNull ? nil : text }

    /// The entries of a mapping in the order written, keys tandem knows only (the
    /// others are unknown keys, found by the loader); nil when this is not a mapping.
    func entries<Key: CodingKey>(_ keys: Key.Type) throws -> [(key: Key, value: Decoder)]? {
        guard let container = try? container(keyedBy: Key.self) else { return nil }
        return try container.allKeys.map { ($0, try container.superDecoder(forKey: $0)) }
    }

    /// The items of a list in order; nil when this is not a list.
    func items() throws -> [Decoder]? {
        guard var list = try? unkeyedContainer() else { return nil }
        var items: [Decoder] = []
        while !list.isAtEnd { items.append(try list.superDecoder()) }
        return items
    }

    /// A problem with the value at this position, `message` as the user reads it.
    func problem(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }

    /// A problem with the key of this entry rather than its value.
    func problemWithKey(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath + [ConfigurationKey.keyItself], debugDescription: message))
    }

    /// The last key of the coding path: the setting being read (`cadence`, `since`, a person id).
    var key: String { codingPath.last?.stringValue ?? "" }

    /// `14d`, `2w`: at least 1d (0d where allowed), at most a hundred years.
    func dayCount(allowZero: Bool = false) throws -> DayCount {
        guard let text, let value = DayCount(strict: text, allowZero: allowZero) else {
            throw problem("\(key) must be a duration like 14d or 2w, at least \(allowZero ? "0d" : "1d") and at most 100 years")
        }
        return value
    }

    /// `YYYY-MM-DD`, or nil when empty; `what` names the setting in the message.
    func date(_ what: String) throws -> LocalDate? {
        if isNull { return nil }
        guard let text, let value = LocalDate(iso8601: text) else { throw problem("\(what) must be a date YYYY-MM-DD") }
        return value
    }

    /// A list of names, or one name; `what` names the setting in the message.
    func names(_ what: String) throws -> [String] {
        if let text { return isNull ? [] : [text] }
        guard let items = try items() else { throw problem("\(what) must be a list of names") }
        return try items.map { item in
            guard let text = item.text else { throw item.problem("\(what) must be a list of names") }
            return text
        }
    }

    /// The line of the value at this position.
    var line: Int { mark?.line ?? 1 }
}
