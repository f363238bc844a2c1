/// A plain-text table: a header row and aligned columns two spaces apart.
/// With a width, one flexible column is shortened with `…` so no row is wider
/// than it (counted in terminal cells: wide CJK characters and emoji take two);
/// without one (output piped), nothing is cut.
public struct TextTable: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// An SGR colour code applied when colour is on (`"31"` red).
        public var color: String?
        /// Journal text is shown through `DisplayText`: one line, no raw controls.
        public init(_ text: String, color: String? = nil) {
            self.text = DisplayText.field(text)
            self.color = color
        }
    }

    public var headers: [String]
    public var rows: [[Cell]]
    /// The column that may be shortened (a free text), if any.
    public var flexible: Int?

    public init(headers: [String], rows: [[Cell]], flexible: Int?) {
        self.headers = headers
        self.rows = rows
        self.flexible = flexible
    }


    public func render(width: Int?, style: TerminalStyle) -> String {
        var widths = headers.map(TextTable.width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextTable.width(cell.text))
            }
        }
        if let width, let flexible, flexible < widths.count {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
            let available = width - others - 2 * (widths.count - 1)
            // Only the text column is shortened: when the other columns alone
            // fill the terminal it keeps one cell, and the row cannot fit.
            widths[flexible] = min(widths[flexible], max(available, 1))
        }
        var out = line(headers.map { Cell($0) }, widths: widths, style: style, header: true, limit: width)
        for row in rows { out += line(row, widths: widths, style: style, header: false, limit: width) }
        return out
    }

    /// One row; when even the other columns are wider than `limit` (a very
    /// narrow terminal), the row is cut at the limit, without colour.
    private func line(_ cells: [Cell], widths: [Int], style: TerminalStyle, header: Bool, limit: Int?) -> String {
        let plain = line(cells, widths: widths, style: TerminalStyle(enabled: false), header: header)
        guard let limit, TextTable.width(plain) > limit + 1 else {
            return line(cells, widths: widths, style: style, header: header)
        }
        return TextTable.truncate(String(plain.dropLast()), to: limit) + "\n"
    }

    private func line(_ cells: [Cell], widths: [Int], style: TerminalStyle, header: Bool) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() where index < widths.count {
            var text = cell.text
            if index == flexible { text = TextTable.truncate(text, to: widths[index]) }
            let isLast = index == cells.count - 1
            let padding = isLast ? "" : String(repeating: " ", count: max(0, widths[index] - TextTable.width(text)))
            var shown = text
            if header { shown = style.bold(text) } else if let color = cell.color { shown = style.paint(text, color) }
            parts.append(shown + padding)
        }
        var joined = parts.joined(separator: "  ")
        while joined.hasSuffix(" ") { joined.removeLast() }
        return joined + "\n"
    }

    /// Cells a text takes in a terminal.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + DisplayWidth.cells($1) }
    }

    /// `text` cut to `width` cells, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard TextTable.width(text) > width, width >= 1 else { return text }
        var kept = "", used = 0
        for character in text {
            let cells = DisplayWidth.cells(character)
            if used + cells > width - 1 { break }
            kept.append(character)
            used += cells
        }
        while kept.hasSuffix(" ") { kept.removeLast() }
        return kept + "…"
    }
}
