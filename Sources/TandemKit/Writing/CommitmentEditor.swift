/// What `tandem done`, `cancel` and `reopen` do to a commitment.
public enum CommitmentEdit: Sendable, Equatable {
    case done(LocalDate)
    case cancel(LocalDate)
    case reopen

    /// The verb printed after a successful edit.
    public var verb: String {
        switch self {
        case .done: "done"
        case .cancel: "cancelled"
        case .reopen: "reopened"
        }
    }
}

/// Why an edit could not be made.
public struct CommitmentEditError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Edits the first line of a task-list item, bytes in, bytes out: the checkbox
/// character flips and a done/cancelled date is added or removed in the style
/// the item already uses. Every other byte of the file stays as it was.
public enum CommitmentEditor {
    /// The date syntax of an item, taken from its due field.
    public enum Style: Sendable, Equatable {
        case plain      // due:2026-11-17 → done:2026-11-20
        case emoji      // 📅 2026-11-17  → ✅ 2026-11-20
    }

    /// Applies `edit` to the item that starts on `line` (1-based) of `bytes`.
    public static func apply(_ edit: CommitmentEdit, to bytes: [UInt8], line: Int) throws -> [UInt8] {
        guard let range = lineRange(line, in: bytes) else {
            throw CommitmentEditError(description: "line \(line) is not in the file")
        }
        let original = Array(bytes[range])
        guard let text = String(validating: original, as: UTF8.self) else {
            throw CommitmentEditError(description: "line \(line) is not UTF-8 text")
        }
        let edited = try editLine(text, edit)
        var result = Array(bytes[..<range.lowerBound])
        result += Array(edited.utf8)
        result += bytes[range.upperBound...]
        return result
    }

    /// The bytes of line `number`, without its line ending (LF or CRLF).
    static func lineRange(_ number: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard number >= 1 else { return nil }
        var start = 0
        var current = 1
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = newline + 1
            current += 1
        }
        guard start < bytes.count || (start == bytes.count && number == 1) else { return nil }
        var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Edits one line (no line ending).
    static func editLine(_ line: String, _ edit: CommitmentEdit) throws -> String {
        var scalars = Array(line.unicodeScalars)
        guard let box = checkboxIndex(scalars) else {
            throw CommitmentEditError(description: "no task checkbox '- [ ]' at the start of the line")
        }
        let contentStart = box + 3
        let style = style(of: Array(scalars[contentStart...]))
        // Remove done/cancelled fields in every syntax, with the space before each.
        scalars = Array(scalars[..<contentStart]) + removingCompletionFields(Array(scalars[contentStart...]))
        let mark: Unicode.Scalar
        let field: String?
        switch edit {
        case .reopen:
            mark = " "
            field = nil
        case .done(let date):
            mark = "x"
            switch style {
            case .plain: field = "done:\(date)"
            case .emoji: field = "\u{2705} \(date)"
            }
        case .cancel(let date):
            mark = "-"
            switch style {
            case .plain: field = "cancelled:\(date)"
            case .emoji: field = "\u{274C} \(date)"
            }
        }
        scalars[box + 1] = mark
        if let field {
            // The date goes at the end of the line's text, before trailing spaces.
            var end = scalars.count
            while end > contentStart, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            let insertion = Array((" " + field).unicodeScalars)
            scalars.insert(contentsOf: insertion, at: end)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The index of `[` in `- [c] ` after block-quote markers, indentation and list markers.
    static func checkboxIndex(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        skipSpaces()
        while i < s.count, s[i] == ">" { i += 1; skipSpaces() }
        var sawMarker = false
        while i < s.count {
            if s[i] == "[", sawMarker, i + 3 < s.count, s[i + 2] == "]", s[i + 3] == " " || s[i + 3] == "\t" {
                return i
            }
            // A list marker: -, *, + or 1–9 digits then . or ), followed by white space.
            var j = i
            if s[j] == "-" || s[j] == "*" || s[j] == "+" {
                j += 1
            } else {
                let digitsStart = j
                while j < s.count, j - digitsStart < 9, ("0"..."9").contains(s[j]) { j += 1 }
                guard j > digitsStart, j < s.count, s[j] == "." || s[j] == ")" else { return nil }
                j += 1
            }
            guard j < s.count, s[j] == " " || s[j] == "\t" else { return nil }
            i = j
            skipSpaces()
            sawMarker = true
        }
        return nil
    }

    /// The style of the item's due field, as the SPEC fixes it: emoji when the due
    /// date uses 📅 (or 📆, 🗓), otherwise `done:` / `cancelled:` (Dataview dues included).
    static func style(of s: [Unicode.Scalar]) -> Style {
        s.contains { [0x1F4C5, 0x1F4C6, 0x1F5D3].contains($0.value) } ? .emoji : .plain
    }

    /// The text without done/cancelled fields (`done:…`, `✅ …`, `[completion:: …]`,
    /// `cancelled:…`, `❌ …`, `[cancelled:: …]`) and the single space before each.
    static func removingCompletionFields(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            let atWordStart = i == 0 || s[i - 1] == " " || s[i - 1] == "\t"
            if atWordStart, let end = completionFieldEnd(s, at: i) {
                if let last = out.last, last == " " || last == "\t" { out.removeLast() }
                i = end
                continue
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// Where a done/cancelled field starting at `i` ends, if one does.
    private static func completionFieldEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        for key in ["done:", "cancelled:", "canceled:"] {
            let count = key.unicodeScalars.count
            if lowercased(s, from: i, count: count) == key {
                var end = i + count
                while end < s.count, s[end] != " ", s[end] != "\t" { end += 1 }
                if end > i + count { return end }
            }
        }
        if s[i].value == 0x2705 || s[i].value == 0x274C {
            var j = i + 1
            if j < s.count, s[j] == "\u{FE0F}" { j += 1 }
            while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\u{00A0}" { j += 1 }
            let start = j
            while j < s.count, s[j] == "-" || ("0"..."9").contains(s[j]) { j += 1 }
            if j > start { return j }
        }
        if s[i] == "[" {
            for key in ["completion::", "done::", "cancelled::", "canceled::"] {
                if lowercased(s, from: i + 1, count: key.unicodeScalars.count) == key,
                   let close = s[(i + 1)...].firstIndex(of: "]") {
                    return close + 1
                }
            }
        }
        return nil
    }

    private static func lowercased(_ s: [Unicode.Scalar], from start: Int, count: Int) -> String? {
        guard start >= 0, start + count <= s.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[start..<(start + count)])
        return String(view).lowercased()
    }
}
