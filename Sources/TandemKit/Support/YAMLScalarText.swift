import Yams

/// How tandem reads YAML scalars, in `tandem.yml` and in front matter alike.
extension Node.Scalar {
    /// An empty plain value: `key:`, `~`, `null`.
    var isNull: Bool {
        guard style == .plain || style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(string)
    }

    /// YAML booleans as people write them: true/false, yes/no, on/off.
    var yamlBool: Bool? {
        switch string.lowercased() {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }
}

extension Node {
    /// The scalar's text whatever its resolved tag (`no` stays the word "no").
    var scalarText: String? { scalar?.string }
    var isNullScalar: Bool { scalar?.isNull ?? false }
    var yamlBool: Bool? { scalar?.yamlBool }
}
