/// GitHub Actions workflow commands (`::warning file=…,line=…,title=…::message`),
/// escaped by `Escaping.githubData` and `Escaping.githubProperty` as `@actions/core`
/// escapes them, so journal text can never end a command early or start a new one.
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
            out += " " + properties.map { "\($0.0)=\(Escaping.githubProperty($0.1))" }.joined(separator: ",")
        }
        return out + "::" + Escaping.githubData(message) + "\n"
    }
}
