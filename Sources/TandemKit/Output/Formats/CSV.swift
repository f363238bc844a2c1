/// Comma-separated values as RFC 4180 has them: CRLF after every record,
/// fields holding a comma, quote, CR or LF quoted, quotes doubled. A field that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR) is prefixed with `'`, as OWASP advises against CSV injection.
public enum CSV {
    public static func field(_ text: String) -> String {
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            return quoted("'" + text)
        }
        return quoted(text)
    }

    /// Quoted only when it holds a comma, quote or line break.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        var out = "\""
        for character in text {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
