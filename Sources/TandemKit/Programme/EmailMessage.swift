import Foundation

/// An address as written in `tandem.yml`: `ana@example.com` or `Ana Lima <ana@example.com>`.
public enum EmailAddress {
    /// Why the text cannot be used in a header (nil: it can). Line breaks and other
    /// control characters are refused outright: they would let a value add headers.
    public static func problem(_ text: String) -> String? {
        if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { return "it contains a line break" }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            return "it contains a control character"
        }
        guard let (_, address) = split(text) else { return "it is not an address such as ana@example.com" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>(),;:\"[]\\".unicodeScalars.contains($0) })
        else { return "'\(address)' is not an address such as ana@example.com" }
        return nil
    }

    /// The display name (if any) and the bare address.
    static func split(_ text: String) -> (name: String?, address: String)? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            return trimmed.isEmpty || trimmed.contains(" ") ? nil : (nil, trimmed)
        }
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var name = String(trimmed[..<open]).trimmingWhitespace()
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        return (name.isEmpty ? nil : name, address)
    }

    /// The address as a header value: the display name quoted or RFC 2047-encoded.
    static func header(name: String?, address: String) -> String {
        guard let name, !name.isEmpty else { return address }
        return MIMEHeader.phrase(name) + " <" + address + ">"
    }
}

/// RFC 2047 encoded words and RFC 5322 header folding.
enum MIMEHeader {
    static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".unicodeScalars)

    /// A display name: as it is when it is plain ASCII words, quoted when it has
    /// specials, encoded words when it is not ASCII.
    static func phrase(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ atext.contains($0) }) { return text }
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return encodedWords(text).joined(separator: "\r\n ")
    }

    /// `Name: value`, unstructured text: ASCII as it is (folded at spaces), else
    /// `=?UTF-8?B?…?=` words of at most 75 characters, one per folded line.
    static func unstructured(_ name: String, _ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        if clean.unicodeScalars.allSatisfy({ $0.value < 0x7F }) && !clean.contains("=?") {
            return fold(name + ": " + clean)
        }
        return name + ": " + encodedWords(clean).joined(separator: "\r\n ")
    }

    /// Splits on whole characters so no UTF-8 sequence is cut between two words.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty && (chunk.count + bytes.count + 2) / 3 * 4 > 75 - 12 {
                words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
        return words
    }

    /// Folds an ASCII header line at spaces so lines stay under 78 characters where possible.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > 76 {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty && lines.isEmpty ? "" : " ") + word
                if current.hasPrefix(" ") && lines.isEmpty { current.removeFirst() }
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}

enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index], b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 15) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Quoted-printable (RFC 2045) for a UTF-8 body: readable where it is ASCII, lines under 77 characters.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var out: [UInt8] = []
            var width = 0
            let bytes = Array(line.utf8.filter { $0 != 13 })
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                var piece: [UInt8]
                // A line's leading "." (ends a message for sendmail without -i) and the
                // "F" of "From " (mangled by mbox) are encoded too.
                let guarded = index == 0 && (byte == 46 || (byte == 70 && bytes.starts(with: Array("From ".utf8))))
                if !guarded && ((byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last)) {
                    piece = [byte]
                } else {
                    piece = [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                }
                if width + piece.count > 75 {
                    out += [61, 13, 10]
                    width = 0
                }
                out += piece
                width += piece.count
            }
            lines.append(String(decoding: out, as: UTF8.self))
        }
        return lines.joined(separator: "\r\n")
    }
}

/// One e-mail (RFC 5322, MIME UTF-8 text, CRLF line ends) that `sendmail -t` can send.
public struct EmailMessage: Sendable {
    public var from: String
    public var to: String
    /// The recipient's name when `to` is a bare address.
    public var toName: String?
    /// RFC 5322 date-time, e.g. `Wed, 02 Dec 2026 08:00:00 +0000`.
    public var date: String
    public var subject: String
    public var body: String

    public init(from: String, to: String, toName: String? = nil, date: String, subject: String, body: String) {
        self.from = from
        self.to = to
        self.toName = toName
        self.date = date
        self.subject = subject
        self.body = body
    }

    /// The message, or why it cannot be written (an address that would inject headers).
    public func rendered() throws -> String {
        for (what, value) in [("From", from), ("To", to)] {
            if let problem = EmailAddress.problem(value) {
                throw TandemError.invalid("\(what) address refused: \(problem)")
            }
        }
        guard let sender = EmailAddress.split(from), let recipient = EmailAddress.split(to) else {
            throw TandemError.invalid("address refused: not an address such as ana@example.com")
        }
        let headers = [
            "From: " + EmailAddress.header(name: sender.name, address: sender.address),
            "To: " + EmailAddress.header(name: recipient.name ?? toName, address: recipient.address),
            "Date: " + date,
            MIMEHeader.unstructured("Subject", subject),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body) + "\r\n"
    }

    /// `Wed, 02 Dec 2026 08:30:00 +0100` for a day, a time of day in seconds and an offset from UTC in minutes.
    public static func dateHeader(_ day: LocalDate, secondsOfDay: Int = 0, offsetMinutes: Int = 0) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        let seconds = max(0, min(secondsOfDay, 86_399))
        return "\(weekdays[day.isoWeekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)) \(sign)\(two(offset / 60))\(two(offset % 60))"
    }
}
