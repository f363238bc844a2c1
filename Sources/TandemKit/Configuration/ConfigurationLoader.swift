import Yams

/// A configuration problem that stops the run (exit 2): `tandem.yml:line:column: message`.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Reads `tandem.yml`: YAML → node tree → unknown keys → typed values.
public enum ConfigurationLoader {
    static let topLevelKeys: Set<String> = [
        "team", "timezone", "cadence", "grace", "confidential", "paths", "people", "pairs", "sections", "rules",
        "rotate", "surveys", "email",
    ]

    public static func load(text: String, file: String = "tandem.yml", knownRules: Set<String>) throws -> Configuration {
        let root: Node?
        do {
            // The basic resolver: values are read as text, and Yams compiles no regular expressions.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, message) = YAMLErrorLocation.describe(error, yaml: text)
            throw ConfigurationError(file: file, line: line, column: column, message: message)
        } catch {
            throw ConfigurationError(file: file, line: 1, column: 1, message: "cannot parse YAML")
        }
        let reader = ConfigurationNodeReader(file: file, knownRules: knownRules)
        guard let root, !root.isNullScalar else { return reader.config }
        guard let mapping = root.mapping else { throw reader.fail(root, "tandem.yml must be a mapping of keys to values") }
        for (keyNode, value) in mapping { try reader.read(keyNode, value) }
        reader.config.unknownKeys = reader.unknownKeys
        try ProgrammeSettings.validatePeople(reader.config.people, file: file)
        return reader.config
    }

    static func ruleSetting(id: String, node: Node, fail: (Node?, String) -> ConfigurationError,
                                    unknown: (Node, String) -> Void) throws -> RuleSetting {
        var setting = RuleSetting()
        func severity(_ node: Node) throws {
            if let flag = node.yamlBool, node.scalarText?.lowercased() != "on" {
                setting.enabled = flag
                return
            }
            let text = node.scalarText?.lowercased() ?? ""
            if text == "off" { setting.enabled = false; return }
            guard let level = Severity(rawValue: text) else {
                throw fail(node, "rules.\(id): expected error, warning, info or off")
            }
            setting.severity = level
        }
        if node.scalar != nil {
            try severity(node)
            return setting
        }
        guard let fields = node.mapping else { throw fail(node, "rules.\(id) must be a severity, off, or a mapping") }
        let known = RuleRegistry.rule(id: id)?.description.settings ?? []
        var nodes: [String: Node] = [:]
        for (k, v) in fields {
            let key = k.scalarText ?? "?"
            if key == "severity" { try severity(v); continue }
            if key == "enabled", let flag = v.yamlBool { setting.enabled = flag; continue }
            guard let spec = known.first(where: { $0.key == key }) else { unknown(k, "rules.\(id).\(key)"); continue }
            guard let text = v.scalarText, let value = spec.parse(text) else {
                throw fail(v, "rules.\(id).\(key) must be \(spec.accepted)")
            }
            setting.settings[key] = value
            nodes[key] = v
        }
        // A range's ends must be in order (session-duration's min and max).
        if let minSpec = known.first(where: { $0.key == "min" }), let maxSpec = known.first(where: { $0.key == "max" }) {
            let low = setting.settings["min"] ?? minSpec.defaultValue, high = setting.settings["max"] ?? maxSpec.defaultValue
            if low > high {
                throw fail(nodes["max"] ?? nodes["min"], "rules.\(id): min (\(Int(low))) must not be greater than max (\(Int(high)))")
            }
        }
        return setting
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

extension Node {
    /// The scalar's text whatever its resolved tag (`no` stays the word "no").
    var scalarText: String? { scalar?.string }

    var isNullScalar: Bool {
        guard let scalar else { return false }
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// YAML booleans as people write them: true/false, yes/no, on/off.
    var yamlBool: Bool? {
        guard let text = scalar?.string.lowercased() else { return nil }
        switch text {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
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
