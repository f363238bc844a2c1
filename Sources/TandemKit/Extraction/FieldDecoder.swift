/// A session's front-matter fields, decoded.
struct SessionHeader {
    var date: LocalDate?
    var coach: String?
    var coachee: String?
    var observers: [String] = []
    var duration: Int?
    var focus: String?
    var confidential: Bool
    var tags: [String] = []
    var pulse: [(name: String, value: Int)] = []
    var status = SessionStatus.held
    var swap = false
    var lintIgnore: [String] = []
}

/// Decodes the front-matter fields in one place: each field is read by one typed
/// step that records a `fieldInvalid` problem when the value has the wrong form.
struct FieldDecoder {
    let fields: FrontMatterFields
    let defaultConfidential: Bool
    private(set) var problems: [ReadProblem] = []

    init(fields: FrontMatterFields, defaultConfidential: Bool) {
        self.fields = fields
        self.defaultConfidential = defaultConfidential
    }

    mutating func decode() -> SessionHeader {
        // Required keys: without them the file is not a session.
        for key in ["date", "coach", "coachee"] where fields[key] == nil || fields[key]!.isNullScalar {
            problems.append(.fieldMissing(key: key))
        }
        var header = SessionHeader(confidential: defaultConfidential)
        header.date = field("date", .calendarDate) { $0.scalarText.flatMap { LocalDate(iso8601: $0.trimmingWhitespace()) } }
        header.coach = field("coach", .personID) { $0.scalarText.flatMap { PersonID.isValid($0) ? $0 : nil } }
        header.coachee = field("coachee", .personID) { $0.scalarText.flatMap { PersonID.isValid($0) ? $0 : nil } }
        let observerKey = fields["observer"] != nil ? "observer" : "observers"
        header.observers = field(observerKey, .personIDs) { node in
            Self.stringList(node).flatMap { $0.allSatisfy(PersonID.isValid) ? $0 : nil }
        } ?? []
        header.duration = field("duration", .positiveMinutes) { $0.scalarText.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } }
        header.focus = field("focus", .text) { $0.scalarText }
        if let flag = field("confidential", .boolean(failsClosed: true), { $0.yamlBool }) {
            header.confidential = flag
        } else if let node = fields["confidential"], !node.isNullScalar {
            // Fails closed: a value tandem cannot read keeps the session private.
            header.confidential = true
        }
        header.tags = field("tags", .wordList, Self.stringList) ?? []
        if let entries = field("pulse", .ratings, { $0.mapping }) { header.pulse = ratings(entries) }
        header.status = field("status", .sessionStatus) { $0.scalarText.flatMap { SessionStatus(rawValue: $0.lowercased()) } }
            ?? .held
        header.swap = field("swap", .boolean(failsClosed: false)) { $0.yamlBool } ?? false
        header.lintIgnore = field("lint-ignore", .ruleIDs, Self.stringList) ?? []
        return header
    }

    /// The value of `key` as `decode` reads it; nil when absent, empty or invalid (then recorded).
    private mutating func field<Value>(_ key: String, _ expected: FieldExpectation,
                                       _ decode: (FrontMatterValue) -> Value?) -> Value? {
        guard let node = fields[key], !node.isNullScalar else { return nil }
        if let value = decode(node) { return value }
        problems.append(.fieldInvalid(key: key, line: fields.line(key), expected: expected))
        return nil
    }

    /// The valid `pulse` ratings, sorted by name; each invalid one is recorded at its own line.
    private mutating func ratings(_ entries: [FrontMatterEntry]) -> [(name: String, value: Int)] {
        var pulse: [(name: String, value: Int)] = []
        for entry in entries {
            if let text = entry.value.scalarText, let value = Int(text), (1...5).contains(value) {
                pulse.append((entry.key, value))
            } else {
                problems.append(.fieldInvalid(key: entry.key, line: entry.value.line + 1, expected: .rating))
            }
        }
        return pulse.sorted { $0.name < $1.name }
    }

    /// A scalar becomes a one-element list; a list must hold scalars only.
    static func stringList(_ node: FrontMatterValue) -> [String]? {
        if let text = node.scalarText { return [text] }
        guard let items = node.sequence else { return nil }
        var result: [String] = []
        for item in items {
            guard let text = item.scalarText else { return nil }
            result.append(text)
        }
        return result
    }
}
