/// A span written as `14d` or `2w` in `tandem.yml` and in relative due dates.
public struct DayCount: Hashable, Sendable, CustomStringConvertible {
    public var days: Int
    public init(days: Int) { self.days = days }

    /// The longest span accepted: 100 years. Longer ones (`999999w`) would carry
    /// dates past 9999-12-31.
    public static let maximumDays = 36_525

    /// Accepts `Nd` and `Nw` with a positive N (and a bare `N`, read as days), up to `maximumDays`.
    public init?(_ text: String) {
        var digits = Substring(text.trimmingWhitespace())
        var factor = 1
        if let last = digits.last, last == "d" || last == "w" || last == "D" || last == "W" {
            factor = (last == "w" || last == "W") ? 7 : 1
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n > 0 else { return nil }
        guard n * factor <= DayCount.maximumDays else { return nil }
        days = n * factor
    }

    public var description: String { days % 7 == 0 ? "\(days / 7)w" : "\(days)d" }
}
