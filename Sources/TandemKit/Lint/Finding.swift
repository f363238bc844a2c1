/// One problem found in the journal. Messages never contain journal text,
/// so a finding is safe to print in a shared CI log.
///
/// Laid out to be small (112 bytes): a journal that has fallen behind holds a finding
/// per open commitment, and the list is copied when runs are merged.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var location: SourceLocation
    /// What the finding says: kept as its facts when the rule defers it
    /// (`DeferredMessageRule`), and worded when shown (output is written on all cores).
    public var message: String {
        get {
            switch text.storage {
            case .text(let text): text
            case .deferred(let facts): RuleRegistry.deferredMessage(of: self, facts)
            }
        }
        set { text = FindingMessage(newValue) }
    }
    var text: FindingMessage
    public var severity: Severity
    public var pair: PairKey?
    /// The id of the commitment the finding is about.
    public var commitment: String?

    public init(rule: String, severity: Severity, location: SourceLocation, message: String,
                pair: PairKey? = nil, commitment: String? = nil) {
        self.init(rule: rule, severity: severity, location: location, message: FindingMessage(message),
                  pair: pair, commitment: commitment)
    }

    init(rule: String, severity: Severity, location: SourceLocation, message: FindingMessage,
         pair: PairKey?, commitment: String?) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.text = message
        self.pair = pair
        self.commitment = commitment
    }

    /// Equal when everything shown is equal: a deferred message equals its words.
    public static func == (a: Self, b: Self) -> Bool {
        a.rule == b.rule && a.severity == b.severity && a.location == b.location && a.pair == b.pair
            && a.commitment == b.commitment && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(pair)
        hasher.combine(commitment)
        hasher.combine(message)
    }

    /// Sorts `findings` unless they are in order already, as a rule that walks the
    /// journal file by file finds them: a check in one pass, and no scratch space.
    static func sort(_ findings: inout [Finding]) {
        // Compared where they lie: a loop over the array would copy two findings a step.
        let inOrder = findings.withUnsafeBufferPointer { f in
            !f.indices.dropFirst().contains { ordered(f[$0], f[$0 - 1]) }
        }
        if !inOrder { findings.sort(by: ordered) }
    }

    /// Sorted by file, line, rule (SPEC), then column and message for a total order.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        // Field by field rather than as tuples: no copies, and the findings of one file
        // share its path's storage, so equal paths compare at once.
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.location.column != b.location.column { return a.location.column < b.location.column }
        return a.message < b.message
    }
}

/// A finding's message, written at once or deferred. A rule whose findings come by the
/// thousand (a journal that has fallen behind holds one `commitment-overdue` per open
/// commitment) keeps the few facts its message is made of; the rule words them when
/// the finding is shown (`DeferredMessageRule`), so no string is made per finding
/// until the output is written, and a finding carries no function.
public struct FindingMessage: Sendable {
    /// The facts of a deferred message; each rule decides what they mean, next to
    /// what the finding itself holds (its commitment, its pair).
    public struct Facts: Sendable, Equatable {
        public var words: [String]
        public var first: Int32
        public var second: Int32

        public init(words: [String] = [], first: Int = 0, second: Int = 0) {
            self.words = words
            self.first = Int32(clamping: first)
            self.second = Int32(clamping: second)
        }
    }

    enum Storage: Sendable {
        case text(String)
        case deferred(Facts)
    }

    var storage: Storage

    public init(_ text: String) { storage = .text(text) }

    /// A message the finding's rule words from `facts` when it is shown.
    public init(deferring facts: Facts) { storage = .deferred(facts) }
}

/// A rule whose findings are plentiful enough to word their messages only when shown.
public protocol DeferredMessageRule: Rule {
    /// The message of `finding`, one of this rule's, from the facts it kept.
    static func message(of finding: Finding, _ facts: FindingMessage.Facts) -> String
}

/// A report's findings in order (file, line, rule), kept as the sorted runs checking
/// produced (the files' own, then one per journal-wide rule) and the order that
/// merges them.
///
/// Merging into one array copied every finding while the runs were still held: a
/// journal that has fallen behind (300,000 findings at 100,000 sessions) held its
/// findings twice at the end of a check, 35 MB more at the peak than the findings
/// themselves. The order is eight bytes a finding.
public struct FindingList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    private var runs: [[Finding]]
    /// Each finding's run (high 32 bits) and place in it, in report order; empty
    /// when there is one run, read in place.
    private var order: [UInt64]

    /// `findings` as they are, in their order.
    public init(_ findings: [Finding]) { self.init(runs: [findings], order: []) }

    private init(runs: [[Finding]], order: [UInt64]) {
        self.runs = runs
        self.order = order
    }

    public init(arrayLiteral findings: Finding...) { self.init(findings) }

    /// The runs, each sorted by `Finding.ordered`, merged; equal findings keep the
    /// order of their runs. Swift's sort is stable and finds runs already in order,
    /// so sorting the places run after run costs about a merge.
    init(merging runs: [[Finding]]) {
        let runs = runs.filter { !$0.isEmpty }
        guard runs.count > 1 else {
            self.init(runs.first ?? [])
            return
        }
        var order: [UInt64] = []
        order.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for (run, findings) in runs.enumerated() {
            for index in findings.indices { order.append(UInt64(run) << 32 | UInt64(index)) }
        }
        order.sort { a, b in
            Finding.ordered(runs[Int(a >> 32)][Int(a & 0xFFFF_FFFF)], runs[Int(b >> 32)][Int(b & 0xFFFF_FFFF)])
        }
        self.init(runs: runs, order: order)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.isEmpty ? runs[0].count : order.count }

    public subscript(position: Int) -> Finding {
        guard !order.isEmpty else { return runs[0][position] }
        let place = order[position]
        return runs[Int(place >> 32)][Int(place & 0xFFFF_FFFF)]
    }

    public static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }

    /// How many findings have `severity`, read where they lie: no finding is copied
    /// (the subscript hands out copies, a retain per string of each finding).
    func count(_ severity: Severity) -> Int {
        runs.reduce(0) { total, run in
            run.withUnsafeBufferPointer { run in
                var count = 0
                for index in run.indices where run[index].severity == severity { count += 1 }
                return total + count
            }
        }
    }

    /// Whether any finding is at or above `threshold`, read in place.
    func contains(atLeast threshold: Severity) -> Bool {
        runs.contains { run in run.withUnsafeBufferPointer { run in run.contains { $0.severity >= threshold } } }
    }
}
