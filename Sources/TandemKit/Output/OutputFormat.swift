/// One output format of one command: turns the command's result (`Input`) into
/// text. Pure: no printing, no clock, no environment. Each command names its own
/// refinement, which fixes `Input`: `Reporter` (check), `RemindRenderer`,
/// `ListRenderer` and `StatsRenderer`; the CLI picks one by `--format`.
public protocol OutputFormat: Sendable {
    associatedtype Input
    /// The word after `--format`.
    static var identifier: String { get }
    /// The whole output; empty when the format prints nothing (no findings, a quiet day).
    func render(_ input: Input) -> String
    /// The output handed to `output` in pieces; by default the whole output at once.
    /// A format whose documents can be large (`check --format json`) streams instead.
    func write(_ input: Input, to output: (String) -> Void)
}

extension OutputFormat {
    public func write(_ input: Input, to output: (String) -> Void) {
        output(render(input))
    }
}

/// `tandem check`'s formats, in `Output/Reporters/`.
public protocol Reporter: OutputFormat where Input == CheckResult {}

/// `tandem remind`'s formats, in `Remind/`.
public protocol RemindRenderer: OutputFormat where Input == RemindReport {}

/// `tandem list`'s formats, in `List/`; each is made for one kind of listing.
public protocol ListRenderer: OutputFormat where Input == ListResult {}

/// `tandem stats`'s formats, in `Stats/`.
public protocol StatsRenderer: OutputFormat where Input == StatsReport {}
