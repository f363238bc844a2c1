/// A session file split into its YAML front matter and its Markdown body.
/// Offsets are into the file's bytes; lines are 1-based lines of the whole file.
public struct FrontMatterSplit: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// `---` … `---` (or `...`) found.
        case found(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int)
        /// The file does not start with `---`.
        case missing
        /// `---` opens front matter that no line closes.
        case unterminated
    }

    /// Finds front matter at the start of `bytes`, after an optional UTF-8 BOM.
    public static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let firstEnd = lineEnd(bytes, from: start), isFence(bytes, start, firstEnd, dashesOnly: true) else {
            return .missing
        }
        var line = 1
        var position = nextLineStart(bytes, after: firstEnd)
        let yamlStart = position
        while position < bytes.count {
            line += 1
            let end = lineEnd(bytes, from: position) ?? bytes.count
            if isFence(bytes, position, end, dashesOnly: false) {
                return .found(yamlStart: yamlStart, yamlEnd: position,
                              bodyStart: nextLineStart(bytes, after: end), bodyFirstLine: line + 1)
            }
            position = nextLineStart(bytes, after: end)
        }
        return .unterminated
    }

    /// The offset of the line's `\n` (or of the end of the data when the last line has none).
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        var i = start
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return i
    }

    private static func nextLineStart(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        min(end + 1, bytes.count)
    }

    /// `---` (or `...` when closing), with trailing spaces, tabs or `\r` allowed.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, dashesOnly: Bool) -> Bool {
        guard end - start >= 3 else { return false }
        let c = bytes[start]
        guard c == UInt8(ascii: "-") || (!dashesOnly && c == UInt8(ascii: ".")), bytes[start + 1] == c, bytes[start + 2] == c
        else { return false }
        var i = start + 3
        while i < end {
            guard bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: "\r")
            else { return false }
            i += 1
        }
        return true
    }
}

/// UTF-8 checks done on bytes before anything is decoded.
public enum UTF8Check {
    /// The offset of the first byte that is not valid UTF-8 or is NUL, or nil when all is well.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes without NUL at a time: the common case.
            if i + 8 <= n, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && !hasZeroByte {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return i }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    /// The 1-based line holding `offset`.
    public static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        while i < offset && i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") { line += 1 }
            i += 1
        }
        return line
    }
}

/// Converts cmark's byte columns into the Unicode-scalar columns tandem reports.
/// Lines are found on demand, moving forward from the last one asked for (items
/// come in document order), so a file without items costs nothing.
struct ScalarColumns {
    let bytes: UnsafeBufferPointer<UInt8>
    private let bodyStart: Int
    private let firstLine: Int
    private var cursorLine: Int
    private var cursorOffset: Int

    init(bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int, firstLine: Int) {
        self.bytes = bytes
        self.bodyStart = bodyStart
        self.firstLine = firstLine
        cursorLine = firstLine
        cursorOffset = bodyStart
    }

    /// The scalar column of `byteColumn` on file line `line`; 1 when unknown.
    mutating func scalarColumn(line: Int?, byteColumn: Int?) -> Int {
        guard let line, let byteColumn, line >= firstLine else { return 1 }
        if line < cursorLine { (cursorLine, cursorOffset) = (firstLine, bodyStart) }
        while cursorLine < line {
            guard let newline = (cursorOffset..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: "\n") }) else { return 1 }
            cursorOffset = newline + 1
            cursorLine += 1
        }
        let end = min(cursorOffset + byteColumn - 1, bytes.count)
        var column = 1
        var i = cursorOffset
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return max(column, 1)
    }
}
