/// `tandem check --format github`: one GitHub Actions workflow command per finding,
/// `::warning file=…,line=…,col=…,title=<rule>::<message>`, so findings appear as
/// annotations on the run and on the lines of a pull request. Nothing when clean.
public struct GitHubActionsReporter: Reporter {
    public static let identifier = "github"
    public init() {}

    public func render(_ result: CheckResult) -> String {
        TextStream.collect { write(result, to: $0) }
    }

    /// Streams the annotations a run at a time.
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        TextStream.write(result.findings, to: output) { finding in
            GitHubCommand.annotation(
                GitHubCommand.Level(finding.severity), file: finding.location.file,
                line: finding.location.line, column: finding.location.column,
                title: finding.rule, message: finding.message)
        }
    }
}
