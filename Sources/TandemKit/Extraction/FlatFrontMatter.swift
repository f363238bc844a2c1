import Yams

/// A front-matter value with the file-independent line it starts on (1-based line
/// of the YAML text). The reader only looks two levels deep, so this tree is small
/// whatever the YAML held (alias "bombs" included).
indirect enum FrontMatterValue: Equatable, Sendable {
    case scalar(String, quoted: Bool, line: Int)
    case sequence([FrontMatterValue], line: Int)
    case mapping([FrontMatterEntry], line: Int)
    /// Something deeper than tandem reads, or an alias/tag it does not interpret.
    case other(line: Int)

    var line: Int {
        switch self {
        case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line), .other(let line): line
        }
    }

    var scalarText: String? { if case .scalar(let text, _, _) = self { text } else { nil } }

    var isNullScalar: Bool {
        guard case .scalar(let text, let quoted, _) = self, !quoted else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    var yamlBool: Bool? {
        switch scalarText?.lowercased() {
        case "true", "yes", "on", "y": true
        case "false", "no", "off", "n": false
        default: nil
        }
    }

    var sequence: [FrontMatterValue]? { if case .sequence(let items, _) = self { items } else { nil } }
    var mapping: [FrontMatterEntry]? { if case .mapping(let entries, _) = self { entries } else { nil } }

    /// Converts a Yams node, `depth` levels deep.
    init(_ node: Node, lineOffset: Int = 0, depth: Int) {
        let line = (node.mark?.line ?? 1) + lineOffset
        guard depth > 0 else { self = .other(line: line); return }
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any, line: line)
        case .sequence(let sequence):
            self = .sequence(sequence.map { FrontMatterValue($0, lineOffset: lineOffset, depth: depth - 1) }, line: line)
        case .mapping(let mapping):
            self = .mapping(mapping.compactMap { key, value in
                guard let name = key.scalar?.string else { return nil }
                return FrontMatterEntry(key: name, line: (key.mark?.line ?? 1) + lineOffset,
                                        value: FrontMatterValue(value, lineOffset: lineOffset, depth: depth - 1))
            }, line: line)
        case .alias:
            self = .other(line: line)
        }
    }
}

struct FrontMatterEntry: Equatable, Sendable {
    var key: String
    var line: Int
    var value: FrontMatterValue
}

