extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceLike })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Runs of white space become one space; the ends are trimmed.
    func collapsingWhitespace() -> String {
        UTF8Text.collapsingWhitespace(Array(utf8))
    }
}

extension Unicode.Scalar {
    /// White space, answered without a Unicode table lookup for ASCII (the common case).
    @inline(__always) var isSpaceLike: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// A letter, digit or `_`, answered without a table lookup for ASCII.
    @inline(__always) var isWordLike: Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x5F
        }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
