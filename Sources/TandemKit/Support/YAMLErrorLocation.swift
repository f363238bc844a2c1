import Yams

/// Where a Yams error happened, as 1-based line and column, and a one-line message.
enum YAMLErrorLocation {
    static func describe(_ error: YamlError, yaml: String = "", lineOffset: Int = 0) -> (line: Int, column: Int, message: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (mark.line + lineOffset, mark.column, "invalid YAML: \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the mapping; point at the repeated key itself when it can be found.
            let line = secondOccurrence(of: duplicates.sorted().first ?? "", in: yaml, after: context.mark.line)
                ?? context.mark.line
            return (line + lineOffset, line == context.mark.line ? context.mark.column : 1,
                    "invalid YAML: duplicate key \(duplicates.sorted().joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return (1 + lineOffset, 1, "invalid YAML: \(problem)")
        default:
            return (1 + lineOffset, 1, "invalid YAML")
        }
    }

    /// The 1-based line of the second `key:` at the same indentation, from `start` on.
    private static func secondOccurrence(of key: String, in yaml: String, after start: Int) -> Int? {
        guard !key.isEmpty else { return nil }
        var seen = 0
        var indent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let trimmed = line.drop { $0 == " " }
            let spaces = line.count - trimmed.count
            guard trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") else { continue }
            if let indent, indent != spaces { continue }
            indent = spaces
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }
}
