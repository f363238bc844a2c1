/// `tandem check --format sarif`: a SARIF 2.1.0 log with one run, every rule of
/// the registry in `tool.driver.rules`, and one result per finding. Paths are
/// relative to the journal root, resolved against `%SRCROOT%`.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let sourceRoot = "%SRCROOT%"

    public init() {}

    public func render(_ result: CheckResult) -> String { document(result).serialized() }

    /// Streams the log: results are written field by field, on all cores, as in
    /// `check --format json`, and a large log is never held whole.
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        document(result).serialize(to: output)
    }

    /// The log: one run, every rule of the registry, one result per finding.
    func document(_ result: CheckResult) -> JSONValue {
        let rules = RuleRegistry.all.map { $0.description }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        let tool = SARIFTool(driver: SARIFDriver(rules: rules.map(SARIFRule.init)))
        return .object([
            ("$schema", .string(SARIFReporter.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", JSONValueEncoder.value(tool)),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .lazyArray(result.findings, writing: { [ruleIndex] finding, writer in
                    SARIFReporter.write(finding, ruleIndex: ruleIndex[finding.rule], into: &writer)
                })),
            ])])),
        ])
    }

    /// One `result`; `ruleIndex` is left out for a rule the registry does not know.
    static func write(_ finding: Finding, ruleIndex: Int?, into w: inout JSONWriter) {
        w.object { w in
            w.field("ruleId", finding.rule)
            if let ruleIndex { w.field("ruleIndex", ruleIndex) }
            w.field("level", level(finding.severity))
            w.key("message")
            w.object { w in w.field("text", finding.message) }
            w.key("locations")
            w.array { w in
                w.object { w in
                    w.key("physicalLocation")
                    w.object { w in
                        w.key("artifactLocation")
                        w.object { w in
                            w.field("uri", uri(finding.location.file))
                            w.field("uriBaseId", sourceRoot)
                        }
                        w.key("region")
                        w.object { w in
                            w.field("startLine", max(1, finding.location.line))
                            w.field("startColumn", max(1, finding.location.column))
                        }
                    }
                }
            }
        }
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

// MARK: The rules

public struct SARIFTool: Encodable, Sendable {
    public var driver: SARIFDriver
}

public struct SARIFDriver: Encodable, Sendable {
    public var name = "tandem"
    public var version = TandemVersion.current
    public var semanticVersion = TandemVersion.current
    public var rules: [SARIFRule]
}

/// A `reportingDescriptor`: one rule of the registry.
public struct SARIFRule: Encodable, Sendable {
    public var id: String
    public var name: String
    public var shortDescription: SARIFMessage
    public var fullDescription: SARIFMessage
    public var defaultConfiguration: Configuration

    public struct Configuration: Encodable, Sendable {
        public var level: String
    }

    init(_ rule: RuleDescription) {
        let rationale = rule.rationale.trimmingWhitespace()
        id = rule.id
        name = SARIFReporter.ruleName(rule.id)
        shortDescription = SARIFMessage(text: rule.summary)
        fullDescription = SARIFMessage(text: rationale.isEmpty ? rule.summary : rationale)
        defaultConfiguration = Configuration(level: SARIFReporter.level(rule.defaultSeverity))
    }
}

public struct SARIFMessage: Encodable, Sendable {
    public var text: String
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
