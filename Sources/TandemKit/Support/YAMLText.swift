/// Text placed in YAML front matter.
public enum YAMLText {
    /// `text` as a YAML scalar that reads back as the same string: plain when
    /// that is safe, else double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    public static func quoted(_ text: String) -> String {
        var out = "\""
        Escaping.backslashQuoted(text, into: &out, needsHex: isSpecial)
        return out + "\""
    }

    /// Control characters and line separators, which only a quoted scalar can hold.
    static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " { return true }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.unicodeScalars.contains(where: isSpecial) { return true }
        let lower = text.lowercased()
        let reserved: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf"]
        if reserved.contains(lower) { return true }
        // Anything that starts like a number or a date could be read as one.
        if let c = first.properties.numericType, c == .decimal { return true }
        if first == "+" || first == "." { return true }
        return false
    }
}
