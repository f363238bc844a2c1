/// Which findings a file silences: `lint-ignore` in its front matter and the
/// `<!-- tandem-disable… -->` comments in its body. An empty rule list means every rule.
public struct Suppressions: Sendable {
    var fileRules: Set<String> = []
    var nextLine: [(line: Int, rules: Set<String>)] = []
    var ranges: [(from: Int, to: Int, rules: Set<String>)] = []

    public var isEmpty: Bool { fileRules.isEmpty && nextLine.isEmpty && ranges.isEmpty }

    public func silences(rule: String, line: Int) -> Bool {
        if fileRules.contains(rule) { return true }
        for entry in nextLine where entry.line == line && (entry.rules.isEmpty || entry.rules.contains(rule)) { return true }
        for range in ranges where range.from <= line && line <= range.to && (range.rules.isEmpty || range.rules.contains(rule)) {
            return true
        }
        return false
    }

    /// Turns the body's directive comments into line ranges.
    init(lintIgnore: [String], directives: [DisableDirective]) {
        fileRules = Set(lintIgnore)
        var open: [(from: Int, rules: Set<String>)] = []
        for directive in directives.sorted(by: { $0.line < $1.line }) {
            switch directive.kind {
            case .nextLine:
                nextLine.append((directive.line + 1, Set(directive.rules)))
            case .disable:
                open.append((directive.line, Set(directive.rules)))
            case .enable:
                let closing = Set(directive.rules)
                var still: [(from: Int, rules: Set<String>)] = []
                for entry in open {
                    if closing.isEmpty || entry.rules == closing || (!entry.rules.isEmpty && entry.rules.isSubset(of: closing)) {
                        ranges.append((entry.from, directive.line, entry.rules))
                    } else {
                        still.append(entry)
                    }
                }
                open = still
            }
        }
        for entry in open { ranges.append((entry.from, Int.max, entry.rules)) }
    }

    public init() {}
}

/// Everything read from one file below `sessions/`: the session when its front
/// matter makes one, and the problems found on the way.
public struct SessionFile: Sendable {
    public var path: String
    public var session: Session?
    public var issues: [ReadProblem] = []
    public var suppressions = Suppressions()
    /// Names of `sections.required` headings the body lacks.
    public var missingSections: [String] = []
    /// Every commitment-id-shaped word of the body, once each, by its number (see
    /// `MentionedIDs`): what review across sessions looks up. Once the journal has
    /// settled its reviews (`Commitment.reviewedIn`), a journal checked from disk lets them go.
    public var mentions: [UInt32] = []
    /// The file lines of the front-matter keys that findings point at.
    public var keyLines = KeyLines()

    public init(path: String) { self.path = path }

    func keyLine(_ key: String) -> Int { keyLines[key] }
}

/// Where the keys that rules report on sit (1 when absent). A few 32-bit integers
/// rather than a dictionary per file: a large journal keeps one of these per session.
public struct KeyLines: Sendable, Equatable {
    private var lines: (date: Int32, coach: Int32, coachee: Int32, observer: Int32, duration: Int32) = (1, 1, 1, 1, 1)

    public static func == (a: Self, b: Self) -> Bool { a.lines == b.lines }

    public var date: Int { get { Int(lines.date) } set { lines.date = Int32(clamping: newValue) } }
    public var coach: Int { get { Int(lines.coach) } set { lines.coach = Int32(clamping: newValue) } }
    public var coachee: Int { get { Int(lines.coachee) } set { lines.coachee = Int32(clamping: newValue) } }
    public var observer: Int { get { Int(lines.observer) } set { lines.observer = Int32(clamping: newValue) } }
    public var duration: Int { get { Int(lines.duration) } set { lines.duration = Int32(clamping: newValue) } }

    public subscript(key: String) -> Int {
        get {
            switch key {
            case "date": date
            case "coach": coach
            case "coachee": coachee
            case "observer", "observers": observer
            case "duration": duration
            default: 1
            }
        }
        set {
            switch key {
            case "date": date = newValue
            case "coach": coach = newValue
            case "coachee": coachee = newValue
            case "observer", "observers": observer = newValue
            case "duration": duration = newValue
            default: break
            }
        }
    }
}
