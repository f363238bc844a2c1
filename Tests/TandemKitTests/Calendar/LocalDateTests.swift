import Testing
@testable import TandemKit

@Suite struct LocalDateTests {
    @Test func roundTripsOverAWideRange() {
        var previous: LocalDate?
        for day in stride(from: -200_000, through: 200_000, by: 7) {
            let date = LocalDate(dayNumber: day)
            let (y, m, d) = date.civil
            guard y >= 1, y <= 9999 else { continue }
            #expect(LocalDate(year: y, month: m, day: d) == date)
            #expect(LocalDate(iso8601: date.description) == date)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test func theTextOfADateIsItsTenCharacterISOForm() {
        #expect(LocalDate.earliest.description == "0001-01-01")
        #expect(LocalDate.latest.description == "9999-12-31")
        #expect(LocalDate(year: 987, month: 6, day: 5)?.description == "0987-06-05")
        #expect(LocalDate(year: 2026, month: 11, day: 25)?.description == "2026-11-25")
        // Outside ISO years (reachable only by arithmetic) the text is still a date's shape.
        #expect(LocalDate(dayNumber: LocalDate.latest.dayNumber + 1).description == "10000-01-01")
    }

    @Test func validation() {
        #expect(LocalDate(iso8601: "2026-02-30") == nil)
        #expect(LocalDate(iso8601: "2028-02-29") != nil)
        #expect(LocalDate(iso8601: "2100-02-29") == nil)
        #expect(LocalDate(iso8601: "2026-1-01") == nil)
        #expect(LocalDate(iso8601: "２０２６-01-01") == nil)
        #expect(LocalDate(iso8601: "0000-01-01") == nil)
    }

    @Test func arithmetic() throws {
        let date = try #require(LocalDate(iso8601: "2026-11-25"))
        #expect(date.adding(days: 7).description == "2026-12-02")
        #expect(date.days(until: try #require(LocalDate(iso8601: "2027-01-01"))) == 37)
        #expect(date.isoWeekday == 3)  // a Wednesday
        #expect(date.startOfWeek.description == "2026-11-23")
        #expect(date.basicFormat == "20261125")
        #expect(DayCount("2w")?.days == 14)
        #expect(DayCount("14d")?.days == 14)
        #expect(DayCount("0d") == nil)
        #expect(DayCount("x") == nil)
    }
}

@Suite struct LocalDateLimitTests {
    @Test func arithmeticStaysWithinTheYears1To9999() {
        let late = LocalDate(year: 9999, month: 12, day: 20)!
        #expect(late.adding(days: 14) == LocalDate.latest)
        #expect(!late.canAdd(days: 14) && late.canAdd(days: 11))
        #expect(LocalDate.latest.description == "9999-12-31" && LocalDate.earliest.description == "0001-01-01")
        #expect(LocalDate(year: 1, month: 1, day: 2)!.adding(days: -5) == LocalDate.earliest)
        #expect(late.adding(days: Int.max) == LocalDate.latest)
    }

    @Test func spansAreBoundedToAHundredYears() {
        #expect(DayCount("999999w") == nil)
        #expect(DayCount("416428w") == nil)
        #expect(DayCount("5217w")?.days == 36_519)
        #expect(DayCount("36525d")?.days == 36_525)
        #expect(DayCount("36526d") == nil)
    }
}
