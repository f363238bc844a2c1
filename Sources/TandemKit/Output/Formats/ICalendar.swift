/// iCalendar (RFC 5545) writing: components and properties, TEXT escaping,
/// CRLF line endings and 75-octet line folding.
public enum ICalendar {
    /// The longest content line, in octets, before the CRLF (RFC 5545 §3.1).
    public static let maxLineOctets = 75

    /// A component such as `VCALENDAR` or `VTODO`, written `BEGIN:…` … `END:…`.
    public struct Component: Sendable {
        public var name: String
        /// Name (with any parameters, `DUE;VALUE=DATE`) and the value as it is written.
        public var properties: [(name: String, value: String)] = []
        public var components: [Component] = []

        public init(_ name: String) { self.name = name }

        /// A property whose value is written as given (dates, fixed words).
        public mutating func add(_ name: String, _ value: String) {
            properties.append((name, value))
        }

        /// A TEXT property: the value is escaped.
        public mutating func addText(_ name: String, _ text: String) {
            properties.append((name, Escaping.iCalendarText(text)))
        }

        /// The component's content lines, folded, each ending in CRLF.
        public func serialized() -> String {
            var out = ICalendar.fold("BEGIN:" + name) + "\r\n"
            for property in properties {
                out += ICalendar.fold(property.name + ":" + property.value) + "\r\n"
            }
            for component in components { out += component.serialized() }
            out += ICalendar.fold("END:" + name) + "\r\n"
            return out
        }
    }

    /// Folds one content line (without its CRLF) so that no physical line is longer
    /// than 75 octets: a CRLF and one space go before the character that would pass
    /// the limit, never inside a UTF-8 sequence. The continuation's space counts.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maxLineOctets else { return line }
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maxLineOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out
    }

    /// Unfolds a whole document: removes every CRLF followed by a space or tab, then
    /// splits it into content lines.
    public static func unfold(_ document: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(document.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                if index + 2 < scalars.count, scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                    index += 3
                    continue
                }
                lines.append(String(current))
                current = String.UnicodeScalarView()
                index += 2
                continue
            }
            current.append(scalar)
            index += 1
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
