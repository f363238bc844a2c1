/// What the commitment-editing commands do to a commitment's line.
public enum CommitmentEdit: Sendable, Equatable {
    case done(LocalDate)
    case cancel(LocalDate)
    case reopen
    /// `[ ]` → `[/]`.
    case start
    /// Sets the due date.
    case redate(LocalDate)
    /// Sets the "not before" date (⏳, `[scheduled:: ]`, or todo.txt `t:`).
    case snooze(LocalDate)

    /// The verb printed after a successful edit.
    public var verb: String {
        switch self {
        case .done: "done"
        case .cancel: "cancelled"
        case .reopen: "reopened"
        case .start: "started"
        case .redate: "redated"
        case .snooze: "snoozed"
        }
    }
}

/// Why an edit could not be made.
public struct CommitmentEditError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Edits the first line of a task-list item, bytes in, bytes out, on the same
/// task-line grammar the reader uses: the checkbox flips and fields are added,
/// replaced or removed in the line's own dialect. Every other byte stays as it was.
public enum CommitmentEditor {
    /// Applies `edit` to the item that starts on `line` (1-based) of `bytes`.
    public static func apply(_ edit: CommitmentEdit, to bytes: [UInt8], line: Int) throws -> [UInt8] {
        guard let range = lineRange(line, in: bytes) else {
            throw CommitmentEditError(description: "line \(line) is not in the file")
        }
        guard let text = String(validating: bytes[range], as: UTF8.self) else {
            throw CommitmentEditError(description: "line \(line) is not UTF-8 text")
        }
        let edited = try editLine(text, edit)
        return Array(bytes[..<range.lowerBound]) + Array(edited.utf8) + bytes[range.upperBound...]
    }

    /// The bytes of line `number`, without its line ending (LF or CRLF).
    static func lineRange(_ number: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard number >= 1 else { return nil }
        var start = 0
        var current = 1
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
            current += 1
        }
        guard start < bytes.count || (start == bytes.count && number == 1) else { return nil }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// Edits one line (no line ending).
    static func editLine(_ line: String, _ edit: CommitmentEdit) throws -> String {
        let bytes = Array(line.utf8)
        guard let (box, markLength) = checkbox(bytes) else {
            throw CommitmentEditError(description: "no task checkbox '- [ ]' at the start of the line")
        }
        let markRange = (box + 1)..<(box + 1 + markLength)
        let mark = String(decoding: bytes[markRange], as: UTF8.self)
        var newMark = mark
        func setMark(_ mark: String) { newMark = mark }
        let contentStart = box + markLength + 3
        var content = Array(bytes[contentStart...])
        switch edit {
        case .reopen:
            setMark(" ")
            content = removing([.done, .cancelled], from: content)
        case .done(let date), .cancel(let date):
            let isDone = if case .done = edit { true } else { false }
            // The SPEC's style: emoji when the due date uses 📅 (or 📆, 🗓), else `done:` / `cancelled:`.
            let dueIsEmoji = TaskLine(String(decoding: content, as: UTF8.self), mode: .sourceLine).first(.due)?.dialect == .emoji
            setMark(isDone ? "x" : "-")
            content = removing([.done, .cancelled], from: content)
            let field = TaskLine.render(isDone ? .done : .cancelled, "\(date)", in: dueIsEmoji ? .emoji : .todoTxt)!
            content = appending(field, to: content)
        case .start:
            guard mark == " " || mark == "/" else {
                throw CommitmentEditError(description: "it is not open ('[\(mark)]'); reopen it first")
            }
            setMark("/")
        case .redate(let date):
            content = setting(.due, to: "\(date)", in: content, fallback: nil)
        case .snooze(let date):
            content = setting(.scheduled, to: "\(date)", in: content, fallback: .start)
        }
        let edited = Array(bytes[..<markRange.lowerBound]) + Array(newMark.utf8) + bytes[markRange.upperBound..<contentStart] + content
        return String(decoding: edited, as: UTF8.self)
    }

