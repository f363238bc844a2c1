/// The one grammar of a task line: what follows a commitment's checkbox, in the
/// syntaxes of todo.txt (`due:2026-11-17`, `t:`, `rec:`, `pri:A`, `(A)`), Obsidian
/// Tasks (`📅 2026-11-17`, 🛫 ⏳ ➕ 🔺 🔁 🆔 ⛔ 🏁 …) and Dataview (`[due:: 2026-11-17]`,
/// `due:: 2026-11-17`). The reader uses it on a task item's text and the editor on
/// the source line, so both agree on where every field starts and ends.
///
/// This is the only file outside `Lint/` that spells the task fields' keys and emoji.
public struct TaskLine: Sendable {
    public enum Field: String, Sendable, CaseIterable {
        case owner, due, done, cancelled, start, scheduled, created, priority, recurrence, taskID, dependsOn, onCompletion
    }

    /// The family of syntax a field is written in.
    public enum Dialect: Sendable, Equatable {
        case emoji, dataview, todoTxt
    }

    /// What the line is scanned from: cmark's plain text of the item (inline code
    /// marked by `codeStart`/`codeEnd`), or the raw source line (inline code in backticks).
    public enum Mode: Sendable { case itemText, sourceLine }

    /// One field as written: its kind, syntax, the UTF-8 range of the whole field
    /// (key or emoji included) and of its value in the scanned bytes.
    public struct Span: Sendable, Equatable {
        public var field: Field
        public var dialect: Dialect
        public var range: Range<Int>
        public var valueRange: Range<Int>
        public var value: String
    }

    /// Marks inline code in an item's text: fields inside it are text.
    public static let codeStart: Unicode.Scalar = "\u{E000}"
    public static let codeEnd: Unicode.Scalar = "\u{E001}"

    public private(set) var spans: [Span] = []
    /// The text with every field removed and white space collapsed.
    public private(set) var text = ""

    public init(_ content: String, mode: Mode = .itemText) {
        var content = content
        let kept = content.withUTF8 { bytes in
            var scanner = Scanner(s: bytes, mode: mode)
            let kept = scanner.scan()
            spans = scanner.spans
            return kept
        }
        text = UTF8Text.collapsingWhitespace(kept)
    }

    public func first(_ field: Field) -> Span? { spans.first { $0.field == field } }
    public func all(_ field: Field) -> [Span] { spans.filter { $0.field == field } }

    /// The line's dialect for new fields: emoji when it has any emoji field, Dataview
    /// when it has any bracketed or `key::` field, else todo.txt.
    public var dialect: Dialect {
        let written = spans.filter { $0.field != .owner }
        if written.contains(where: { $0.dialect == .emoji }) { return .emoji }
        if written.contains(where: { $0.dialect == .dataview }) { return .dataview }
        return .todoTxt
    }

    /// How `field` with `value` is written in `dialect` (nil: that dialect has no such field).
    public static func render(_ field: Field, _ value: String, in dialect: Dialect) -> String? {
        switch dialect {
        case .emoji:
            guard let emoji = Self.emoji.first(where: { $0.field == field && $0.priority == nil })?.scalar else { return nil }
            return "\(emoji) \(value)"
        case .dataview:
            guard let key = Self.dataviewKeys.first(where: { $0.field == field })?.key else { return nil }
            return "[\(key):: \(value)]"
        case .todoTxt:
            guard let key = Self.todoKeys.first(where: { $0.field == field })?.key else { return nil }
            return "\(key)\(value)"
        }
    }

    // MARK: - The vocabulary

    struct EmojiField {
        var scalar: Unicode.Scalar
        var field: Field
        var priority: String?
        var bytes: [UInt8] { Array(String(scalar).utf8) }
    }

    /// The first emoji of each field is the one tandem writes.
    static let emoji: [EmojiField] = [
        EmojiField(scalar: "\u{1F4C5}", field: .due), EmojiField(scalar: "\u{1F4C6}", field: .due),
        EmojiField(scalar: "\u{1F5D3}", field: .due),
        EmojiField(scalar: "\u{2705}", field: .done), EmojiField(scalar: "\u{274C}", field: .cancelled),
        EmojiField(scalar: "\u{1F6EB}", field: .start),
        EmojiField(scalar: "\u{23F3}", field: .scheduled), EmojiField(scalar: "\u{231B}", field: .scheduled),
        EmojiField(scalar: "\u{2795}", field: .created),
        EmojiField(scalar: "\u{1F53A}", field: .priority, priority: "highest"),
        EmojiField(scalar: "\u{23EB}", field: .priority, priority: "high"),
        EmojiField(scalar: "\u{1F53C}", field: .priority, priority: "medium"),
        EmojiField(scalar: "\u{1F53D}", field: .priority, priority: "low"),
        EmojiField(scalar: "\u{23EC}", field: .priority, priority: "lowest"),
        EmojiField(scalar: "\u{1F501}", field: .recurrence), EmojiField(scalar: "\u{1F194}", field: .taskID),
        EmojiField(scalar: "\u{26D4}", field: .dependsOn), EmojiField(scalar: "\u{1F3C1}", field: .onCompletion),
    ]
    static let emojiBytes: [(bytes: [UInt8], entry: EmojiField)] = emoji.map { ($0.bytes, $0) }

