import Yams

/// Reads `tandem.yml`: the YAML is composed once into a node tree, decoded with
/// `YAMLDecoder` into a `Configuration` (see `Configuration+Decodable.swift`), and
/// walked once more by `ConfigurationMarks` for what decoding cannot tell: the
/// position of a problem, the lines of people and the unknown keys.
public enum ConfigurationLoader {
    public static func load(text: String, file: String = "tandem.yml", knownRules: Set<String>) throws -> Configuration {
        let root: Node?
        do {
            // Values are read as text (`YAMLScalar`), as in front matter: the basic
            // resolver skips Yams' guessing of every scalar's type by regular
            // expressions (0.06 s for a `people:` of 2,000), and keys are looked up
            // with the same resolver they were read with.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, message) = YAMLErrorLocation.describe(error, yaml: text)
            throw ConfigurationError(file: file, line: line, column: column, message: message)
        } catch {
            throw ConfigurationError(file: file, line: 1, column: 1, message: "cannot parse YAML")
        }
        guard let root, !root.isNullScalar else { return Configuration() }
        let marks = ConfigurationMarks(root: root)
        var config: Configuration
        do {
            let decodable = ConfigurationMarks.keysByText(root)
            config = try YAMLDecoder().decode(Configuration.self, from: decodable,
                                              userInfo: userInfo(decodable, knownRules: knownRules))
        } catch let error as DecodingError {
            throw marks.error(error, file: file)
        }
        let personLines = marks.personLines()
        for id in Array(config.people.keys) { config.people[id]?.line = personLines[id] ?? 1 }  // keys copied: no copy of the people
        config.unknownKeys = try marks.unknownKeys(knownRules: knownRules, file: file)
        try ProgrammeSettings.validatePeople(config.people, file: file)
        return config
    }

    private static func userInfo(_ root: Node, knownRules: Set<String>) -> [CodingUserInfoKey: Any] {
        var info: [CodingUserInfoKey: Any] = [.knownRules: knownRules]
        if let people = PeopleEntries(root: root) { info[.peopleEntries] = people }
        return info
    }
}
