/// `file:line:column: severity: message [rule]`, one per line, as compilers print,
/// then one summary line. Nothing at all when there is nothing to report.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public var style: TerminalStyle
    public var showSummary: Bool

    public init(style: TerminalStyle = TerminalStyle(enabled: false), showSummary: Bool = true) {
        self.style = style
        self.showSummary = showSummary
    }

    public func render(_ result: CheckResult) -> String {
        TextStream.collect { write(result, to: $0) }
    }

    /// Streams the report a run of lines at a time.
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        guard !result.findings.isEmpty else { return }
        let style = style
        TextStream.write(result.findings, to: output) { f in
            style.bold(DisplayText.field("\(f.location)") + ":") + " " + style.severity(f.severity) + ": "
                + DisplayText.field(f.message)
                + " " + style.dim("[\(f.rule)]") + "\n"
        }
        if showSummary { output(TextReporter.summaryLine(result) + "\n") }
    }

    /// `2 errors, 3 warnings, 1 info in 12 files`
    public static func summaryLine(_ result: CheckResult) -> String {
        let errors = result.count(.error), warnings = result.count(.warning), infos = result.count(.info)
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(infos) info in \(plural(result.summary.files, "file"))"
    }
}
