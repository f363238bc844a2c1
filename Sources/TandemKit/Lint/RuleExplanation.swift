/// The text of `tandem check --explain ID`: summary, rationale and examples.
public enum RuleExplanation {
    public static func text(for description: RuleDescription) -> String {
        let state = description.enabledByDefault ? "" : "; off by default"
        var out = "\(description.id) (\(description.defaultSeverity.rawValue)\(state))\n\n\(description.summary)\n"
        if !description.rationale.isEmpty { out += "\n\(description.rationale)\n" }
        examples("Triggers (↓ marks the line of the finding)", description.triggering, into: &out)
        examples("Does not trigger", description.nonTriggering, into: &out)
        return out
    }

    /// Each example is numbered and says the day it is evaluated at (rules
    /// about overdue and cadence depend on it); each of its files starts with
    /// a `==> path <==` line, as `head` separates files.
    private static func examples(_ title: String, _ list: [RuleExample], into out: inout String) {
        guard !list.isEmpty else { return }
        out += "\n\(title):\n"
        for (number, example) in list.enumerated() {
            out += "\n  Example \(number + 1), checked with --today \(example.today):\n"
            for version in example.history {
                appendFile("\(RuleExample.defaultPath), as committed on \(version.date)", version.content, to: &out)
            }
            if !example.history.isEmpty { out += "\n  (then committed as below on \(example.today))\n" }
            for file in example.files { appendFile(file.path, file.content, to: &out) }
            if !example.config.isEmpty { appendFile("tandem.yml", example.config, to: &out) }
        }
    }

    private static func appendFile(_ path: String, _ content: String, to out: inout String) {
        out += "\n  ==> \(path) <==\n"
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines { out += line.isEmpty ? "\n" : "    \(line)\n" }
    }
}
