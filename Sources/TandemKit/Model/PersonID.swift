/// A person id is one word: no white space, no path separators, no control characters.
public enum PersonID {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id != "." && id != ".." && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { s in
                // An ASCII scalar is whitespace only below 0x20 (refused anyway) or as
                // a space: the Unicode property is looked up for the others alone.
                s != "/" && s != "\\" && s != ":" && s != "," && s != "&" && s.value >= 0x20 && s.value != 0x7F
                    && s != " " && (s.isASCII || !s.properties.isWhitespace)
            }
    }
}
