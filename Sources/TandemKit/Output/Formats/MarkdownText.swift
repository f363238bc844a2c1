/// Writing journal text into Markdown (CommonMark and GitHub Flavored Markdown)
/// so that it reads as the same text and never as markup.
public enum MarkdownText {
    /// ASCII punctuation with a meaning somewhere in CommonMark or GFM inline syntax
    /// (emphasis, code, links, images, HTML, tables, strikethrough, math); `&` is
    /// written `&amp;` where it could start an entity.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "$"]

    /// Inline text: special characters are backslash-escaped, line breaks and other
    /// control characters become spaces, and a leading `-`, `+`, `=` or a number
    /// followed by `.` or `)` cannot start a block.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "&", index + 1 < scalars.count,
               scalars[index + 1] == "#" || scalars[index + 1].properties.isAlphabetic {
                out.append(contentsOf: "&amp;".unicodeScalars)  // `&copy;` stays text, not ©
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                if out.last != " " { out.append(" ") }
                continue
            }
            if DisplayText.isUnsafe(scalar) {  // C1 and bidirectional controls, shown escaped
                out.append(contentsOf: ("\\" + DisplayText.visible(scalar)).unicodeScalars)
                continue
            }
            if special.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        var result = String(out)
        if let first = result.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
            result = "\\" + result
        } else if let marker = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  marker != result.startIndex, result[marker] == "." || result[marker] == ")" {
            result.insert("\\", at: marker)
        }
        return result
    }

    /// A code span whose fence is longer than any run of backticks in `text`.
    public static func code(_ text: String) -> String {
        let flat = DisplayText.field(String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F ? " " : $0
        })))
        var longest = 0, run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }
}
