/// A span written as `14d` or `2w` in `tandem.yml` and in relative due dates.
public struct DayCount: Hashable, Sendable, CustomStringConvertible {
    public var days: Int
    public init(days: Int) { self.days = days }

    /// The longest span accepted: 100 years. Longer ones (`999999w`) would carry
    /// dates past 9999-12-31.
    public static let maximumDays = 36_525

    /// Accepts `Nd` and `Nw` with a positive N (and a bare `N`, read as days), up to `maximumDays`.
    public init?(_ text: String) {
        guard let days = DayCount.days(text.utf8) ?? DayCount.days(text.trimmingWhitespace().utf8) else { return nil }
        self.days = days
    }

    /// `N`, `Nd` or `Nw` (either case) with one to six ASCII digits, N > 0, as days.
    private static func days(_ utf8: String.UTF8View) -> Int? {
        var n = 0, digits = 0, factor = 1, unit = false
        for byte in utf8 {
            guard !unit else { return nil }  // nothing may follow the unit
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 6 else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "d"), UInt8(ascii: "D"): unit = true
            case UInt8(ascii: "w"), UInt8(ascii: "W"): unit = true; factor = 7
            default: return nil
            }
        }
        guard digits > 0, n > 0, n * factor <= maximumDays else { return nil }
        return n * factor
    }

    public var description: String { days % 7 == 0 ? "\(days / 7)w" : "\(days)d" }
}
