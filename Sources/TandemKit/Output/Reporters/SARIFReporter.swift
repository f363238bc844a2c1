/// `tandem check --format sarif`: a SARIF 2.1.0 log with one run, every rule of
/// the registry in `tool.driver.rules`, and one result per finding. Paths are
/// relative to the journal root, resolved against `%SRCROOT%`.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let sourceRoot = "%SRCROOT%"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        let rules = RuleRegistry.all.map { $0.description }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

        let driver: JSONValue = .object([
            ("name", .string("tandem")),
            ("version", .string(TandemVersion.current)),
            ("semanticVersion", .string(TandemVersion.current)),
            ("rules", .array(rules.map(SARIFReporter.rule))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(result.findings.map { SARIFReporter.result($0, ruleIndex: ruleIndex[$0.rule]) })),
        ])
        let log: JSONValue = .object([
            ("$schema", .string(SARIFReporter.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.serialized()
    }

    /// SARIF's levels: info → `note`, warning → `warning`, error → `error`.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .info: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }

    /// `commitment-overdue` → `CommitmentOverdue`.
    public static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        let rationale = rule.rationale.trimmingWhitespace()
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(ruleName(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rationale.isEmpty ? rule.summary : rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
        ])
    }

    static func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([
                ("physicalLocation", .object([
                    ("artifactLocation", .object([
                        ("uri", .string(uri(finding.location.file))),
                        ("uriBaseId", .string(sourceRoot)),
                    ])),
                    ("region", .object([
                        ("startLine", .int(max(1, finding.location.line))),
                        ("startColumn", .int(max(1, finding.location.column))),
                    ])),
                ])),
            ])])),
        ]
        return .object(fields)
    }

    /// A relative URI reference: the path with characters that are not allowed
    /// in a URI percent-encoded (spaces, `#`, `?`, `%`, non-ASCII), `/` kept.
    public static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let allowed = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || "-._~/!$&'()*+,;=@".utf8.contains(byte)
            if allowed {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
