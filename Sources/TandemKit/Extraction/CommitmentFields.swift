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

    /// Scans `source` (a task item's text after its checkbox).
    init(scanning source: String) {
        let s = Array(source.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let atWordStart = i == 0 || !CommitmentFields.isWordScalar(s[i - 1])
            if s[i] == "@", atWordStart, let (id, end) = CommitmentFields.ownerToken(s, from: i + 1) {
                addOwner(id)
                i = end
                continue
            }
            if atWordStart, let (field, valueStart) = CommitmentFields.colonField(s, at: i) {
                var end = valueStart
                while end < s.count, !s[end].isSpaceLike { end += 1 }
                if end > valueStart {
                    let value = String(String.UnicodeScalarView(s[valueStart..<end]))
                    assign(field, value: value, raw: String(String.UnicodeScalarView(s[i..<end])), relativeAllowed: true)
                    i = end
                    continue
                }
            }
            if let field = CommitmentFields.emojiField(s[i]) {
                var j = i + 1
                if j < s.count, s[j] == "\u{FE0F}" { j += 1 }
                while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\u{00A0}" { j += 1 }
                var end = j
                while end < s.count, s[end].isASCII, s[end] == "-" || s[end].properties.numericType != nil { end += 1 }
                let value = String(String.UnicodeScalarView(s[j..<end]))
                if value.contains("-"), value.first?.isASCII == true {
                    usesEmojiDates = true
                    assign(field, value: value, raw: String(String.UnicodeScalarView(s[i..<end])), relativeAllowed: false)
                    i = end
                    continue
                }
            }
            if s[i] == "[", let (key, value, end) = CommitmentFields.dataviewField(s, from: i) {
                switch key {
                case "due": assign(.due, value: value, raw: "[due:: \(value)]", relativeAllowed: true); i = end; continue
                case "completion", "done": assign(.done, value: value, raw: "[\(key):: \(value)]", relativeAllowed: false); i = end; continue
                case "cancelled", "canceled": assign(.cancelled, value: value, raw: "[\(key):: \(value)]", relativeAllowed: false); i = end; continue
                case "owner":
                    for part in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
                        let id = part.hasPrefix("@") ? String(part.dropFirst()) : String(part)
                        if !id.isEmpty { addOwner(id) }
                    }
                    i = end
                    continue
                default: break
                }
            }
            kept.append(s[i])
            i += 1
        }
        text = String(kept).collapsingWhitespace()
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

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isWordLike
    }

    /// `@ana` → ("ana", end). Ids are letters, digits, `_`, `-` and inner dots.
    private static func ownerToken(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var end = start
        while end < s.count, isWordScalar(s[end]) || s[end] == "-" || s[end] == "." { end += 1 }
        while end > start, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
        guard end > start else { return nil }
        return (String(String.UnicodeScalarView(s[start..<end])), end)
    }

    private static let colonKeys: [(String, DateField)] = [
        ("due:", .due), ("done:", .done), ("cancelled:", .cancelled), ("canceled:", .cancelled),
    ]

    /// `due:`, `done:`, `cancelled:` at `i`, case-insensitive; returns where the value starts.
    private static func colonField(_ s: [Unicode.Scalar], at i: Int) -> (DateField, Int)? {
        let first = s[i]
        guard first == "d" || first == "D" || first == "c" || first == "C" else { return nil }
        for (key, field) in colonKeys {
            let k = Array(key.unicodeScalars)
            guard i + k.count <= s.count else { continue }
            var match = true
            for (offset, scalar) in k.enumerated() where s[i + offset].properties.lowercaseMapping != String(scalar) {
                match = false
                break
            }
            if match { return (field, i + k.count) }
        }
        return nil
    }

    private static func emojiField(_ s: Unicode.Scalar) -> DateField? {
        switch s.value {
        case 0x1F4C5, 0x1F4C6, 0x1F5D3: return .due
        case 0x2705: return .done
        case 0x274C: return .cancelled
        default: return nil
        }
    }

    /// `[key:: value]` → (lowercased key, trimmed value, index after `]`).
    private static func dataviewField(_ s: [Unicode.Scalar], from start: Int) -> (String, String, Int)? {
        var j = start + 1
        var key = String.UnicodeScalarView()
        while j < s.count, isWordScalar(s[j]) || s[j] == "-" { key.append(s[j]); j += 1 }
        guard !key.isEmpty, j + 1 < s.count, s[j] == ":", s[j + 1] == ":" else { return nil }
        j += 2
        var value = String.UnicodeScalarView()
        while j < s.count, s[j] != "]" {
            if s[j] == "[" || s[j] == "\n" { return nil }
            value.append(s[j])
            j += 1
        }
        guard j < s.count else { return nil }
        return (String(key).lowercased(), String(value).trimmingWhitespace(), j + 1)
    }
}
