import Yams

/// `tandem.yml` decoded with `YAMLDecoder`. Each part checks its own values and
/// throws the message the user reads; keys are read in the order written, so the
/// first problem in the file is the one reported. Unknown keys and the positions of
/// keys are not decoded: `ConfigurationMarks` finds them in the node tree.
extension Configuration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case team, timezone, cadence, grace, confidential, paths, people, pairs, sections, rules, rotate, surveys, email
    }

    public init(from decoder: Decoder) throws {
        var config = Configuration()  // the defaults; `pairs` is assigned outside an initialiser to keep its index
        if decoder.isNull {
            self = config
            return
        }
        guard let entries = try decoder.entries(CodingKeys.self) else {
            throw decoder.problem("tandem.yml must be a mapping of keys to values")
        }
        for (key, value) in entries { try config.read(key, value) }
        self = config
    }

    private mutating func read(_ key: CodingKeys, _ value: Decoder) throws {
        switch key {
        case .team: team = value.optionalText
        case .timezone: timezone = value.optionalText
        case .cadence: cadence = try value.dayCount()
        case .grace: grace = try value.dayCount(allowZero: true)
        case .confidential:
            guard let flag = value.scalar?.flag else { throw value.problem("confidential must be true or false") }
            confidential = flag
        case .paths: apply(try PathSettings(from: value))
        case .people: people = try PeopleSettings(from: value).people
        case .pairs: pairs += try PairPlans(from: value).plans
        case .sections:
            let sections = try SectionSettings(from: value)
            goalSections = sections.goals ?? goalSections
            requiredSections = sections.required ?? requiredSections
        case .rules: rules = try RuleSettings(from: value).rules
        case .rotate, .surveys, .email: programme.apply(try ProgrammeSettings.Part(from: value))
        }
    }

    private mutating func apply(_ paths: PathSettings) {
        for entry in paths.folders {
            switch entry.key {
            case .sessions: sessionsPath = entry.folder
            case .agreements: agreementsPath = entry.folder
            case .surveys: programme.surveysPath = entry.folder
            }
            if entry.key != .surveys {
                configuredPaths.append((entry.key.rawValue, entry.folder, entry.line, entry.column))
            }
        }
    }
}

/// `paths:`: folders inside the journal, normalised (`./notes/` → `notes`).
struct PathSettings: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case sessions, agreements, surveys }

    var folders: [(key: CodingKeys, folder: String, line: Int, column: Int)] = []

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
        guard let entries = try decoder.entries(CodingKeys.self) else { throw decoder.problem("paths must be a mapping") }
        for (key, value) in entries {
            guard let path = value.text, RelativePath.isSafe(path) else {
                throw value.problem("paths.\(key.rawValue) must be a folder inside the journal")
            }
            folders.append((key, RelativePath.normalized(path), value.line, value.mark?.column ?? 1))
        }
    }
}

/// `sections:`: the headings of goals and the sections every session needs.
struct SectionSettings: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case goals, required }

    var goals: [String]?
    var required: [String]?

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
        guard let entries = try decoder.entries(CodingKeys.self) else { throw decoder.problem("sections must be a mapping") }
        for (key, value) in entries {
            switch key {
            case .goals: goals = try value.names("sections.goals")
            case .required: required = try value.names("sections.required")
            }
        }
    }
}

/// `pairs:`: a list of planned pairs.
struct PairPlans: Decodable {
    var plans: [PairPlan] = []

    init(from decoder: Decoder) throws {
        if decoder.isNull { return }
        guard let items = try decoder.items() else { throw decoder.problem("pairs must be a list") }
        plans = try items.map(PairPlan.init(from:))
    }
}

extension PairPlan: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case partners, cadence, grace, since, until, observer }

    public init(from decoder: Decoder) throws {
        guard let entries = try decoder.entries(CodingKeys.self) else {
            throw decoder.problem("each pair must be a mapping with partners")
        }
        self.init(key: PairKey("", ""), line: decoder.line)
        var partners: [String] = []
        for (key, value) in entries {
            switch key {
            case .partners: partners = try value.names("partners")
            case .cadence: cadence = try value.dayCount()
            case .grace: grace = try value.dayCount(allowZero: true)
            case .since: since = try value.date("since")
            case .until: until = try value.date("until")
            case .observer: observer = value.optionalText
            }
        }
        guard partners.count == 2, partners[0] != partners[1], partners.allSatisfy(PersonID.isValid) else {
            throw decoder.problem("a pair needs two different partners: partners: [ana, ben]")
        }
        key = PairKey(partners[0], partners[1])
    }
}
