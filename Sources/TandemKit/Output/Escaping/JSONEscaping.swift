extension Escaping {
    /// A JSON string literal, quotes included, appended to `out`: `"` and `\` get a
    /// backslash, with the short escapes (`\n`, `\t`, …); other control characters,
    /// DEL, U+2028 and U+2029 as `\uXXXX`. Everything else, `/` and non-ASCII included, as it is.
    public static func json(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping: append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        backslashQuoted(s, into: &out) {
            $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x2028 || $0.value == 0x2029
        }
        out += "\""
    }

    /// Backslash escapes inside double quotes, as JSON writes them; YAML's double-quoted
    /// scalars read the same escapes, so front matter uses them too. Appends `text`
    /// escaped (without the quotes); `needsHex` scalars become `\uXXXX`.
    public static func backslashQuoted(_ text: String, into out: inout String, needsHex: (Unicode.Scalar) -> Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if needsHex(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
