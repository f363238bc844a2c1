/// One problem found in the journal. Messages never contain journal text,
/// so a finding is safe to print in a shared CI log.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var pair: PairKey?
    /// The id of the commitment the finding is about.
    public var commitment: String?

    public init(rule: String, severity: Severity, location: SourceLocation, message: String,
                pair: PairKey? = nil, commitment: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
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
