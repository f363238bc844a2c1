import Yams

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

    /// Reads the top-level `rotate`, `surveys` and `email` mappings.
    mutating func read(_ key: String, _ value: Node, fail: (Node?, String) -> ConfigurationError,
                       unknown: (Node, String) -> Void) throws {
        if value.isNullScalar { return }
        guard let fields = value.mapping else { throw fail(value, "\(key) must be a mapping") }
        for (k, v) in fields {
            switch (key, k.scalarText ?? "?") {
            case ("rotate", "avoid"):
                guard let text = v.scalarText, let days = DayCount(text) else {
                    throw fail(v, "rotate.avoid must look like 365d or 52w")
                }
                rotateAvoid = days
            case ("surveys", "min-respondents"):
                guard let text = v.scalarText, let n = Int(text), n >= 1 else {
                    throw fail(v, "surveys.min-respondents must be a whole number of at least 1")
                }
                minRespondents = n
            case ("email", "from"):
                guard let text = v.scalarText, EmailAddress.problem(text) == nil else {
                    throw fail(v, "email.from must be one e-mail address such as 'Coaching <coach@example.com>' "
                               + "(\(EmailAddress.problem(v.scalarText ?? "") ?? "not text"))")
                }
                emailFrom = text
                emailFromLine = v.mark?.line ?? 1
            default:
                unknown(k, "\(key).\(k.scalarText ?? "?")")
            }
        }
    }

    /// Reads `joined`, `left`, `manager` or `level` of a person.
    static func readFact(_ key: String, _ value: Node, into person: inout Person,
                         fail: (Node?, String) -> ConfigurationError) throws {
        if value.isNullScalar { return }
        switch key {
        case "joined", "left":
            guard let text = value.scalarText, let date = LocalDate(iso8601: text) else {
                throw fail(value, "people.\(person.id).\(key) must be a date YYYY-MM-DD")
            }
            if key == "joined" { person.joined = date } else {
                person.left = date
                person.leftLine = value.mark?.line ?? 1
            }
        case "manager":
            guard let text = value.scalarText, PersonID.isValid(text) else {
                throw fail(value, "people.\(person.id).manager must be one person id")
            }
            person.manager = text
            person.managerLine = value.mark?.line ?? 1
        default:
            guard let text = value.scalarText else { throw fail(value, "people.\(person.id).level must be text") }
            person.level = text
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
