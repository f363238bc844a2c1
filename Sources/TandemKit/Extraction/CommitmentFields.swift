/// The inline fields of a commitment line, in the syntaxes of todo.txt
/// (`due:2026-11-17`), Obsidian Tasks (`📅 2026-11-17`) and Dataview
/// (`[due:: 2026-11-17]`), with the text that remains once they are removed.
struct CommitmentFields: Equatable {
    enum Due: Equatable {
        case date(LocalDate)
        case days(Int)       // due:+3d, due:+2w
        case nextSession     // due:next
    }

    var text = ""
    var owners: [String] = []
    var due: Due?
    var done: LocalDate?
    var cancelled: LocalDate?
    /// Fields whose value is not a possible date, e.g. `due:2026-02-30`.
    var invalid: [String] = []
    var usesEmojiDates = false

    private enum DateField { case due, done, cancelled }

    /// Scans `source` (a task item's text after its checkbox). Works on UTF-8
    /// bytes: every keyword and emoji is matched as a byte sequence, and non-ASCII
    /// scalars are decoded only where a word boundary or white space must be judged.
    init(scanning source: String) {
        var source = source
        let kept = source.withUTF8 { scan($0) }  // the string's own bytes, no copy
        text = UTF8Text.collapsingWhitespace(kept)
    }

