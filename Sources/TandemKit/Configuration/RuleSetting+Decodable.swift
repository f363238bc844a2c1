import Yams

/// `rules:`: rule ids mapped to a severity, `off`, or a mapping of settings. Ids of
/// rules tandem does not have are unknown keys, left to the loader.
struct RuleSettings: Decodable {
    var rules: [String: RuleSetting] = [:]

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
        guard let entries = try decoder.entries(ConfigurationKey.self) else {
            throw decoder.problem("rules must map rule ids to settings")
        }
        let known = decoder.userInfo[.knownRules] as? Set<String> ?? Set(RuleRegistry.ids)
        for (key, value) in entries where known.contains(key.stringValue) {
            rules[key.stringValue] = try RuleSetting(from: value)
        }
    }
}

/// One rule's entry. Each setting is checked against the rule's own declaration
/// (`RuleDescription.settings`), which also holds its default: nothing is defaulted here.
extension RuleSetting: Decodable {
    /// The keys every rule accepts besides its own settings.
    enum CommonKeys: String, CaseIterable { case severity, enabled }

    public init(from decoder: Decoder) throws {
        self.init()
        let id = decoder.key
        if decoder.scalar != nil {
            try readSeverity(decoder, rule: id)
            return
        }
        guard let entries = try decoder.entries(ConfigurationKey.self) else {
            throw decoder.problem("rules.\(id) must be a severity, off, or a mapping")
        }
        let specs = RuleRegistry.rule(id: id)?.description.settings ?? []
        var decoders: [String: Decoder] = [:]
        for (key, value) in entries {
            let name = key.stringValue
            if name == CommonKeys.severity.rawValue { try readSeverity(value, rule: id); continue }
            if name == CommonKeys.enabled.rawValue, let flag = value.scalar?.flag { enabled = flag; continue }
            guard let spec = specs.first(where: { $0.key == name }) else { continue }  // an unknown key
            guard let text = value.text, let number = spec.parse(text) else {
                throw value.problem("rules.\(id).\(name) must be \(spec.accepted)")
            }
            settings[name] = number
            decoders[name] = value
        }
        try checkRange(rule: id, specs: specs, decoders: decoders)
    }

    /// `severity`, or the whole entry: error, warning, info; off, false or no turn the rule off.
    private mutating func readSeverity(_ value: Decoder, rule id: String) throws {
        let text = value.text?.lowercased() ?? ""
        if let flag = value.scalar?.flag, text != "on" {
            enabled = flag
            return
        }
        if text == "off" { enabled = false; return }
        guard let level = Severity(rawValue: text) else {
            throw value.problem("rules.\(id): expected error, warning, info or off")
        }
        severity = level
    }

    /// A range's ends must be in order (session-duration's min and max).
    private func checkRange(rule id: String, specs: [RuleSettingSpec], decoders: [String: Decoder]) throws {
        guard let minSpec = specs.first(where: { $0.key == "min" }), let maxSpec = specs.first(where: { $0.key == "max" }),
              let at = decoders["max"] ?? decoders["min"] else { return }
        let low = settings["min"] ?? minSpec.defaultValue, high = settings["max"] ?? maxSpec.defaultValue
        if low > high {
            throw at.problem("rules.\(id): min (\(Int(low))) must not be greater than max (\(Int(high)))")
        }
    }
}
