/// One setting a rule accepts under `rules:` in `tandem.yml`: its key, its type and
/// range, and its default. Declared by the rule beside its examples; the
/// configuration loader validates every value against it.
public struct RuleSettingSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `30d`, `4w`: at least `minimum` days.
        case days(minimum: Int)
        /// A whole number, at least `minimum`.
        case count(minimum: Int)
        /// A number from 0 to 1.
        case fraction
    }

    public var key: String
    public var kind: Kind
    public var defaultValue: Double

    public static func days(_ key: String, default value: Int, minimum: Int = 1) -> Self {
        Self(key: key, kind: .days(minimum: minimum), defaultValue: Double(value))
    }

    public static func count(_ key: String, default value: Int, minimum: Int = 1) -> Self {
        Self(key: key, kind: .count(minimum: minimum), defaultValue: Double(value))
    }

    public static func fraction(_ key: String, default value: Double) -> Self {
        Self(key: key, kind: .fraction, defaultValue: value)
    }

    /// What is accepted, for error messages.
    public var accepted: String {
        switch kind {
        case .days(let minimum): "a duration like 30d or 4w, at least \(minimum)d"
        case .count(let minimum): "a whole number, at least \(minimum)"
        case .fraction: "a number from 0 to 1"
        }
    }

    /// The value as a number, or nil when it is of the wrong type or out of range.
    public func parse(_ text: String) -> Double? {
        switch kind {
        case .days(let minimum):
            guard let days = DayCount(strict: text, allowZero: minimum == 0), days.days >= minimum else { return nil }
            return Double(days.days)
        case .count(let minimum):
            guard let n = Int(text.trimmingWhitespace()), n >= minimum, n <= 1_000_000 else { return nil }
            return Double(n)
        case .fraction:
            guard let x = Double(text.trimmingWhitespace()), x.isFinite, x >= 0, x <= 1 else { return nil }
            return x
        }
    }
}

extension Rule {
    /// The configured value of one of this rule's settings, else its default.
    func setting(_ key: String, in configuration: Configuration) -> Double {
        if let value = configuration.rules[id]?.settings[key] { return value }
        return Self.description.settings.first { $0.key == key }?.defaultValue ?? 0
    }
}

extension DayCount {
    /// `Nd` or `Nw` exactly, as `tandem.yml` wants durations: N ≥ 1 (or 0 where allowed),
    /// and at most a hundred years so every date computed from it stays a real date.
    public init?(strict text: String, allowZero: Bool = false) {
        var digits = Substring(text.trimmingWhitespace())
        guard let last = digits.last, "dDwW".contains(last) else { return nil }
        let factor = (last == "w" || last == "W") ? 7 : 1
        digits = digits.dropLast()
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n > 0 || (allowZero && n == 0), n * factor <= DayCount.maximumDays else { return nil }
        self.init(days: n * factor)
    }
}
