import Yams

/// What decoding `tandem.yml` cannot tell, read from the composed node tree: where a
/// value or key is written (for `tandem.yml:LINE:COLUMN:` messages and the lines of
/// people), and which keys tandem does not know (`config-unknown-key` findings).
struct ConfigurationMarks {
    typealias UnknownKey = (line: Int, column: Int, key: String)

    let root: Node

    /// The node a decoding coding path leads to: a mapping key's value (or the key
    /// itself when the path ends in `ConfigurationKey.keyItself`), a list's item.
    func node(at path: [CodingKey]) -> Node? {
        var node: Node? = root
        var keyNode: Node?
        for key in path {
            if (key as? ConfigurationKey)?.isKeyItself == true { return keyNode }
            switch node {
            case .mapping(let mapping)?:
                let entry = Self.last(key.stringValue, in: mapping)
                (keyNode, node) = (entry?.key, entry?.value)
            case .sequence(let list)?:
                guard let index = key.intValue, list.indices.contains(index) else { return nil }
                (keyNode, node) = (nil, list[index])
            default:
                return nil
            }
        }
        return node
    }

    /// A decoding problem as `tandem.yml:LINE:COLUMN: message`, at the value it is about
    /// (the nearest written one when the path leads past it).
    func error(_ error: DecodingError, file: String) -> ConfigurationError {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: context = .init(codingPath: [], debugDescription: "cannot read tandem.yml")
        }
        var path = context.codingPath
        var node = self.node(at: path)
        while node == nil, !path.isEmpty {
            path.removeLast()
            node = self.node(at: path)
        }
        return ConfigurationError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1,
                                  message: context.debugDescription)
    }

    /// Yams keeps the last of equal keys; so does this (without copying the mapping).
    static func last(_ name: String, in mapping: Node.Mapping) -> (key: Node, value: Node)? {
        var found: (key: Node, value: Node)?
        for entry in mapping where entry.key.scalarText == name { found = entry }
        return found
    }

    /// The line of each person's id under `people:`, read in one pass (a programme
    /// of thousands of people must not walk the tree once per person).
    func personLines() -> [String: Int] {
        guard case .mapping(let top)? = Optional(root),
              case .mapping(let people)? = Self.last(Configuration.CodingKeys.people.stringValue, in: top)?.value
        else { return [:] }
        var lines: [String: Int] = [:]
        for (key, _) in people {
            if let id = key.scalarText { lines[id] = key.mark?.line ?? 1 }
        }
        return lines
    }
}

extension ConfigurationMarks {
    /// Keys tandem does not know, in the order written, as dotted paths (`people.ana.nick`).
    /// A person id that is not text (a list used as a key) cannot be decoded and stops the run here.
    func unknownKeys(knownRules: Set<String>, file: String) throws -> [UnknownKey] {
        guard let top = root.mapping else { return [] }
        var found: [UnknownKey] = []
        func note(_ key: Node, _ path: String) { found.append((key.mark?.line ?? 1, key.mark?.column ?? 1, path)) }
        func fields(_ node: Node, _ prefix: String, known: (String) -> Bool) {
            for (key, _) in node.mapping ?? [:] where !known(key.scalarText ?? "?") { note(key, prefix + (key.scalarText ?? "?")) }
        }
        for (keyNode, value) in top {
            guard let section = Configuration.CodingKeys(rawValue: keyNode.scalarText ?? "") else {
                note(keyNode, keyNode.scalarText ?? "")
                continue
            }
            switch section {
            case .paths: fields(value, "paths.") { PathSettings.CodingKeys(rawValue: $0) != nil }
            case .sections: fields(value, "sections.") { SectionSettings.CodingKeys(rawValue: $0) != nil }
            case .pairs:
                for entry in value.sequence ?? [] { fields(entry, "pairs.") { PairPlan.CodingKeys(rawValue: $0) != nil } }
            case .people:
                for (idNode, entry) in value.mapping ?? [:] {
                    guard let id = idNode.scalarText else {
                        throw ConfigurationError(file: file, line: idNode.mark?.line ?? 1, column: idNode.mark?.column ?? 1,
                                                 message: "a person id must be a word without spaces or slashes")
                    }
                    fields(entry, "people.\(id).") { Person.CodingKeys(rawValue: $0) != nil }
                }
            case .rules: unknownRuleKeys(value, knownRules: knownRules, note: note)
            case .rotate, .surveys, .email:
                fields(value, section.rawValue + ".") { ProgrammeSettings.settingKeys[section.rawValue] == $0 }
            case .team, .timezone, .cadence, .grace, .confidential: break
            }
        }
        return found
    }

    private func unknownRuleKeys(_ rules: Node, knownRules: Set<String>, note: (Node, String) -> Void) {
        for (idNode, entry) in rules.mapping ?? [:] {
            guard let id = idNode.scalarText, knownRules.contains(id) else {
                note(idNode, "rules.\(idNode.scalarText ?? "?")")
                continue
            }
            let specs = RuleRegistry.rule(id: id)?.description.settings ?? []
            for (key, value) in entry.mapping ?? [:] {
                let name = key.scalarText ?? "?"
                // `enabled` counts as known only with a yes/no value, as the decoding reads it.
                if name == RuleSetting.CommonKeys.severity.rawValue
                    || (name == RuleSetting.CommonKeys.enabled.rawValue && value.yamlBool != nil)
                    || specs.contains(where: { $0.key == name }) { continue }
                note(key, "rules.\(id).\(name)")
            }
        }
    }

    /// The tree with every mapping key looked up by its text, as tandem reads keys: a
    /// quoted `"1042":` is found under 1042 (Yams compares a key's tag as well).
    static func keysByText(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            let pairs = mapping.map { key, value -> (Node, Node) in
                guard case .scalar(let scalar) = key, scalar.style != .plain, scalar.string != "<<" else {
                    return (key, keysByText(value))
                }
                return (Node.scalar(.init(scalar.string, Tag(.implicit), .plain, scalar.mark)), keysByText(value))
            }
            return .mapping(.init(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let list):
            return .sequence(.init(list.map(keysByText), list.tag, list.style, list.mark, list.anchor))
        case .scalar, .alias:
            return node
        }
    }
}
