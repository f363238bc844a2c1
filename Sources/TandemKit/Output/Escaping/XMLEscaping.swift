extension Escaping {
    /// XML character data (JUnit): `& < > " '` become entities; characters XML
    /// cannot hold are dropped.
    public static func xmlText(_ value: String) -> String {
        xml(value, inAttribute: false)
    }

    /// An XML attribute value (to be written inside double quotes). Tab, LF and CR
    /// are written as character references, so parsers don't normalise them to spaces.
    public static func xmlAttribute(_ value: String) -> String {
        xml(value, inAttribute: true)
    }

    /// Whether XML 1.0 allows the character at all (`Char` production): tab, LF, CR,
    /// U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Swift scalars are never surrogates.
    public static func isXMLAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func xml(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"  // a raw CR would be read back as LF
            default:
                if isXMLAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
