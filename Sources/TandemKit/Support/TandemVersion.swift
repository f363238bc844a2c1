/// The version tandem reports: `--version`, the index and SARIF headers, the language
/// server, calendars, and the key of the history cache.
public enum TandemVersion {
    public static let current = "0.1.0"
}