    private mutating func scan(_ s: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(s.count)
        var i = 0
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self) }
        while i < s.count {
            let byte = s[i]
            // Only `@`, `d` and `c` can start an owner or a field: judge the word boundary just for them.
            let mayStartField = byte == 0x40 || byte | 0x20 == 0x64 || byte | 0x20 == 0x63
            let atWordStart = mayStartField && (i == 0 || !UTF8Text.isWordScalar(endingAt: i, in: s))
            if byte == 0x40, atWordStart, let end = UTF8Text.ownerEnd(s, from: i + 1) {  // @owner
                addOwner(string((i + 1)..<end))
                i = end
                continue
            }
            if atWordStart, let (field, valueStart) = CommitmentFields.colonField(s, at: i) {
                let end = UTF8Text.wordEnd(s, from: valueStart)
                if end > valueStart {
                    assign(field, value: string(valueStart..<end), raw: string(i..<end), relativeAllowed: true)
                    i = end
                    continue
                }
            }
            if let (field, length) = CommitmentFields.emojiField(s, at: i) {
                var j = i + length
                if j + 2 < s.count, s[j] == 0xEF, s[j + 1] == 0xB8, s[j + 2] == 0x8F { j += 3 }  // U+FE0F
                while j < s.count {
                    if s[j] == 0x20 || s[j] == 0x09 { j += 1 } else if j + 1 < s.count, s[j] == 0xC2, s[j + 1] == 0xA0 { j += 2 } else { break }
                }
                var end = j
                while end < s.count, s[end] == 0x2D || (0x30...0x39).contains(s[end]) { end += 1 }
                if end > j, s[j] != 0x2D, s[j..<end].contains(0x2D) {
                    usesEmojiDates = true
                    assign(field, value: string(j..<end), raw: string(i..<end), relativeAllowed: false)
                    i = end
                    continue
                }
            }
            if byte == 0x5B, let (key, value, end) = CommitmentFields.dataviewField(s, from: i) {  // [key:: value]
                var handled = true
                switch key {
                case "due": assign(.due, value: value, raw: "[due:: \(value)]", relativeAllowed: true)
                case "completion", "done": assign(.done, value: value, raw: "[\(key):: \(value)]", relativeAllowed: false)
                case "cancelled", "canceled": assign(.cancelled, value: value, raw: "[\(key):: \(value)]", relativeAllowed: false)
                case "owner":
                    for part in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
                        let id = part.hasPrefix("@") ? String(part.dropFirst()) : String(part)
                        if !id.isEmpty { addOwner(id) }
                    }
                default: handled = false
                }
                if handled { i = end; continue }
            }
            kept.append(byte)
            i += 1
        }
        return kept
    }

    private mutating func addOwner(_ id: String) {
        if !owners.contains(id) { owners.append(id) }
    }

    private mutating func assign(_ field: DateField, value: String, raw: String, relativeAllowed: Bool) {
        let parsed: Due?
        if let date = LocalDate(iso8601: value) {
            parsed = .date(date)
        } else if relativeAllowed, field == .due {
            parsed = CommitmentFields.relative(value)
        } else {
            parsed = nil
        }
        guard let parsed else { invalid.append(raw); return }
        switch field {
        case .due:
            if due == nil { due = parsed }
        case .done:
            guard case .date(let date) = parsed else { invalid.append(raw); return }
            if done == nil { done = date }
        case .cancelled:
            guard case .date(let date) = parsed else { invalid.append(raw); return }
            if cancelled == nil { cancelled = date }
        }
    }

    /// `+3d`, `+2w`, `next`.
    private static func relative(_ value: String) -> Due? {
        if value.lowercased() == "next" { return .nextSession }
        guard value.hasPrefix("+"), let count = DayCount(String(value.dropFirst())) else { return nil }
        return .days(count.days)
    }

    private static let colonKeys: [([UInt8], DateField)] = [
        (Array("due:".utf8), .due), (Array("done:".utf8), .done),
        (Array("cancelled:".utf8), .cancelled), (Array("canceled:".utf8), .cancelled),
    ]

    /// `due:`, `done:`, `cancelled:` at `i`, ASCII case-insensitive; returns where the value starts.
    private static func colonField(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (DateField, Int)? {
        let first = s[i] | 0x20
        guard first == 0x64 || first == 0x63 else { return nil }  // d, c
        for (key, field) in colonKeys where i + key.count <= s.count {
            var match = true
            for (offset, expected) in key.enumerated() where s[i + offset] | (expected == 0x3A ? 0 : 0x20) != expected {
                match = false
                break
            }
            if match { return (field, i + key.count) }
        }
        return nil
    }

    /// 📅 📆 🗓 (due), ✅ (done), ❌ (cancelled) at `i`, with their byte length.
    private static func emojiField(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (DateField, Int)? {
        let b = s[i]
        if b == 0xF0, i + 3 < s.count, s[i + 1] == 0x9F {
            if s[i + 2] == 0x93, s[i + 3] == 0x85 || s[i + 3] == 0x86 { return (.due, 4) }  // U+1F4C5, U+1F4C6
            if s[i + 2] == 0x97, s[i + 3] == 0x93 { return (.due, 4) }                        // U+1F5D3
        } else if b == 0xE2, i + 2 < s.count {
            if s[i + 1] == 0x9C, s[i + 2] == 0x85 { return (.done, 3) }       // U+2705
            if s[i + 1] == 0x9D, s[i + 2] == 0x8C { return (.cancelled, 3) }  // U+274C
        }
        return nil
    }

    /// `[key:: value]` → (lowercased key, trimmed value, index after `]`).
    private static func dataviewField(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, String, Int)? {
        var j = start + 1
        while j < s.count, UTF8Text.isASCIIWord(s[j]) || s[j] == 0x2D { j += 1 }
        guard j > start + 1, j + 1 < s.count, s[j] == 0x3A, s[j + 1] == 0x3A else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: s[(start + 1)..<j]), as: UTF8.self).lowercased()
        j += 2
        let valueStart = j
        while j < s.count, s[j] != 0x5D {
            if s[j] == 0x5B || s[j] == 0x0A { return nil }
            j += 1
        }
        guard j < s.count else { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: s[valueStart..<j]), as: UTF8.self).trimmingWhitespace()
        return (key, value, j + 1)
    }
}

/// Byte-level helpers for scanning UTF-8 text.
enum UTF8Text {
    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F
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
                guard isASCIIWord(b) || b == 0x2D || b == 0x2E else { break }
                end += 1
            } else {
                let (scalar, length) = scalar(at: end, in: s)
                guard scalar.isWordLike else { break }
                end += length
            }
        }
        while end > start, s[end - 1] == 0x2E || s[end - 1] == 0x2D { end -= 1 }
        return end > start ? end : nil
    }

    /// The end of the run of non-white-space starting at `start`.
    static func wordEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < s.count {
            let b = s[end]
            if b < 0x80 {
                if b == 0x20 || (0x09...0x0D).contains(b) { break }
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
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var pendingSpace = false
        s.withUnsafeBufferPointer { s in
            var i = 0
            while i < s.count {
                let b = s[i]
                var length = 1
                var isSpace: Bool
                if b < 0x80 {
                    isSpace = b == 0x20 || (0x09...0x0D).contains(b)
                } else {
                    let decoded = scalar(at: i, in: s)
                    length = decoded.1
                    isSpace = decoded.0.isSpaceLike
                }
                if isSpace {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    if length == 1 {
                        out.append(b)
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<(i + length)]))
                    }
                }
                i += length
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
