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
        var config = Configuration()
        func fail(_ node: Node?, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, message) = YAMLErrorLocation.describe(error, yaml: text)
            throw ConfigurationError(file: file, line: line, column: column, message: message)
        } catch {
            throw ConfigurationError(file: file, line: 1, column: 1, message: "cannot parse YAML")
        }
        guard let root, !root.isNullScalar else { return config }
        guard let mapping = root.mapping else { throw fail(root, "tandem.yml must be a mapping of keys to values") }

        func unknown(_ key: Node, _ path: String) {
            config.unknownKeys.append((key.mark?.line ?? 1, key.mark?.column ?? 1, path))
        }
        func dayCount(_ node: Node, _ what: String, allowZero: Bool = false) throws -> DayCount {
            guard let text = node.scalarText, let value = DayCount(strict: text, allowZero: allowZero) else {
                throw fail(node, "\(what) must be a duration like 14d or 2w, at least \(allowZero ? "0d" : "1d") and at most 100 years")
            }
            return value
        }
        func date(_ node: Node, _ what: String) throws -> LocalDate? {
            if node.isNullScalar { return nil }
            guard let text = node.scalarText, let value = LocalDate(iso8601: text) else {
                throw fail(node, "\(what) must be a date YYYY-MM-DD")
            }
            return value
        }
        func stringList(_ node: Node, _ what: String) throws -> [String] {
            if let text = node.scalarText { return node.isNullScalar ? [] : [text] }
            guard let items = node.sequence else { throw fail(node, "\(what) must be a list of names") }
            return try items.map { item in
                guard let text = item.scalarText else { throw fail(item, "\(what) must be a list of names") }
                return text
            }
        }

        for (keyNode, value) in mapping {
            let key = keyNode.scalarText ?? ""
            switch key {
            case "team": config.team = value.isNullScalar ? nil : value.scalarText
            case "timezone": config.timezone = value.isNullScalar ? nil : value.scalarText
            case "cadence": config.cadence = try dayCount(value, "cadence")
            case "grace": config.grace = try dayCount(value, "grace", allowZero: true)
            case "confidential":
                guard let flag = value.yamlBool else { throw fail(value, "confidential must be true or false") }
                config.confidential = flag
            case "paths":
                if value.isNullScalar { break }
                guard let paths = value.mapping else { throw fail(value, "paths must be a mapping") }
                for (k, v) in paths {
                    switch k.scalarText {
                    case "sessions", "agreements":
                        guard let path = v.scalarText, RelativePath.isSafe(path) else {
                            throw fail(v, "paths.\(k.scalarText ?? "") must be a folder inside the journal")
                        }
                        if k.scalarText == "sessions" { config.sessionsPath = RelativePath.normalized(path) }
                        else { config.agreementsPath = RelativePath.normalized(path) }
                        config.configuredPaths.append((k.scalarText ?? "", RelativePath.normalized(path), v.mark?.line ?? 1, v.mark?.column ?? 1))
                    case "surveys":
                        guard let path = v.scalarText, RelativePath.isSafe(path) else {
                            throw fail(v, "paths.surveys must be a folder inside the journal")
                        }
                        config.programme.surveysPath = RelativePath.normalized(path)
                    default: unknown(k, "paths.\(k.scalarText ?? "?")")
                    }
                }
            case "people":
                if value.isNullScalar { break }
                guard let people = value.mapping else { throw fail(value, "people must map ids to names") }
                for (idNode, entry) in people {
                    guard let id = idNode.scalarText, PersonID.isValid(id) else {
                        throw fail(idNode, "a person id must be a word without spaces or slashes")
                    }
                    var person = Person(id: id)
                    person.line = idNode.mark?.line ?? 1
                    if let name = entry.scalarText, !entry.isNullScalar {
                        person.name = name
                    } else if let fields = entry.mapping {
                        for (k, v) in fields {
                            switch k.scalarText {
                            case "name": person.name = v.scalarText
                            case "email": person.email = v.scalarText
                            case "joined", "left", "manager", "level":
                                try ProgrammeSettings.readFact(k.scalarText ?? "", v, into: &person, fail: fail)
                            default: unknown(k, "people.\(id).\(k.scalarText ?? "?")")
                            }
                        }
                    } else if !entry.isNullScalar {
                        throw fail(entry, "people.\(id) must be a name or a mapping with name and email")
                    }
                    config.people[id] = person
                }
            case "pairs":
                if value.isNullScalar { break }
                guard let entries = value.sequence else { throw fail(value, "pairs must be a list") }
                var plans: [PairPlan] = []  // assigned once: the configuration indexes its pairs on every change
                defer { config.pairs += plans }
                for entry in entries {
                    guard let fields = entry.mapping else { throw fail(entry, "each pair must be a mapping with partners") }
                    var partners: [String] = []
                    var plan = PairPlan(key: PairKey("", ""), line: entry.mark?.line ?? 1)
                    for (k, v) in fields {
                        switch k.scalarText {
                        case "partners": partners = try stringList(v, "partners")
                        case "cadence": plan.cadence = try dayCount(v, "cadence")
                        case "grace": plan.grace = try dayCount(v, "grace", allowZero: true)
                        case "since": plan.since = try date(v, "since")
                        case "until": plan.until = try date(v, "until")
                        case "observer": plan.observer = v.isNullScalar ? nil : v.scalarText
                        default: unknown(k, "pairs.\(k.scalarText ?? "?")")
                        }
                    }
                    guard partners.count == 2, partners[0] != partners[1],
                          partners.allSatisfy(PersonID.isValid) else {
                        throw fail(entry, "a pair needs two different partners: partners: [ana, ben]")
                    }
                    plan.key = PairKey(partners[0], partners[1])
                    plans.append(plan)
                }
            case "sections":
                if value.isNullScalar { break }
                guard let sections = value.mapping else { throw fail(value, "sections must be a mapping") }
                for (k, v) in sections {
                    switch k.scalarText {
                    case "goals": config.goalSections = try stringList(v, "sections.goals")
                    case "required": config.requiredSections = try stringList(v, "sections.required")
                    default: unknown(k, "sections.\(k.scalarText ?? "?")")
                    }
                }
            case "rules":
                if value.isNullScalar { break }
                guard let rules = value.mapping else { throw fail(value, "rules must map rule ids to settings") }
                for (k, v) in rules {
                    guard let id = k.scalarText, knownRules.contains(id) else {
                        unknown(k, "rules.\(k.scalarText ?? "?")")
                        continue
                    }
                    config.rules[id] = try ruleSetting(id: id, node: v, fail: fail, unknown: unknown)
                }
            case "rotate", "surveys", "email":
                try config.programme.read(key, value, fail: fail, unknown: unknown)
            default:
                unknown(keyNode, key)
            }
        }
        try ProgrammeSettings.validatePeople(config.people, file: file)
        return config
    }

    private static func ruleSetting(id: String, node: Node, fail: (Node?, String) -> ConfigurationError,
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
