/// Bounds a template must keep before it is parsed and rendered: how deep its
/// sections nest and how much text it could produce. A journal's template is
/// text from anyone with write access to the journal; a hostile one (thousands
/// of nested sections, a list section nested in itself eight times) must be an
/// error naming the template, never a crash or a run that does not end.
public enum TemplateLimits {
    /// Sections (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`) nested deeper than this are refused.
    public static let maximumDepth = 32
    /// The most text a template may produce, estimated before rendering from the
    /// number of records each list section repeats over, and checked after.
    public static let maximumOutputBytes = 4 * 1024 * 1024

    /// Throws when `template` nests too deep or could render more than the maximum.
    /// `lists` gives, for each list value, how many records it holds; `longestValue`
    /// the longest text any variable could insert.
    static func check(_ template: String, name: String, lists: [String: Int], longestValue: Int) throws {
        var scanner = TagScanner(template)
        var multipliers: [Int] = []   // one per open section: how often its content may render
        var weight = 1                // the product of the open sections' multipliers, capped
        var estimate = 0
        func add(_ bytes: Int, times: Int) throws {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: times)
            estimate = overflow ? Int.max : min(Int.max / 2, estimate + product)
            if estimate > maximumOutputBytes {
                throw TandemError.invalid("\(name): this template could produce more than "
                    + "\(maximumOutputBytes / 1024 / 1024) MiB (list sections nested in one another?); refused")
            }
        }
        while let piece = scanner.next() {
            switch piece {
            case .text(let bytes):
                try add(bytes, times: weight)
            case .variable:
                try add(max(longestValue, 1), times: weight)
            case .open(let tagName, let repeats):
                guard multipliers.count < maximumDepth else {
                    throw TandemError.invalid("\(name): sections nested deeper than \(maximumDepth) levels; refused")
                }
                let times = repeats ? max(1, lists.filter { tagName.contains($0.key) }.map(\.value).max() ?? 1) : 1
                multipliers.append(times)
                let (product, overflow) = weight.multipliedReportingOverflow(by: times)
                weight = overflow ? Int.max / 2 : min(product, Int.max / 2)
            case .close:
                guard !multipliers.isEmpty else { continue }  // unbalanced: the parser reports it
                multipliers.removeLast()
                weight = multipliers.reduce(1) { partial, next in
                    let (product, overflow) = partial.multipliedReportingOverflow(by: next)
                    return overflow ? Int.max / 2 : min(product, Int.max / 2)
                }
            }
        }
    }
}

/// Splits a Mustache template into text and tags, following set-delimiter tags
/// (`{{=<% %>=}}`) as Mustache does, so no nesting can hide behind other delimiters.
struct TagScanner {
    enum Piece {
        case text(Int)                       // bytes of literal text
        case variable
        case open(String, repeats: Bool)     // `#` may repeat over a list; `^`, `$`, `<` render once
        case close
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var open = Array("{{".utf8)
    private var close = Array("}}".utf8)

    init(_ template: String) { bytes = Array(template.utf8) }

    mutating func next() -> Piece? {
        guard offset < bytes.count else { return nil }
        guard let start = find(open, from: offset) else {
            defer { offset = bytes.count }
            return .text(bytes.count - offset)
        }
        if start > offset {
            defer { offset = start }
            return .text(start - offset)
        }
        var contentStart = start + open.count
        var closing = close
        if open == Array("{{".utf8), contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
            closing = Array("}".utf8) + close   // `{{{name}}}`
            contentStart += 1
        }
        guard let end = find(closing, from: contentStart) else {
            defer { offset = bytes.count }
            return .text(bytes.count - offset)   // an unclosed tag: the parser reports it
        }
        offset = end + closing.count
        let content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingWhitespace()
        guard let sigil = content.first else { return .variable }
        let rest = String(content.dropFirst()).trimmingWhitespace()
        switch sigil {
        case "#": return .open(rest, repeats: true)
        case "^", "$", "<": return .open(rest, repeats: false)
        case "/": return .close
        case "!", ">": return .text(0)
        case "=":
            let parts = content.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
            if content.hasSuffix("="), parts.count == 2 {
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
            return .text(0)
        default: return .variable
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