    /// Dataview keys, lowercased; the first of each field is the one tandem writes.
    static let dataviewKeys: [(key: String, field: Field)] = [
        ("due", .due), ("completion", .done), ("done", .done), ("cancelled", .cancelled), ("canceled", .cancelled),
        ("start", .start), ("scheduled", .scheduled), ("created", .created), ("priority", .priority),
        ("repeat", .recurrence), ("id", .taskID), ("dependsOn", .dependsOn), ("onCompletion", .onCompletion),
        ("owner", .owner),
    ]

    /// todo.txt `key:value` fields; the first of each field is the one tandem writes.
    static let todoKeys: [(key: String, field: Field)] = [
        ("due:", .due), ("done:", .done), ("cancelled:", .cancelled), ("canceled:", .cancelled),
        ("t:", .start), ("rec:", .recurrence), ("pri:", .priority),
    ]
    static let todoKeyBytes: [(bytes: [UInt8], field: Field)] = todoKeys.map { (Array($0.key.utf8), $0.field) }

    static let priorityNames = ["highest", "high", "medium", "low", "lowest"]

    /// todo.txt priority letters A–E, highest to lowest (later letters count as lowest).
    static func priority(letter: UInt8) -> String? {
        let upper = letter & 0xDF
        guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
        return priorityNames[min(Int(upper - UInt8(ascii: "A")), 4)]
    }
}

extension TaskLine {
    /// The byte scanner behind `TaskLine`. Only `@`, `[`, `(`, an ASCII letter at a
    /// word start or an emoji's lead byte can start a field: everything else is copied.
    struct Scanner {
        let s: UnsafeBufferPointer<UInt8>
        let mode: Mode
        var spans: [Span] = []

        init(s: UnsafeBufferPointer<UInt8>, mode: Mode) {
            self.s = s
            self.mode = mode
        }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
        }

        mutating func add(_ field: Field, _ dialect: Dialect, _ range: Range<Int>, value: Range<Int>, text: String? = nil) {
            spans.append(Span(field: field, dialect: dialect, range: range, valueRange: value, value: text ?? string(value)))
        }

