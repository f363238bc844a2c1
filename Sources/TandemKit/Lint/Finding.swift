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

    /// Sorted by file, line, rule (SPEC), then column and message for a total order.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        (a.location.file, a.location.line, a.rule, a.location.column, a.message)
            < (b.location.file, b.location.line, b.rule, b.location.column, b.message)
    }
}
