import Yams

/// A configuration problem that stops the run (exit 2): `tandem.yml:line:column: message`.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Reads `tandem.yml`: the YAML is composed once into a node tree, decoded with
/// `YAMLDecoder` into a `Configuration` (see `Configuration+Decodable.swift`), and
/// walked once more by `ConfigurationMarks` for what decoding cannot tell: the
/// position of a problem, the lines of people and the unknown keys.
public enum ConfigurationLoader {
    public static func load(text: String, file: String = "tandem.yml", knownRules: Set<String>) throws -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
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
            config = try YAMLDecoder().decode(Configuration.self, from: ConfigurationMarks.keysByText(root),
                                              userInfo: [.knownRules: knownRules])
        } catch let error as DecodingError {
            throw marks.error(error, file: file)
        }
        for id in config.people.keys { config.people[id]?.line = marks.line(ofPerson: id) }
        config.unknownKeys = try marks.unknownKeys(knownRules: knownRules, file: file)
        try ProgrammeSettings.validatePeople(config.people, file: file)
        return config
    }
}

/// Where a Yams error happened, as 1-based line and column, and a one-line message.
enum YAMLErrorLocation {
    static func describe(_ error: YamlError, yaml: String = "", lineOffset: Int = 0) -> (line: Int, column: Int, message: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (mark.line + lineOffset, mark.column, "invalid YAML: \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the mapping; point at the repeated key itself when it can be found.
            let line = secondOccurrence(of: duplicates.sorted().first ?? "", in: yaml, after: context.mark.line)
                ?? context.mark.line
            return (line + lineOffset, line == context.mark.line ? context.mark.column : 1,
                    "invalid YAML: duplicate key \(duplicates.sorted().joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return (1 + lineOffset, 1, "invalid YAML: \(problem)")
        default:
            return (1 + lineOffset, 1, "invalid YAML")
        }
    }

    /// The 1-based line of the second `key:` at the same indentation, from `start` on.
    private static func secondOccurrence(of key: String, in yaml: String, after start: Int) -> Int? {
        guard !key.isEmpty else { return nil }
        var seen = 0
        var indent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let trimmed = line.drop { $0 == " " }
            let spaces = line.count - trimmed.count
            guard trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") else { continue }
            if let indent, indent != spaces { continue }
            indent = spaces
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }
}

/// A person id is one word: no white space, no path separators, no control characters.
public enum PersonID {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id != "." && id != ".." && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { s in
                !s.properties.isWhitespace && s != "/" && s != "\\" && s != ":" && s != "," && s != "&"
                    && s.value >= 0x20 && s.value != 0x7F
            }
    }
}

/// Folder names from the configuration must stay inside the journal.
enum RelativePath {
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return !path.hasPrefix("/") && !parts.isEmpty && !parts.contains("..") && !path.contains("\0")
    }

    static func normalized(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }
}