        mutating func scan() -> [UInt8] {
            var kept: [UInt8] = []
            kept.reserveCapacity(s.count)
            var i = leadingPriority()
            while i < s.count {
                if let end = opaqueEnd(at: i) {  // inline code is text
                    copyCode(i..<end, into: &kept)
                    i = end
                    continue
                }
                if let end = field(at: i) {
                    i = end
                    continue
                }
                // The rest of an ASCII word cannot start a field: copy it at once.
                var end = i + 1
                if UTF8Text.isASCIIWord(s[i]) {
                    while end < s.count, UTF8Text.isASCIIWord(s[end]) { end += 1 }
                }
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<end]))
                i = end
            }
            return kept
        }

        /// Whether the ASCII word starting at `i` ends at a colon: every todo.txt and
        /// unbracketed Dataview key does (`due:`, `t:`, `scheduled::`).
        func wordEndsAtColon(_ i: Int) -> Bool {
            var j = i
            while j < s.count, UTF8Text.isASCIIWord(s[j]) { j += 1 }
            return j < s.count && s[j] == UInt8(ascii: ":")
        }

        /// `(A) ` right after the checkbox; returns where scanning goes on.
        mutating func leadingPriority() -> Int {
            var i = 0
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            guard i + 2 < s.count, s[i] == UInt8(ascii: "("), s[i + 2] == UInt8(ascii: ")"),
                  s[i + 1] >= UInt8(ascii: "A"), s[i + 1] <= UInt8(ascii: "Z"),
                  i + 3 == s.count || isSpace(s[i + 3]), let name = TaskLine.priority(letter: s[i + 1]) else { return 0 }
            add(.priority, .todoTxt, i..<(i + 3), value: (i + 1)..<(i + 2), text: name)
            return i + 3
        }

        mutating func field(at i: Int) -> Int? {
            let byte = s[i]
            if byte == 0xE2 || byte == 0xF0 { return emojiField(at: i) }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") { return bracketField(at: i) }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            guard byte == UInt8(ascii: "@") || isLetter else { return nil }
            guard i == 0 || !UTF8Text.isWordScalar(endingAt: i, in: s) else { return nil }
            if byte == UInt8(ascii: "@") {
                guard let end = UTF8Text.ownerEnd(s, from: i + 1) else { return nil }
                add(.owner, .todoTxt, i..<end, value: (i + 1)..<end)
                return end
            }
            guard wordEndsAtColon(i) else { return nil }
            return inlineDataviewField(at: i) ?? todoField(at: i)
        }

        // MARK: todo.txt

        mutating func todoField(at i: Int) -> Int? {
            for (key, field) in TaskLine.todoKeyBytes where matches(key, at: i, caseInsensitive: true) {
                var valueStart = i + key.count
                // `due: 2026-11-17`: one space before a date, as people type it.
                if [.due, .done, .cancelled].contains(field), valueStart + 1 < s.count, s[valueStart] == UInt8(ascii: " "),
                   isDigit(s[valueStart + 1]) {
                    valueStart += 1
                }
                let end = UTF8Text.wordEnd(s, from: valueStart)
                guard end > valueStart else { return nil }
                switch field {
                case .start: guard isDigit(s[valueStart]) else { return nil }
                case .priority:
                    guard end == valueStart + 1, let name = TaskLine.priority(letter: s[valueStart]) else { return nil }
                    add(field, .todoTxt, i..<end, value: valueStart..<end, text: name)
                    return end
                default: break
                }
                add(field, .todoTxt, i..<end, value: valueStart..<end)
                return end
            }
            return nil
        }

        // MARK: Dataview

        /// `[key:: value]` (or Dataview's `(key:: value)`) with a known key (case-insensitive).
        mutating func bracketField(at i: Int) -> Int? {
            let close = s[i] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            var j = i + 1
            while j < s.count, UTF8Text.isASCIIWord(s[j]) || s[j] == UInt8(ascii: "-") { j += 1 }
            guard j > i + 1, j + 1 < s.count, s[j] == UInt8(ascii: ":"), s[j + 1] == UInt8(ascii: ":"),
                  let field = dataviewField(named: (i + 1)..<j) else { return nil }
            j += 2
            while j < s.count, s[j] == UInt8(ascii: " ") { j += 1 }
            let valueStart = j
            while j < s.count, s[j] != close {
                if s[j] == s[i] || s[j] == UInt8(ascii: "\n") { return nil }
                j += 1
            }
            guard j < s.count else { return nil }
            var valueEnd = j
            while valueEnd > valueStart, isSpace(s[valueEnd - 1]) { valueEnd -= 1 }
            addDataview(field, range: i..<(j + 1), value: valueStart..<valueEnd)
            return j + 1
        }

        /// Dataview's unbracketed `key:: value`: the value is one word (a recurrence
        /// runs to the next field).
        mutating func inlineDataviewField(at i: Int) -> Int? {
            var j = i
            while j < s.count, UTF8Text.isASCIIWord(s[j]) { j += 1 }
            guard j + 1 < s.count, s[j] == UInt8(ascii: ":"), s[j + 1] == UInt8(ascii: ":"),
                  let field = dataviewField(named: i..<j) else { return nil }
            var valueStart = j + 2
            while valueStart < s.count, s[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            let end = field == .recurrence ? freeTextEnd(from: valueStart) : UTF8Text.wordEnd(s, from: valueStart)
            guard end > valueStart else { return nil }
            addDataview(field, range: i..<end, value: valueStart..<end)
            return end
        }

        func dataviewField(named range: Range<Int>) -> Field? {
            let name = string(range).lowercased()
            return TaskLine.dataviewKeys.first { $0.key.lowercased() == name }?.field
        }

        mutating func addDataview(_ field: Field, range: Range<Int>, value: Range<Int>) {
            var text = string(value)
            if field == .priority { text = text.lowercased() }
            if field == .owner, text.hasPrefix("@") { text.removeFirst() }
            add(field, .dataview, range, value: value, text: text)
        }

        // MARK: Emoji

        mutating func emojiField(at i: Int) -> Int? {
            guard let entry = TaskLine.emojiBytes.first(where: { matches($0.bytes, at: i, caseInsensitive: false) }) else { return nil }
            var j = i + entry.bytes.count
            if matches([0xEF, 0xB8, 0x8F], at: j, caseInsensitive: false) { j += 3 }  // U+FE0F
            if let name = entry.entry.priority {
                add(.priority, .emoji, i..<j, value: i..<j, text: name)
                return j
            }
            j = skipSpaces(from: j)
            let valueStart = j
            let end: Int
            switch entry.entry.field {
            case .recurrence: end = freeTextEnd(from: valueStart)
            case .taskID, .dependsOn, .onCompletion: end = idListEnd(from: valueStart, list: entry.entry.field == .dependsOn)
            default: end = dateEnd(from: valueStart)
            }
            guard end > valueStart else { return nil }
            add(entry.entry.field, .emoji, i..<end, value: valueStart..<end)
            return end
        }

        /// A date-shaped run (digits and dashes, at least one dash): invalid dates are still fields.
        func dateEnd(from start: Int) -> Int {
            var end = start
            while end < s.count, s[end] == UInt8(ascii: "-") || isDigit(s[end]) { end += 1 }
            guard end > start, s[start] != UInt8(ascii: "-"), s[start..<end].contains(UInt8(ascii: "-")) else { return start }
            return end
        }

        /// Letters, digits, `-`, `_` (and commas between ids for a list).
        func idListEnd(from start: Int, list: Bool) -> Int {
            var end = start
            while end < s.count {
                let b = s[end]
                if UTF8Text.isASCIIWord(b) || b == UInt8(ascii: "-") {
                    end += 1
                } else if list, b == UInt8(ascii: ","), end + 1 < s.count, UTF8Text.isASCIIWord(s[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            return end
        }

        /// A recurrence's text: up to the next field, a `#tag` or the end, trailing spaces excluded.
        func freeTextEnd(from start: Int) -> Int {
            var j = start
            var probe = self
            while j < s.count {
                if j > start, isSpace(s[j - 1]) {
                    if s[j] == UInt8(ascii: "#") { break }
                    if probe.startsField(at: j) { break }
                }
                if s[j] == 0xE2 || s[j] == 0xF0, probe.startsField(at: j) { break }
                j += 1
            }
            while j > start, isSpace(s[j - 1]) { j -= 1 }
            return j
        }

        /// Whether a field starts at `i` (without recording it).
        mutating func startsField(at i: Int) -> Bool {
            let before = spans.count
            defer { spans.removeSubrange(before...) }
            if s[i] == 0xE2 || s[i] == 0xF0 {
                return TaskLine.emojiBytes.contains { matches($0.bytes, at: i, caseInsensitive: false) }
            }
            return field(at: i) != nil
        }

        // MARK: Inline code

        /// The end of inline code starting at `i`: a backtick run in a source line, or
        /// the code markers of an item's text.
        func opaqueEnd(at i: Int) -> Int? {
            switch mode {
            case .itemText:
                guard matches([0xEE, 0x80, 0x80], at: i, caseInsensitive: false) else { return nil }
                var j = i + 3
                while j < s.count, !matches([0xEE, 0x80, 0x81], at: j, caseInsensitive: false) { j += 1 }
                return min(j + 3, s.count)
            case .sourceLine:
                guard s[i] == UInt8(ascii: "`") else { return nil }
                var run = 0
                while i + run < s.count, s[i + run] == UInt8(ascii: "`") { run += 1 }
                var j = i + run
                while j < s.count {
                    var closing = 0
                    while j + closing < s.count, s[j + closing] == UInt8(ascii: "`") { closing += 1 }
                    if closing == run { return j + closing }
                    j += max(closing, 1)
                }
                return i + run  // an unclosed run is literal backticks
            }
        }

        func copyCode(_ range: Range<Int>, into kept: inout [UInt8]) {
            var j = range.lowerBound
            while j < range.upperBound {
                if mode == .itemText, s[j] == 0xEE, j + 2 < s.count, s[j + 1] == 0x80, s[j + 2] & 0xFE == 0x80 {
                    j += 3  // the markers are not text
                    continue
                }
                kept.append(s[j])
                j += 1
            }
        }

        // MARK: Bytes

        func matches(_ key: [UInt8], at i: Int, caseInsensitive: Bool) -> Bool {
            guard i + key.count <= s.count else { return false }
            for (offset, expected) in key.enumerated() {
                let b = s[i + offset]
                if caseInsensitive, expected >= UInt8(ascii: "a"), expected <= UInt8(ascii: "z") {
                    if b | 0x20 != expected { return false }
                } else if b != expected {
                    return false
                }
            }
            return true
        }

        func skipSpaces(from start: Int) -> Int {
            var j = start
            while j < s.count {
                if isSpace(s[j]) { j += 1 } else if matches([0xC2, 0xA0], at: j, caseInsensitive: false) { j += 2 } else { break }
            }
            return j
        }

        func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    }
}
