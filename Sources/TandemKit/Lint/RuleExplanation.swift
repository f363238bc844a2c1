/// The text of `tandem check --explain ID`: summary, rationale and examples.
public enum RuleExplanation {
    public static func text(for description: RuleDescription) -> String {
        var out = "\(description.id) (\(description.defaultSeverity.rawValue))\n\n\(description.summary)\n"
        if !description.rationale.isEmpty { out += "\n\(description.rationale)\n" }
        func examples(_ title: String, _ list: [RuleExample]) {
            guard !list.isEmpty else { return }
            out += "\n\(title):\n"
            for example in list {
                for version in example.history {
                    out += "\n  \(RuleExample.defaultPath), as committed on \(version.date)\n"
                    for line in version.content.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += "    \(line)\n"
                    }
                }
                if !example.history.isEmpty {
                    out += "\n  (then committed as below on \(example.today))\n"
                }
                for file in example.files {
                    out += "\n  \(file.path)\n"
                    for line in file.content.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += "    \(line)\n"
                    }
                }
                if !example.config.isEmpty {
                    out += "\n  tandem.yml\n"
                    for line in example.config.split(separator: "\n") { out += "    \(line)\n" }
                }
            }
        }
        examples("Triggers (↓ marks the line of the finding)", description.triggering)
        examples("Does not trigger", description.nonTriggering)
        return out
    }
}
