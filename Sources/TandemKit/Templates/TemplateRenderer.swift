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
