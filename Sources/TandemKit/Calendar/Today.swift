import Foundation

extension LocalDate {
    /// The one place a moment becomes a calendar day: `now` seen in `timeZone`.
    public static func today(in timeZone: TimeZone, now: Date) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
    }
}
