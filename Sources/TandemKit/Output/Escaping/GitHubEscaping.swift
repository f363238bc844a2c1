extension Escaping {
    /// A GitHub workflow command's message, as `@actions/core`'s `escapeData`:
    /// `%` → `%25`, CR → `%0D`, LF → `%0A`; other unsafe characters as `DisplayText`
    /// shows them. Journal text can never end a command early or start a new one.
    public static func githubData(_ text: String) -> String { github(text, property: false) }

    /// A workflow command's property value, as `escapeProperty`: as `githubData`, and
    /// also `:` → `%3A`, `,` → `%2C`.
    public static func githubProperty(_ text: String) -> String { github(text, property: true) }

    private static func github(_ text: String, property: Bool) -> String {
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
}
