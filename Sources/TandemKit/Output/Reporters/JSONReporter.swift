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
            ("findings", .lazyArray(result.findings, writing: JSONReporter.write)),
        ])
        return document
    }

    /// One finding's object, written field by field (a report may hold thousands).
    static func write(_ f: Finding, into w: inout JSONWriter) {
        w.object { w in
            w.field("rule", f.rule)
            w.field("severity", f.severity.rawValue)
            w.field("file", f.location.file)
            w.field("line", f.location.line)
            w.field("column", f.location.column)
            w.field("message", f.message)
            if let pair = f.pair { w.field("pair", pair.partners) } else { w.field("pair", nil as String?) }
            w.field("commitment", f.commitment)
        }
    }
}
