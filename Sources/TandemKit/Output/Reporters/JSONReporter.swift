/// `tandem check --format json` (schema 1).
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public init() {}

    public func render(_ result: CheckResult) -> String { document(result).serialized() }

    /// Streams the document: a journal's findings are never held as one string.
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        document(result).serialize(to: output)
    }

    func document(_ result: CheckResult) -> JSONValue {
        let s = result.summary
        let document: JSONValue = .object(IndexDocument.header(today: result.today) + [
            ("summary", .object([
                ("files", .int(s.files)),
                ("sessions", .int(s.sessions)),
                ("pairs", .int(s.pairs)),
                ("commitments", .object([
                    ("open", .int(s.open)), ("done", .int(s.done)),
                    ("cancelled", .int(s.cancelled)), ("overdue", .int(s.overdue)),
                ])),
                ("findings", .object([
                    ("error", .int(result.count(.error))), ("warning", .int(result.count(.warning))),
                    ("info", .int(result.count(.info))),
                ])),
            ])),
            ("findings", .lazyArray(result.findings, JSONReporter.finding)),
        ])
        return document
    }

    static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("file", .string(f.location.file)),
            ("line", .int(f.location.line)),
            ("column", .int(f.location.column)),
            ("message", .string(f.message)),
            ("pair", f.pair.map { .strings($0.partners) } ?? .null),
            ("commitment", .string(f.commitment)),
        ])
    }
}
