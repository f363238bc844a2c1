/// A day on the calendar: no time, no time zone. What `due:2026-11-17` means.
///
/// Stored as days since 1970-01-01 so comparison and arithmetic are integer
/// operations; the civil-date conversions are Howard Hinnant's algorithms.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Validates the month length and leap years; years 1...9999 only, as ISO dates.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        dayNumber = LocalDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Exactly `YYYY-MM-DD` with ASCII digits.
    public init?<S: StringProtocol>(iso8601 text: S) {
        // Read in place when the text is contiguous UTF-8 (a native string): no copy.
        let date = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count == 10 ? LocalDate.parse(bytes, at: 0) : nil
        } ?? Array(text.utf8).withUnsafeBufferPointer { bytes in
            bytes.count == 10 ? LocalDate.parse(bytes, at: 0) : nil
        }
        guard let date else { return nil }
        self = date
    }

    /// Parses `YYYY-MM-DD` at `offset` in UTF-8 bytes, without requiring the end there.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> LocalDate? {
        guard bytes.count - offset >= 10 else { return nil }
        func digit(_ i: Int) -> Int? {
            let b = bytes[offset + i]
            return (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) ? Int(b - UInt8(ascii: "0")) : nil
        }
        guard bytes[offset + 4] == UInt8(ascii: "-"), bytes[offset + 7] == UInt8(ascii: "-"),
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
        return LocalDate(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    public var civil: (year: Int, month: Int, day: Int) { LocalDate.civilFromDays(dayNumber) }
    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// `2026-11-17`
    public var description: String {
        let (y, m, d) = civil
        guard (0...9999).contains(y) else { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
        // Ten ASCII digits and dashes written in place: dates are printed by the thousand.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func digits(_ value: Int, _ width: Int, at offset: Int) {
                var value = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            digits(y, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            digits(m, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            digits(d, 2, at: 8)
            return 10
        }
    }

    /// `20261117`, as iCalendar's DATE values want it.
    public var basicFormat: String {
        let (y, m, d) = civil
        return pad(y, 4) + pad(m, 2) + pad(d, 2)
    }

    /// 0001-01-01 and 9999-12-31: the days an ISO date `YYYY-MM-DD` can name.
    public static let earliest = LocalDate(dayNumber: -719_162)
    public static let latest = LocalDate(dayNumber: 2_932_896)

    /// Kept within `earliest`…`latest`, so no date tandem computes is ever printed
    /// with five digits; `canAdd(days:)` tells when the limit was reached.
    public func adding(days: Int) -> LocalDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return LocalDate(dayNumber: min(max(sum, LocalDate.earliest.dayNumber), LocalDate.latest.dayNumber))
    }

    /// Whether `adding(days:)` stays on a day an ISO date can name.
    public func canAdd(days: Int) -> Bool {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return !overflow && sum >= LocalDate.earliest.dayNumber && sum <= LocalDate.latest.dayNumber
    }
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: Monday 1 … Sunday 7.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The Monday of this date's week.
    public var startOfWeek: LocalDate { adding(days: -(isoWeekday - 1)) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
