import Testing
@testable import TandemKit

@Suite struct EmailMessageTests {
    func message(to: String = "ben@example.com", name: String? = "Ben", subject: String = "Hi") -> EmailMessage {
        EmailMessage(from: "tandem <tandem@localhost>", to: to, toName: name,
                     date: EmailMessage.dateHeader(LocalDate(iso8601: "2026-11-25")!), subject: subject, body: "Body\n")
    }

    @Test func headersAreCRLFAndOneLineEach() throws {
        let text = try message().rendered()
        #expect(text.hasPrefix("From: tandem <tandem@localhost>\r\nTo: Ben <ben@example.com>\r\nDate: Wed, 25 Nov 2026 00:00:00 +0000\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func aNameOrSubjectWithALineBreakCannotAddAHeader() throws {
        let text = try message(name: "Ben\r\nBcc: spy@example.com", subject: "Hi\r\nBcc: spy@example.com").rendered()
        let headers = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc:") })
        #expect(headers.filter { !$0.hasPrefix(" ") }.count == 7)
    }

    @Test(arguments: ["ben@example.com\nBcc: x@y", "ben@example.com\r\nBcc: x@y", "a@b, c@d", "not an address", "",
                      "ben@exa\u{0}mple.com"])
    func badAddressesAreRefused(address: String) {
        #expect(throws: TandemError.self) { try message(to: address).rendered() }
    }

    @Test func longUTF8SubjectsBecomeEncodedWordsOfAtMost75Characters() throws {
        let subject = String(repeating: "Équipe Süd — réunion ", count: 8)
        let text = try message(subject: subject).rendered()
        let lines = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        let words = lines.filter { $0.contains("=?UTF-8?B?") }
        #expect(words.count > 2)
        for line in words {
            let word = line.hasPrefix("Subject: ") ? String(line.dropFirst(9)) : String(line.dropFirst())
            #expect(word.count <= 75, "\(word)")
        }
    }

    @Test func bodyLinesThatMailTransportsMangleAreEncoded() throws {
        var mail = message()
        mail.body = ".\nFrom here\nplain\n"
        let text = try mail.rendered()
        let body = try #require(text.range(of: "\r\n\r\n")).upperBound
        let rest = String(text[body...])
        #expect(rest == "=2E\r\n=46rom here\r\nplain\r\n\r\n")
    }
}
