/// Turns a `check` result into one output format. Pure: no printing, no clock, no environment.
public protocol Reporter: Sendable {
    /// The word after `--format`.
    static var identifier: String { get }
    /// The whole report; empty when the format prints nothing for no findings.
    func report(_ result: CheckResult) -> String
    /// The report handed to `output` in pieces; by default the whole report at once.
    func write(_ result: CheckResult, to output: (String) -> Void)
}

extension Reporter {
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        output(report(result))
    }
}

/// Terminal styling, decided once by the CLI (`--color`, `NO_COLOR`, whether stdout is a terminal).
public struct TerminalStyle: Sendable {
    public var enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }

    public func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: paint("error", "1;31")
        case .warning: paint("warning", "1;33")
        case .info: paint("info", "1;36")
        }
    }
}
