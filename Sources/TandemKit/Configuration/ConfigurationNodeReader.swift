import Yams

/// Walks the node tree of `tandem.yml` one top-level key at a time, filling a
/// `Configuration` and noting unknown keys with their marks.
final class ConfigurationNodeReader {
    let file: String
    let knownRules: Set<String>
    var config = Configuration()
    var unknownKeys: [(line: Int, column: Int, key: String)] = []

    init(file: String, knownRules: Set<String>) {
        self.file = file
        self.knownRules = knownRules
    }

    func fail(_ node: Node?, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
    }

    func unknown(_ key: Node, _ path: String) {
        unknownKeys.append((key.mark?.line ?? 1, key.mark?.column ?? 1, path))
    }

    func read(_ keyNode: Node, _ value: Node) throws {
        let key = keyNode.scalarText ?? ""
        switch key {
        case "team": config.team = value.isNullScalar ? nil : value.scalarText
        case "timezone": config.timezone = value.isNullScalar ? nil : value.scalarText
        case "cadence": config.cadence = try dayCount(value, "cadence")
        case "grace": config.grace = try dayCount(value, "grace", allowZero: true)
        case "confidential":
            guard let flag = value.yamlBool else { throw fail(value, "confidential must be true or false") }
            config.confidential = flag
        case "paths": try readPaths(value)
        case "people": try readPeople(value)
        case "pairs": try readPairs(value)
        case "sections": try readSections(value)
        case "rules": try readRules(value)
        case "rotate", "surveys", "email":
            try config.programme.read(key, value, fail: fail, unknown: unknown)
        default:
            unknown(keyNode, key)
        }
    }

    private func readPaths(_ value: Node) throws {
        if value.isNullScalar { return }
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
    }

    private func readPeople(_ value: Node) throws {
        if value.isNullScalar { return }
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
    }

    private func readPairs(_ value: Node) throws {
        if value.isNullScalar { return }
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
            guard partners.count == 2, partners[0] != partners[1], partners.allSatisfy(PersonID.isValid) else {
                throw fail(entry, "a pair needs two different partners: partners: [ana, ben]")
            }
            plan.key = PairKey(partners[0], partners[1])
            plans.append(plan)
        }
    }

    private func readSections(_ value: Node) throws {
        if value.isNullScalar { return }
        guard let sections = value.mapping else { throw fail(value, "sections must be a mapping") }
        for (k, v) in sections {
            switch k.scalarText {
            case "goals": config.goalSections = try stringList(v, "sections.goals")
            case "required": config.requiredSections = try stringList(v, "sections.required")
            default: unknown(k, "sections.\(k.scalarText ?? "?")")
            }
        }
    }

    private func readRules(_ value: Node) throws {
        if value.isNullScalar { return }
        guard let rules = value.mapping else { throw fail(value, "rules must map rule ids to settings") }
        for (k, v) in rules {
            guard let id = k.scalarText, knownRules.contains(id) else {
                unknown(k, "rules.\(k.scalarText ?? "?")")
                continue
            }
            config.rules[id] = try ConfigurationLoader.ruleSetting(id: id, node: v, fail: fail, unknown: unknown)
        }
    }

    private func dayCount(_ node: Node, _ what: String, allowZero: Bool = false) throws -> DayCount {
        guard let text = node.scalarText, let value = DayCount(strict: text, allowZero: allowZero) else {
            throw fail(node, "\(what) must be a duration like 14d or 2w, at least \(allowZero ? "0d" : "1d") and at most 100 years")
        }
        return value
    }

    private func date(_ node: Node, _ what: String) throws -> LocalDate? {
        if node.isNullScalar { return nil }
        guard let text = node.scalarText, let value = LocalDate(iso8601: text) else {
            throw fail(node, "\(what) must be a date YYYY-MM-DD")
        }
        return value
    }

    private func stringList(_ node: Node, _ what: String) throws -> [String] {
        if let text = node.scalarText { return node.isNullScalar ? [] : [text] }
        guard let items = node.sequence else { throw fail(node, "\(what) must be a list of names") }
        return try items.map { item in
            guard let text = item.scalarText else { throw fail(item, "\(what) must be a list of names") }
            return text
        }
    }
}
