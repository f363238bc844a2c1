import Mustache

/// Renders a Mustache template over plain values. No partials are loaded (no
/// library is given, so `{{> name}}` renders nothing), no lambdas exist in the
/// data, and nothing in a template is executed.
public enum TemplateRenderer {
    /// A template value: text, a list of records (for sections), or absent.
    public enum Value: Sendable, Equatable {
        case text(String)
        case records([[String: String]])
    }

    public static func render(_ template: String, name: String, values: [String: Value]) throws -> String {
        var lists: [String: Int] = [:]
        var longest = 0
        for (key, value) in values {
            switch value {
            case .text(let text): longest = max(longest, text.utf8.count)
            case .records(let records):
                lists[key] = records.count
                for record in records { longest = max(longest, record.values.map(\.utf8.count).max() ?? 0) }
            }
        }
        // Bounded depth and output before the parser (recursive) ever sees the template.
        try TemplateLimits.check(template, name: name, lists: lists, longestValue: longest)
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: template)
        } catch {
            throw TandemError.invalid("\(name): not a valid Mustache template (\(error))")
        }
        var context: [String: Any] = [:]
        for (key, value) in values {
            switch value {
            case .text(let text): context[key] = text
            case .records(let records): context[key] = records
            }
        }
        let text = parsed.render(context)
        guard text.utf8.count <= TemplateLimits.maximumOutputBytes else {
            throw TandemError.invalid("\(name): renders more than \(TemplateLimits.maximumOutputBytes / 1024 / 1024) MiB; refused")
        }
        return text
    }
}

/// Text placed in YAML front matter.
public enum YAMLText {
    /// `text` as a YAML scalar that reads back as the same string: plain when
    /// that is safe, else double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    public static func quoted(_ text: String) -> String {
        var out = "\""
        Escaping.backslashQuoted(text, into: &out, needsHex: isSpecial)
        return out + "\""
    }

    /// Control characters and line separators, which only a quoted scalar can hold.
    static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " { return true }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.unicodeScalars.contains(where: isSpecial) { return true }
        let lower = text.lowercased()
        let reserved: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf"]
        if reserved.contains(lower) { return true }
        // Anything that starts like a number or a date could be read as one.
        if let c = first.properties.numericType, c == .decimal { return true }
        if first == "+" || first == "." { return true }
        return false
    }
}
