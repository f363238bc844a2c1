/// The one escaping step for journal text and file names on their way into a
/// human-readable output (text, tables, GitHub annotations, Markdown, messages):
/// nothing from a journal can move the cursor, retitle a terminal, reorder a
/// line (bidirectional controls, as in "Trojan Source") or start a new line that a
/// CI log would read as a command.
///
/// A character that cannot be shown safely is written as an escape a person
/// can read: `\n`, `\r`, `\t`, else `\u{1B}` with its hexadecimal code.
public enum DisplayText {
    /// C0 controls, DEL, C1 controls, line and paragraph separators, and the
    /// bidirectional formatting characters (U+061C, U+200E–U+200F, U+202A–U+202E,
    /// U+2066–U+2069).
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        guard v >= 0x61C else { return false }
        return v == 0x61C || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// One field of one line: every unsafe character escaped, line breaks and tabs included.
    public static func field(_ text: String) -> String {
        escape(text, keepingLineBreaks: false)
    }

    /// A block of several lines made by tandem (an error message): its own line
    /// breaks and tabs stay, every other unsafe character is escaped.
    public static func block(_ text: String) -> String {
        escape(text, keepingLineBreaks: true)
    }

    static func escape(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            if keepingLineBreaks, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: visible(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// The readable escape of one unsafe character.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
