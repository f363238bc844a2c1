/// `tandem check --format sarif`: a SARIF 2.1.0 log with one run, every rule of
/// the registry in `tool.driver.rules`, and one result per finding. Paths are
/// relative to the journal root, resolved against `%SRCROOT%`.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let sourceRoot = "%SRCROOT%"

    public init() {}

    public func render(_ result: CheckResult) -> String {
        JSONValueEncoder.value(SARIFLog(result)).serialized()
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

// MARK: The document

/// The SARIF log: the parts of SARIF 2.1.0 we write, in the order we write them.
public struct SARIFLog: Encodable, Sendable {
    public var schema = SARIFReporter.schemaURI
    public var version = "2.1.0"
    public var runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    public init(_ result: CheckResult) {
        let rules = RuleRegistry.all.map { $0.description }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        runs = [SARIFRun(
            tool: SARIFTool(driver: SARIFDriver(rules: rules.map(SARIFRule.init))),
            results: result.findings.map { SARIFResult($0, ruleIndex: ruleIndex[$0.rule]) }
        )]
    }
}

public struct SARIFRun: Encodable, Sendable {
    public var tool: SARIFTool
    public var columnKind = "unicodeCodePoints"
    public var results: [SARIFResult]
}

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

/// One finding. `ruleIndex` is left out for a rule the registry does not know.
public struct SARIFResult: Encodable, Sendable {
    public var ruleId: String
    public var ruleIndex: Int?
    public var level: String
    public var message: SARIFMessage
    public var locations: [SARIFLocation]

    init(_ finding: Finding, ruleIndex: Int?) {
        ruleId = finding.rule
        self.ruleIndex = ruleIndex
        level = SARIFReporter.level(finding.severity)
        message = SARIFMessage(text: finding.message)
        locations = [SARIFLocation(physicalLocation: .init(
            artifactLocation: .init(uri: SARIFReporter.uri(finding.location.file), uriBaseId: SARIFReporter.sourceRoot),
            region: .init(startLine: max(1, finding.location.line), startColumn: max(1, finding.location.column))
        ))]
    }
}

public struct SARIFLocation: Encodable, Sendable {
    public var physicalLocation: PhysicalLocation

    public struct PhysicalLocation: Encodable, Sendable {
        public var artifactLocation: ArtifactLocation
        public var region: Region
    }

    public struct ArtifactLocation: Encodable, Sendable {
        public var uri: String
        public var uriBaseId: String
    }

    public struct Region: Encodable, Sendable {
        public var startLine: Int
        public var startColumn: Int
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
