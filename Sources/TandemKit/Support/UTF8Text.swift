/// Byte-level helpers for scanning UTF-8 text.
enum UTF8Text {
    /// What follows the last `/` of a root-relative path (the whole path without one).
    static func fileName(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || b == UInt8(ascii: "_")
    }

    /// Decodes the scalar starting at `i` (the input is valid UTF-8).
    static func scalar(at i: Int, in s: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let b = s[i]
        let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard i + length <= s.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(length == 1 ? b : b & (0xFF >> (length + 1)))
        for k in 1..<max(length, 1) where length > 1 { value = value << 6 | UInt32(s[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether the scalar that ends just before `i` is a letter, digit or `_`.
    static func isWordScalar(endingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Bool {
        let previous = s[i - 1]
        if previous < 0x80 { return isASCIIWord(previous) }
        var start = i - 1
        while start > 0, s[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: s).0.isWordLike
    }

    /// The end of an `@owner` id starting at `start`: letters, digits, `_`, `-` and inner dots.
    static func ownerEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < s.count {
            let b = s[end]
            if b < 0x80 {
                guard isASCIIWord(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else { break }
                end += 1
            } else {
                let (scalar, length) = scalar(at: end, in: s)
                guard scalar.isWordLike else { break }
                end += length
            }
        }
        while end > start, s[end - 1] == UInt8(ascii: ".") || s[end - 1] == UInt8(ascii: "-") { end -= 1 }
        return end > start ? end : nil
    }

    /// The end of the run of non-white-space starting at `start`.
    static func wordEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < s.count {
            let b = s[end]
            if b < 0x80 {
                if b == UInt8(ascii: " ") || (0x09...0x0D).contains(b) { break }
                end += 1
            } else {
                let (scalar, length) = scalar(at: end, in: s)
                if scalar.isSpaceLike { break }
                end += length
            }
        }
        return end
    }

    /// Runs of white space become one space; the ends are trimmed.
    static func collapsingWhitespace(_ s: [UInt8]) -> String {
        s.withUnsafeBufferPointer { s in
            // Written straight into the string's storage: never longer than the input.
            String(unsafeUninitializedCapacity: s.count) { out in
                var count = 0
                var pendingSpace = false
                var i = 0
                while i < s.count {
                    let b = s[i]
                    var length = 1
                    var isSpace: Bool
                    if b < 0x80 {
                        isSpace = b == UInt8(ascii: " ") || (0x09...0x0D).contains(b)
                    } else {
                        let decoded = scalar(at: i, in: s)
                        length = decoded.1
                        isSpace = decoded.0.isSpaceLike
                    }
                    if isSpace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = UInt8(ascii: " "); count += 1; pendingSpace = false }
                        for k in 0..<length { out[count + k] = s[i + k] }
                        count += length
                    }
                    i += length
                }
                return count
            }
        }
    }
}

extension Unicode.Scalar {
    /// A letter, digit or `_`, answered without a table lookup for ASCII.
    @inline(__always) var isWordLike: Bool {
        if value < 0x80 { return UTF8Text.isASCIIWord(UInt8(truncatingIfNeeded: value)) }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
