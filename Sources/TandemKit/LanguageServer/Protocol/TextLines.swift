/// A document's text as lines, to convert between tandem's locations (1-based
/// lines, 1-based columns in Unicode scalars) and LSP positions (0-based lines,
/// UTF-16 code units). Lines end at LF; a CR before it is not part of the line.
public struct TextLines: Sendable {
    public let lines: [Substring]

    public init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { slice in
            slice.last == "\r" ? Substring(slice.dropLast()) : Substring(slice)
        }
    }

    public var count: Int { lines.count }

    /// Line `index` (0-based), or "" past the end.
    public func line(_ index: Int) -> Substring {
        lines.indices.contains(index) ? lines[index] : ""
    }

    /// The position of a 1-based line and 1-based scalar column, clamped to the text.
    public func position(line: Int, column: Int) -> Position {
        let index = max(0, min(line - 1, max(lines.count - 1, 0)))
        let scalars = self.line(index).unicodeScalars
        var utf16 = 0
        for scalar in scalars.prefix(max(0, column - 1)) { utf16 += scalar.utf16.count }
        return Position(line: index, character: utf16)
    }

    /// The end of line `index` (0-based).
    public func endOfLine(_ index: Int) -> Position {
        Position(line: index, character: line(index).utf16.count)
    }

    /// The text of a position's line before the position (a position inside a
    /// surrogate pair, or past the end, is moved back to a whole scalar).
    public func prefix(before position: Position) -> Substring {
        let text = line(position.line)
        var utf16 = 0
        var end = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            let width = text.unicodeScalars[index].utf16.count
            if utf16 + width > position.character { break }
            utf16 += width
            end = text.unicodeScalars.index(after: index)
        }
        return Substring(text.unicodeScalars[..<end])
    }

    /// Range of the whole of line `index` (0-based), without its line ending.
    public func wholeLine(_ index: Int) -> TextRange {
        TextRange(start: Position(line: index, character: 0), end: endOfLine(index))
    }
}
