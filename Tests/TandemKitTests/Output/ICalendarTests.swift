import Testing
@testable import TandemKit

@Suite struct ICalendarTests {
    @Test func shortLinesAreNotFolded() {
        let line = "SUMMARY:" + String(repeating: "a", count: 67)
        #expect(line.utf8.count == 75)
        #expect(ICalendar.fold(line) == line)
    }

    @Test func longLinesFoldAt75OctetsWithCRLFAndASpace() {
        let line = "SUMMARY:" + String(repeating: "a", count: 200)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count == 3)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical[0].utf8.count == 75)
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    }

    @Test(arguments: ["é", "€", "😀", "🧑🏽‍🤝‍🧑🏼", "שלום", "a"])
    func foldingNeverSplitsAUTF8Sequence(piece: String) {
        for prefix in 0..<5 {
            let line = "SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: piece, count: 60)
            let folded = ICalendar.fold(line)
            for physical in folded.components(separatedBy: "\r\n") {
                #expect(physical.utf8.count <= 75)
                // Every physical line is valid UTF-8 on its own.
                #expect(String(validating: Array(physical.utf8), as: UTF8.self) != nil)
            }
            #expect(ICalendar.unfold(folded + "\r\n") == [line])
        }
    }

    @Test func textEscapingCoversBackslashSemicolonCommaAndNewlines() {
        #expect(Escaping.iCalendarText(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(Escaping.iCalendarText("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(Escaping.iCalendarText("bell\u{07}tab\t") == "belltab\t")
    }

    @Test(arguments: [#"C:\path; a, b"#, "line\nbreak", "emoji 📅, ✅; done", #"\n literally"#])
    func escapingRoundTrips(text: String) {
        #expect(Escaping.iCalendarUnescaped(Escaping.iCalendarText(text)) == text)
    }

    @Test func componentsUseCRLFEverywhere() {
        var calendar = ICalendar.Component("VCALENDAR")
        calendar.add("VERSION", "2.0")
        var todo = ICalendar.Component("VTODO")
        todo.addText("SUMMARY", String(repeating: "é", count: 50) + ", done")
        calendar.components.append(todo)
        let text = calendar.serialized()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\n"))
        #expect(text.hasSuffix("END:VTODO\r\nEND:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = ICalendar.unfold(text)
        #expect(lines.contains("SUMMARY:" + String(repeating: "é", count: 50) + "\\, done"))
    }
}