    /// Replaces the first `field`'s value, else appends the field in the line's dialect.
    /// On a todo.txt line, where `field` has no todo.txt form, `fallback` is set instead.
    static func setting(_ field: TaskLine.Field, to value: String, in content: [UInt8],
                        fallback: TaskLine.Field?) -> [UInt8] {
        let task = TaskLine(String(decoding: content, as: UTF8.self), mode: .sourceLine)
        let target: TaskLine.Field = if task.first(field) == nil, task.dialect == .todoTxt, let fallback { fallback } else { field }
        if let span = task.first(target) {
            var replaced = Array(content[..<span.valueRange.lowerBound]) + Array(value.utf8) + content[span.valueRange.upperBound...]
            if target == .due, span.dialect == .todoTxt, !(span.value.first?.isNumber ?? false) {
                // `due: +2w` and `due:next` become `due:DATE`.
                replaced = Array(content[..<span.range.lowerBound]) + Array("due:\(value)".utf8) + content[span.range.upperBound...]
            }
            return replaced
        }
        return appending(TaskLine.render(target, value, in: task.dialect)!, to: content)
    }

    /// `content` without the fields of `kinds` and the white space before each.
    static func removing(_ kinds: Set<TaskLine.Field>, from content: [UInt8]) -> [UInt8] {
        let task = TaskLine(String(decoding: content, as: UTF8.self), mode: .sourceLine)
        var out = content
        for span in task.spans.reversed() where kinds.contains(span.field) {
            var start = span.range.lowerBound
            if start > 0, out[start - 1] == UInt8(ascii: " ") || out[start - 1] == UInt8(ascii: "\t") { start -= 1 }
            out.removeSubrange(start..<span.range.upperBound)
        }
        return out
    }

    /// `field` at the end of the line's text, before trailing white space.
    static func appending(_ field: String, to content: [UInt8]) -> [UInt8] {
        var end = content.count
        while end > 0, content[end - 1] == UInt8(ascii: " ") || content[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        let separator: [UInt8] = end == 0 ? [] : [UInt8(ascii: " ")]
        return Array(content[..<end]) + separator + Array(field.utf8) + content[end...]
    }

    /// The index of `[` in `- [c] ` after indentation, block-quote markers and list
    /// markers in any order (`- > - [ ] x`, `1. > - [ ] x`), as cmark nests them.
    static func checkbox(_ s: [UInt8]) -> (open: Int, markLength: Int)? {
        var i = 0
        func skipSpaces() { while i < s.count, s[i] == UInt8(ascii: " ") || s[i] == UInt8(ascii: "\t") { i += 1 } }
        skipSpaces()
        var sawMarker = false
        while i < s.count {
            if s[i] == UInt8(ascii: "["), sawMarker, i + 1 < s.count {
                let b = s[i + 1]
                let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                let close = i + 1 + length
                if close + 1 < s.count, s[close] == UInt8(ascii: "]"),
                   s[close + 1] == UInt8(ascii: " ") || s[close + 1] == UInt8(ascii: "\t") {
                    return (i, length)
                }
            }
            if s[i] == UInt8(ascii: ">") {
                i += 1
                skipSpaces()
                continue
            }
            // A list marker: -, *, + or 1–9 digits then . or ), followed by white space.
            var j = i
            if s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "*") || s[j] == UInt8(ascii: "+") {
                j += 1
            } else {
                let digitsStart = j
                while j < s.count, j - digitsStart < 9, s[j] >= UInt8(ascii: "0"), s[j] <= UInt8(ascii: "9") { j += 1 }
                guard j > digitsStart, j < s.count, s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ")") else { return nil }
                j += 1
            }
            guard j < s.count, s[j] == UInt8(ascii: " ") || s[j] == UInt8(ascii: "\t") else { return nil }
            i = j
            skipSpaces()
            sawMarker = true
        }
        return nil
    }
}
