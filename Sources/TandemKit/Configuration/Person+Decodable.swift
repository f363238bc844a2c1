import Yams

/// `people:`: person ids mapped to a name, or to a mapping with name, email and
/// programme facts. A person's `line` is the line of its id, a key: the loader sets it.
struct PeopleSettings: Decodable {
    var people: [String: Person] = [:]

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
        if let written = decoder.userInfo[.peopleEntries] as? PeopleEntries {
            try decodeOneByOne(written, path: decoder.codingPath)
            return
        }
        guard let entries = try decoder.entries(ConfigurationKey.self) else {
            throw decoder.problem("people must map ids to names")
        }
        for (key, value) in entries {
            guard PersonID.isValid(key.stringValue) else {
                throw value.problemWithKey("a person id must be a word without spaces or slashes")
            }
            people[key.stringValue] = try Person(from: value)
        }
    }

    /// Yams finds a mapping's value by a linear search of its keys, so a programme of
    /// thousands of people decoded key by key would take quadratic time. The loader
    /// hands the entries over in the order written and each person is decoded from its
    /// own node; problems keep the coding path they would have had.
    private mutating func decodeOneByOne(_ written: PeopleEntries, path: [CodingKey]) throws {
        let decoder = YAMLDecoder()  // one for all: making one reads the whole environment
        people.reserveCapacity(written.entries.count)
        for (id, node) in written.entries {
            let personPath = path + [ConfigurationKey(id)]
            guard PersonID.isValid(id) else {
                throw DecodingError.dataCorrupted(.init(codingPath: personPath + [ConfigurationKey.keyItself],
                                                        debugDescription: "a person id must be a word without spaces or slashes"))
            }
            do {
                if case .mapping(let fields) = node {
                    people[id] = try Person(id: id, fields: fields, path: personPath, decoder: decoder)
                } else {
                    people[id] = try decoder.decode(PersonEntry.self, from: node, userInfo: [.personID: id]).person
                }
            } catch let error as DecodingError {
                throw error.under(personPath)
            }
        }
    }
}

/// The `people:` entries as written (id text and value node), handed to the decoder.
struct PeopleEntries: @unchecked Sendable {  // Yams' nodes are values; the list is never changed
    var entries: [(id: String, node: Node)]

    init?(root: Node) {
        guard case .mapping(let top) = root,
              case .mapping(let people)? = ConfigurationMarks.last(Configuration.CodingKeys.people.stringValue, in: top)?.value
        else { return nil }
        entries = people.compactMap { key, value in key.scalarText.map { ($0, value) } }
    }
}

extension Person {
    /// A person written as a mapping, its values read one by one from their own nodes:
    /// Yams' keyed container resolves every key again to find it, which made the keys
    /// of 2,000 people the largest part of reading `tandem.yml`. Keys tandem does not
    /// know are skipped here (the loader reports them); problems keep their coding path.
    fileprivate init(id: String, fields: Node.Mapping, path: [CodingKey], decoder: YAMLDecoder) throws {
        self.init(id: id)
        let field = PersonField.Box(self)
        for (keyNode, valueNode) in fields {
            guard let text = keyNode.scalarText, let key = CodingKeys(rawValue: text) else { continue }
            field.key = key
            do {
                _ = try decoder.decode(PersonField.self, from: valueNode, userInfo: [.personField: field])
            } catch let error as DecodingError {
                throw error.under([ConfigurationKey(text)])
            }
        }
        self = field.person
    }
}

/// One value of a person's mapping, read into the person being decoded.
private struct PersonField: Decodable {
    final class Box: @unchecked Sendable {  // used by one thread, for one person
        var person: Person
        var key = Person.CodingKeys.name
        init(_ person: Person) { self.person = person }
    }

    init(from decoder: Decoder) throws {
        guard let box = decoder.userInfo[.personField] as? Box else { return }
        try box.person.read(box.key, decoder)
    }
}

/// One person decoded from its own node, its id given by the loader.
private struct PersonEntry: Decodable {
    var person: Person
    init(from decoder: Decoder) throws {
        person = try Person(id: decoder.userInfo[.personID] as? String ?? "", from: decoder)
    }
}

extension CodingUserInfoKey {
    /// The `people:` entries (`PeopleEntries`), decoded one by one.
    static let peopleEntries = CodingUserInfoKey(rawValue: "tandem.peopleEntries")!
    /// The id of the person being decoded from its own node.
    static let personID = CodingUserInfoKey(rawValue: "tandem.personID")!
    /// The person whose mapping is being read, value by value (`PersonField`).
    static let personField = CodingUserInfoKey(rawValue: "tandem.personField")!
}

extension DecodingError {
    /// The same problem, found below `path`.
    func under(_ path: [CodingKey]) -> DecodingError {
        switch self {
        case .dataCorrupted(let c): .dataCorrupted(c.under(path))
        case .keyNotFound(let key, let c): .keyNotFound(key, c.under(path))
        case .typeMismatch(let type, let c): .typeMismatch(type, c.under(path))
        case .valueNotFound(let type, let c): .valueNotFound(type, c.under(path))
        @unknown default: self
        }
    }
}

extension DecodingError.Context {
    func under(_ path: [CodingKey]) -> Self {
        .init(codingPath: path + codingPath, debugDescription: debugDescription, underlyingError: underlyingError)
    }
}

extension Person: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, email, joined, left, manager, level }

    /// One entry of `people:`; its id is the key it is written under.
    public init(from decoder: Decoder) throws {
        try self.init(id: decoder.key, from: decoder)
    }

    init(id: String, from decoder: Decoder) throws {
        self.init(id: id)
        if decoder.isNull { return }
        if let name = decoder.text {
            self.name = name
            return
        }
        guard let entries = try decoder.entries(CodingKeys.self) else {
            throw decoder.problem("people.\(id) must be a name or a mapping with name and email")
        }
        for (key, value) in entries { try read(key, value) }
    }

    fileprivate mutating func read(_ key: CodingKeys, _ value: Decoder) throws {
        if value.isNull, key != .name, key != .email { return }  // an empty fact states nothing
        switch key {
        case .name: name = value.text
        case .email: email = value.text
        case .joined: joined = try value.date("people.\(id).joined")
        case .left:
            left = try value.date("people.\(id).left")
            leftLine = value.line
        case .manager:
            guard let text = value.text, PersonID.isValid(text) else {
                throw value.problem("people.\(id).manager must be one person id")
            }
            manager = text
            managerLine = value.line
        case .level:
            guard let text = value.text else { throw value.problem("people.\(id).level must be text") }
            level = text
        }
    }
}
