/// The programme's settings in `tandem.yml` (§9): how far back `rotate` avoids
/// repeating partners, where surveys live and how many respondents they need
/// before their scores are shown, and the sender of e-mailed digests.
public struct ProgrammeSettings: Sendable {
    /// `rotate: { avoid: 365d }`: no partner held a session with in this window.
    public var rotateAvoid = DayCount(days: 365)
    /// `paths.surveys`.
    public var surveysPath = "surveys"
    /// `surveys: { min-respondents: 3 }`: scores of smaller surveys are hidden.
    public var minRespondents = 3
    /// `email: { from: ADDRESS }` (nil: `tandem <tandem@localhost>`).
    public var emailFrom: String?
    /// The line of `email.from`, for errors about it.
    public var emailFromLine = 1

    public init() {}

    /// The one setting each programme mapping holds: `rotate.avoid`,
    /// `surveys.min-respondents`, `email.from`.
    static let settingKeys = ["rotate": "avoid", "surveys": "min-respondents", "email": "from"]

    /// One of the top-level `rotate`, `surveys` and `email` mappings, decoded.
    struct Part: Decodable {
        var rotateAvoid: DayCount?
        var minRespondents: Int?
        var emailFrom: (address: String, line: Int)?

        init(from decoder: Decoder) throws {
            if decoder.isNull { return }
            let section = decoder.key
            guard let entries = try decoder.entries(ConfigurationKey.self) else {
                throw decoder.problem("\(section) must be a mapping")
            }
            for (key, value) in entries where settingKeys[section] == key.stringValue {
                try read(section, value)
            }
        }

        private mutating func read(_ section: String, _ value: Decoder) throws {
            switch section {
            case "rotate":
                guard let text = value.text, let days = DayCount(text) else {
                    throw value.problem("rotate.avoid must look like 365d or 52w")
                }
                rotateAvoid = days
            case "surveys":
                guard let text = value.text, let n = Int(text), n >= 1 else {
                    throw value.problem("surveys.min-respondents must be a whole number of at least 1")
                }
                minRespondents = n
            default:
                guard let text = value.text, EmailAddress.problem(text) == nil else {
                    throw value.problem("email.from must be one e-mail address such as 'Coaching <coach@example.com>' "
                                        + "(\(EmailAddress.problem(value.text ?? "") ?? "not text"))")
                }
                emailFrom = (text, value.line)
            }
        }
    }

    mutating func apply(_ part: Part) {
        if let days = part.rotateAvoid { rotateAvoid = days }
        if let n = part.minRespondents { minRespondents = n }
        if let (address, line) = part.emailFrom {
            emailFrom = address
            emailFromLine = line
        }
    }

    /// A person who manages themselves, a chain of managers that comes back to
    /// where it started, or `left` before `joined` stops the run: each would make
    /// every rotation and newcomer answer wrong.
    static func validatePeople(_ people: [String: Person], file: String) throws {
        func error(_ line: Int, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: line, column: 1, message: message)
        }
        for person in people.values.sorted(by: { $0.line < $1.line }) {
            if let joined = person.joined, let left = person.left, left < joined {
                throw error(person.leftLine, "people.\(person.id): left \(left) is before joined \(joined)")
            }
            guard let manager = person.manager else { continue }
            if manager == person.id {
                throw error(person.managerLine, "people.\(person.id) is their own manager")
            }
            var chain = [person.id]
            var next: String? = manager
            while let id = next, let boss = people[id] {
                if id == person.id {
                    throw error(person.managerLine,
                                "people.\(person.id): managers form a cycle: \((chain + [id]).joined(separator: " → "))")
                }
                if chain.count > people.count { break }
                chain.append(id)
                next = boss.manager
            }
        }
    }
}
