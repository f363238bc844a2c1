/// GitHub Actions workflow commands (`::warning file=…,line=…,title=…::message`),
/// escaped as `@actions/core` escapes them, so journal text can never end a
/// command early or start a new one.
public enum GitHubCommand {
    /// The annotation levels GitHub shows.
    public enum Level: String, Sendable {
        case notice, warning, error

        public init(_ severity: Severity) {
            switch severity {
            case .info: self = .notice
            case .warning: self = .warning
            case .error: self = .error
            }
        }
    }

    /// `escapeData`: `%` → `%25`, CR → `%0D`, LF → `%0A`; other unsafe characters
    /// as `DisplayText` shows them.
    public static func escapeData(_ text: String) -> String { escape(text, property: false) }

    /// `escapeProperty`: as `escapeData`, and also `:` → `%3A`, `,` → `%2C`.
    public static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            // Other controls (ESC, C1, bidirectional marks) shown escaped, as everywhere.
            case _ where DisplayText.isUnsafe(scalar): out += DisplayText.visible(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One annotation line, with its final newline. Properties keep the order given.
    public static func annotation(_ level: Level, file: String, line: Int? = nil, column: Int? = nil,
                                  title: String? = nil, message: String) -> String {
        var properties: [(String, String)] = [("file", file)]
        if let line { properties.append(("line", String(line))) }
        if let column { properties.append(("col", String(column))) }
        if let title { properties.append(("title", title)) }
        return command(level.rawValue, properties: properties, message: message)
    }

    /// `::name key=value,key=value::message` and a newline.
    public static func command(_ name: String, properties: [(String, String)], message: String) -> String {
        var out = "::" + name
        if !properties.isEmpty {
            out += " " + properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        }
        return out + "::" + escapeData(message) + "\n"
    }
}
