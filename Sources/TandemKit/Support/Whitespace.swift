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
}
