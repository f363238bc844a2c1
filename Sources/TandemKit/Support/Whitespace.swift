extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        // Most values start and end with a visible ASCII character: nothing to trim.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceLike })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Runs of white space become one space; the ends are trimmed.
    func collapsingWhitespace() -> String {
        var text = self
        // Text of single spaces between visible ASCII characters is already collapsed.
        let collapsed = text.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            var afterSpace = false
            for byte in bytes {
                if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && afterSpace) { return false }
                afterSpace = byte == 0x20
            }
            return true
        }
        return collapsed ? text : UTF8Text.collapsingWhitespace(Array(utf8))
    }
}

extension Unicode.Scalar {
    /// White space, answered without a Unicode table lookup for ASCII (the common case).
    @inline(__always) var isSpaceLike: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }
}
