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
    /// journal-wide rule. The same list as sorting them all together stably: on ties
    /// the earlier run comes first. Few runs hold findings, so each step compares the
    /// heads of those only.
    static func merged(_ runs: consuming [[Finding]]) -> [Finding] {
        var runs = runs.filter { !$0.isEmpty }
        for index in runs.indices where !runs[index].isSorted(by: ordered) { runs[index].sort(by: ordered) }
        if runs.count < 2 { return runs.first ?? [] }
        var merged: [Finding] = []
        merged.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        var heads = [Int](repeating: 0, count: runs.count)
        while true {
            var best = -1
            for run in runs.indices where heads[run] < runs[run].count {
                if best < 0 || ordered(runs[run][heads[run]], runs[best][heads[best]]) { best = run }
            }
            guard best >= 0 else { break }
            merged.append(runs[best][heads[best]])
            heads[best] += 1
        }
        return merged
    }

    /// Sorted by file, line, rule (SPEC), then column and message for a total order.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        (a.location.file, a.location.line, a.rule, a.location.column, a.message)
            < (b.location.file, b.location.line, b.rule, b.location.column, b.message)
    }
}

extension Array {
    /// Whether each element is ordered at or after the one before it.
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
    }
}
