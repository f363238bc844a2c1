import Foundation

/// The text edits behind the code actions, one line at a time. Commitment lines
/// are edited by `CommitmentEditor`, the code behind `tandem done` and `cancel`.
enum LineEdits {
    /// `- [ ] text` → `- [/] text` (in progress); nil when the box is not open.
    static func start(_ line: String) -> String? {
        guard let (box, _) = CommitmentEditor.checkbox(Array(line.utf8)), Array(line.utf8)[box + 1] == UInt8(ascii: " ") else {
            return nil
        }
        return try? CommitmentEditor.editLine(line, .start)
    }

    /// `tandem done` / `cancel` applied to the line.
    static func apply(_ edit: CommitmentEdit, to line: String) -> String? {
        try? CommitmentEditor.editLine(line, edit)
    }

    /// Where text appended to the line goes: after its last character that is not a space or tab.
    static func endOfText(_ line: Substring) -> Int {
        var utf16 = line.utf16.count
        for scalar in line.unicodeScalars.reversed() {
            guard scalar == " " || scalar == "\t" else { break }
            utf16 -= 1
        }
        return utf16
    }

    /// Block-quote markers and indentation at the start of a line, so an inserted
    /// comment stays in the same container as the line it silences.
    static func leadingContainer(_ line: Substring) -> String {
        String(line.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == ">" })
    }

    /// The 0-based line of the front matter's closing fence, when the text has front matter.
    static func frontMatterClosingLine(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { buffer -> Int? in
            guard case let .found(_, _, _, bodyFirstLine) = FrontMatterSplit.split(buffer) else {
                return nil
            }
            return bodyFirstLine - 2
        }
    }

    /// The edit that adds `rule` to the front matter's `lint-ignore` list (creating the key if needed).
    static func addToLintIgnore(_ rule: String, lines: TextLines, closingLine: Int, lineEnding: String) -> TextEdit {
        guard let keyLine = (1..<max(1, closingLine)).first(where: { lines.line($0).hasPrefix("lint-ignore:") }) else {
            let at = Position(line: closingLine, character: 0)
            return TextEdit(range: TextRange(start: at, end: at), newText: "lint-ignore: [\(rule)]" + lineEnding)
        }
        let line = lines.line(keyLine)
        let value = line.dropFirst("lint-ignore:".count).trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("["), let close = line.lastIndex(of: "]") {
            let inner = value.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
            let at = Position(line: keyLine, character: line[..<close].utf16.count)
            return TextEdit(range: TextRange(start: at, end: at), newText: inner.isEmpty ? rule : ", " + rule)
        }
        if value.isEmpty || value.hasPrefix("#") {
            var last = keyLine
            while last + 1 < closingLine, lines.line(last + 1).drop(while: { $0 == " " }).hasPrefix("-") { last += 1 }
            if last > keyLine {
                let indent = String(lines.line(last).prefix { $0 == " " })
                let at = lines.endOfLine(last)
                return TextEdit(range: TextRange(start: at, end: at), newText: lineEnding + indent + "- " + rule)
            }
            return TextEdit(range: lines.wholeLine(keyLine), newText: "lint-ignore: [\(rule)]")
        }
        return TextEdit(range: lines.wholeLine(keyLine), newText: "lint-ignore: [\(value), \(rule)]")
    }
}
