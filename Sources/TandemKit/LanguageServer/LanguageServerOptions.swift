/// How the language server is set up by its caller.
public struct LanguageServerOptions: Sendable {
    /// `--today` or `$TANDEM_TODAY`: every journal is checked as of this date.
    public var today: LocalDate?
    /// Today in a journal's time zone, when no date is fixed (the caller owns the clock).
    public var clock: @Sendable (Configuration) -> LocalDate
    /// How long a burst of changes must pause before the file is checked again
    /// (the command keeps it within SPEC's 300 ms; tests may wait longer and flush).
    public var debounce: Duration

    public init(today: LocalDate? = nil, debounce: Duration = .milliseconds(150),
                clock: @escaping @Sendable (Configuration) -> LocalDate) {
        self.today = today
        self.clock = clock
        self.debounce = debounce
    }

    func today(for configuration: Configuration) -> LocalDate {
        today ?? clock(configuration)
    }
}
