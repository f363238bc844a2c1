/// `tandem rotate` output: a `pairs:` block to paste into `tandem.yml`, or JSON.
public enum RotationRenderer {
    public static func yaml(_ proposal: RotationProposal, explain: Bool) -> String {
        var out = "# Proposed by tandem rotate for \(proposal.on) (seed \(proposal.seed)); paste under tandem.yml.\n"
        if explain {
            for line in summary(proposal) { out += "# " + line + "\n" }
        }
        out += "pairs:\n"
        for group in proposal.groups {
            if explain {
                for reason in group.reasons { out += "  # " + reason + "\n" }
            }
            out += "  - partners: [" + group.partners.map(YAMLText.scalar).joined(separator: ", ") + "]\n"
            if let observer = group.observer { out += "    observer: " + YAMLText.scalar(observer) + "\n" }
            out += "    since: \(proposal.on)\n    until: \(proposal.until)\n"
        }
        return out
    }

    public static func json(_ proposal: RotationProposal, explain: Bool) -> String {
        let pairs: [JSONValue] = proposal.groups.map { group in
            var fields: [(String, JSONValue)] = [
                ("partners", .strings(group.partners)),
                ("observer", .string(group.observer)),
                ("since", .date(proposal.on)),
                ("until", .date(proposal.until)),
            ]
            if explain { fields.append(("why", .strings(group.reasons))) }
            return .object(fields)
        }
        var document: [(String, JSONValue)] = [("pairs", .array(pairs))]
        if explain { document.append(("summary", .strings(summary(proposal)))) }
        return JSONValue.object(document).serialized()
    }

    /// How the proposal was found and how close it is to the best possible.
    static func summary(_ p: RotationProposal) -> [String] {
        var lines = ["\(p.people.count) people, \(p.groups.count) groups; no partner from the \(p.avoidDays) days "
                     + "up to \(p.on), nobody with their manager."]
        lines.append("Newcomers with an experienced person: \(p.covered) of \(p.newcomers) "
                     + "(at most \(p.coverageBound) possible under the constraints).")
        lines.append(p.method == "exact"
            ? "Grouping: exact minimum-cost grouping over every valid split."
            : "Grouping: maximum matching, then local search until no regrouping of two groups lowers the cost.")
        return lines
    }
}