/// A fast reader for the front matter people actually write: one `key: value`
/// per line, with plain or simply quoted scalars and one-line flow lists and
/// maps (`tags: [a, b]`, `pulse: { safety: 4 }`). It builds the same Yams nodes,
/// marks included, that `Yams.compose` would; anything else (indentation, block
/// lists, anchors, escapes, comments after values, duplicate keys…) returns nil
/// and the caller hands the text to Yams. Tests compare both on many inputs.
enum FlatFrontMatter {
    /// YAML's indicator characters (`-?:,[]{}#&*!|>'"%@` and the backtick), which
    /// cannot start a plain scalar here.
    private static func isIndicator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"): true
        default: false
        }
    }

    static func parse(_ yaml: UnsafeBufferPointer<UInt8>) -> FrontMatterValue? {
        var pairs: [FrontMatterEntry] = []
        var keys = Set<String>()
        var lineStart = 0
        var line = 0
        var firstKeyLine: Int?
        while lineStart < yaml.count {
            line += 1
            var end = lineStart
            while end < yaml.count, yaml[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > lineStart, yaml[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            defer { lineStart = end + 1 }
            let text = UnsafeBufferPointer(rebasing: yaml[lineStart..<contentEnd])
            if text.allSatisfy({ $0 == UInt8(ascii: " ") }) { continue }
            if text.first == UInt8(ascii: "#") { continue }  // a comment line
            guard let entry = entry(text, line: line), keys.insert(entry.key).inserted else { return nil }
            if firstKeyLine == nil { firstKeyLine = line }
            pairs.append(entry)
        }
        guard let firstKeyLine else { return nil }  // empty: let Yams say what it is
        return .mapping(pairs, line: firstKeyLine)
    }

    /// `key: value` starting at column 1.
    private static func entry(_ text: UnsafeBufferPointer<UInt8>, line: Int) -> FrontMatterEntry? {
        var i = 0
        while i < text.count, isKeyByte(text[i]) { i += 1 }
        guard i > 0, i + 1 < text.count, text[i] == UInt8(ascii: ":"), text[i + 1] == UInt8(ascii: " ") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: text[0..<i]), as: UTF8.self)
        var start = i + 2
        while start < text.count, text[start] == UInt8(ascii: " ") { start += 1 }
        var end = text.count
        while end > start, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > start else { return nil }  // an empty value: Yams decides its mark
        let value: FrontMatterValue?
        switch text[start] {
        case UInt8(ascii: "["): value = flowSequence(text, start..<end, line: line)
        case UInt8(ascii: "{"): value = flowMapping(text, start..<end, line: line)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): value = quoted(text, start..<end, line: line)
        default:
            value = isPlain(text, start..<end, inFlow: false)
                ? scalar(text, start..<end, line: line, quoted: false) : nil
        }
        guard let value else { return nil }
        return FrontMatterEntry(key: key, line: line, value: value)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        UTF8Text.isASCIIWord(b) || b == UInt8(ascii: "-")
    }

    /// A plain scalar with nothing YAML would read differently.
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inFlow: Bool) -> Bool {
        guard !range.isEmpty else { return false }
        let first = text[range.lowerBound]
        // Indicators that change the meaning at the start of a scalar.
        if isIndicator(first) { return false }
        for index in range {
            let b = text[index]
            if b == UInt8(ascii: "\t") || b < 0x20 || b == 0x7F { return false }
            if inFlow, b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") { return false }
            let space = UInt8(ascii: " ")
            if b == UInt8(ascii: ":"), index + 1 == range.upperBound || text[index + 1] == space { return false }  // `: ` or a final `:`
            if b == UInt8(ascii: "#"), index > range.lowerBound, text[index - 1] == space { return false }        // ` #` comment
            if b == 0xEF, index + 2 < text.count, text[index + 1] == 0xBB, text[index + 2] == 0xBF { return false }  // BOM
        }
        return true
    }

    private static func quoted(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> FrontMatterValue? {
        let quote = text[range.lowerBound]
        guard range.count >= 2, text[range.upperBound - 1] == quote else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        let backslash = UInt8(ascii: "\\")
        for index in inner where text[index] == quote || text[index] == backslash || text[index] < 0x20 { return nil }
        return scalar(text, inner, line: line, quoted: true)
    }

    /// `[a, b, c]` on one line, plain items.
    private static func flowSequence(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> FrontMatterValue? {
        guard text[range.upperBound - 1] == UInt8(ascii: "]") else { return nil }
        var items: [FrontMatterValue] = []
        for item in flowItems(text, (range.lowerBound + 1)..<(range.upperBound - 1)) {
            guard isPlain(text, item, inFlow: true) else { return nil }
            items.append(scalar(text, item, line: line, quoted: false))
        }
        return .sequence(items, line: line)
    }

    /// `{ a: 1, b: 2 }` on one line, plain keys and values.
    private static func flowMapping(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> FrontMatterValue? {
        guard text[range.upperBound - 1] == UInt8(ascii: "}") else { return nil }
        var pairs: [FrontMatterEntry] = []
        var keys = Set<String>()
        for item in flowItems(text, (range.lowerBound + 1)..<(range.upperBound - 1)) {
            var colon = item.lowerBound
            while colon < item.upperBound, text[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon + 1 < item.upperBound, text[colon + 1] == UInt8(ascii: " ") else { return nil }
            var valueStart = colon + 2
            while valueStart < item.upperBound, text[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            let keyRange = item.lowerBound..<colon
            let valueRange = valueStart..<item.upperBound
            guard isPlain(text, keyRange, inFlow: true), isPlain(text, valueRange, inFlow: true) else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: text[keyRange]), as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            pairs.append(FrontMatterEntry(key: key, line: line, value: scalar(text, valueRange, line: line, quoted: false)))
        }
        return .mapping(pairs, line: line)
    }

    /// The comma-separated items inside brackets, trimmed of spaces; nil items are refused by the caller.
    private static func flowItems(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var allBlank = true
        for index in range where text[index] != UInt8(ascii: " ") { allBlank = false; _ = index; break }
        if allBlank { return [] }
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || text[index] == UInt8(ascii: ",") {
                var a = start, b = index
                while a < b, text[a] == UInt8(ascii: " ") { a += 1 }
                while b > a, text[b - 1] == UInt8(ascii: " ") { b -= 1 }
                items.append(a..<b)  // an empty item makes isPlain fail: Yams decides
                start = index + 1
            }
            index += 1
        }
        return items
    }

    private static func scalar(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, quoted: Bool) -> FrontMatterValue {
        .scalar(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self), quoted: quoted, line: line)
    }
}
