import Yams

/// `people:`: person ids mapped to a name, or to a mapping with name, email and
/// programme facts. A person's `line` is the line of its id, a key: the loader sets it.
struct PeopleSettings: Decodable {
    var people: [String: Person] = [:]

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
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
}

extension Person: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, email, joined, left, manager, level }

    /// One entry of `people:`; its id is the key it is written under.
    public init(from decoder: Decoder) throws {
        self.init(id: decoder.key)
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

    private mutating func read(_ key: CodingKeys, _ value: Decoder) throws {
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
