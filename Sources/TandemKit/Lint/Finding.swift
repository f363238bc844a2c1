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

    /// One sorted list of `fileFindings` (each file's findings sorted, files in
    /// path order, as checking produces them) and `journalFindings` (any order).
    /// The same list as sorting both together stably: on ties a file's own
    /// findings come first.
    static func merged(_ fileFindings: consuming [Finding], _ journalFindings: consuming [Finding]) -> [Finding] {
        var left = fileFindings
        if !left.isSorted(by: ordered) { left.sort(by: ordered) }
        var right = journalFindings
        right.sort(by: ordered)
        guard !right.isEmpty else { return left }
        var merged: [Finding] = []
        merged.reserveCapacity(left.count + right.count)
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if ordered(right[j], left[i]) {
                merged.append(right[j]); j += 1
            } else {
                merged.append(left[i]); i += 1
            }
        }
        merged += left[i...]
        merged += right[j...]
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
