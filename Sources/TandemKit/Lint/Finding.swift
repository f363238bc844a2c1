/// One problem found in the journal. Messages never contain journal text,
/// so a finding is safe to print in a shared CI log.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    /// What the finding says: kept as its facts when the rule defers it, and
    /// formatted when shown (output is written on all cores).
    public var message: String {
        get { text.rendered }
        set { text = FindingMessage(newValue) }
    }
    var text: FindingMessage
    public var pair: PairKey?
    /// The id of the commitment the finding is about.
    public var commitment: String?

    public init(rule: String, severity: Severity, location: SourceLocation, message: String,
                pair: PairKey? = nil, commitment: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.text = FindingMessage(message)
        self.pair = pair
        self.commitment = commitment
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

    /// One sorted list of runs of findings: the files' own (each file's sorted, files
    /// in path order, as checking produces them) and then one sorted run per
    /// journal-wide rule. The standard library's sort is stable and finds runs already
    /// in order, so sorting the runs one after the other merges them: the same list as
    /// sorting everything, at about the cost of a merge.
    static func merged(_ runs: consuming [[Finding]]) -> [Finding] {
        var runs = runs
        var all: [Finding] = []
        all.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for index in runs.indices {
            all += runs[index]
            runs[index] = []  // each run is let go as soon as it is copied
        }
        all.sort(by: ordered)
        return all
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
/// commitment) keeps the few facts its message is made of and the rule's own function
/// that words them: no string is made per finding until the output is written.
public struct FindingMessage: Sendable, Hashable {
    /// The facts of a deferred message; each rule decides what they mean.
    public struct Facts: Sendable {
        public var word: String
        public var words: [String]
        public var first: Int32
        public var second: Int32

        public init(word: String = "", words: [String] = [], first: Int = 0, second: Int = 0) {
            self.word = word
            self.words = words
            self.first = Int32(clamping: first)
            self.second = Int32(clamping: second)
        }
    }

    private enum Storage: Sendable {
        case text(String)
        case deferred(Facts, @Sendable (Facts) -> String)
    }

    private var storage: Storage

    public init(_ text: String) { storage = .text(text) }

    /// A message `format` words from `facts` when it is shown; `format` should be a
    /// static function of the rule (it captures nothing, so it costs no allocation).
    public init(_ facts: Facts, format: @escaping @Sendable (Facts) -> String) { storage = .deferred(facts, format) }

    public var rendered: String {
        switch storage {
        case .text(let text): text
        case .deferred(let facts, let format): format(facts)
        }
    }

    public static func == (a: Self, b: Self) -> Bool { a.rendered == b.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}
