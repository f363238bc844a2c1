/// Writing journal text into Markdown (CommonMark and GitHub Flavored Markdown)
/// so that it reads as the same text and never as markup.
public enum MarkdownText {
    /// ASCII punctuation with a meaning somewhere in CommonMark or GFM inline syntax
    /// (emphasis, code, links, images, HTML, tables, strikethrough, math); `&` is
    /// backslash-escaped only where it starts an entity reference (`&copy;`,
    /// `&#169;`), so plain text such as `Q&A` stays as written.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "$"]

    /// Inline text: special characters are backslash-escaped, line breaks and other
    /// control characters become spaces, and a leading `-`, `+`, `=` or a number
    /// followed by `.` or `)` cannot start a block.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "&", startsEntity(scalars[(index + 1)...]) {
                out.append(contentsOf: "\\&".unicodeScalars)  // `&copy;` stays text, not ©
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

    /// Whether `&` followed by `rest` is a CommonMark entity or numeric
    /// character reference: `name;`, `#digits;` or `#xhex;`.
    static func startsEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var body = rest.prefix(34)
        guard let semicolon = body.firstIndex(of: ";") else { return false }
        body = body[..<semicolon]
        guard let first = body.first else { return false }
        func ascii(_ s: Unicode.Scalar, _ test: (Character) -> Bool) -> Bool { s.isASCII && test(Character(s)) }
        if first == "#" {
            var digits = body.dropFirst()
            var hex = false
            if let x = digits.first, x == "x" || x == "X" { hex = true; digits = digits.dropFirst() }
            return !digits.isEmpty && digits.count <= (hex ? 6 : 7)
                && digits.allSatisfy { ascii($0, hex ? \.isHexDigit : \.isNumber) }
        }
        return ascii(first, \.isLetter) && body.allSatisfy { ascii($0, { $0.isLetter || $0.isNumber }) }
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
