/// Appends a new commitment line to a session file's Commitments section, bytes in,
/// bytes out: `## Commitments` is created at the end of the file when there is none,
/// the file's line endings are kept, and every other byte stays as it was.
public enum CommitmentAppender {
    public struct Result: Sendable, Equatable {
        public var bytes: [UInt8]
        /// The 1-based line of the new item.
        public var line: Int
    }

    /// The item `- [ ] TEXT` with owners and a due date, in `dialect`.
    public static func item(text: String, owners: [String], due: LocalDate?, dialect: TaskLine.Dialect) throws -> String {
        let text = text.trimmingWhitespace()
        guard !text.isEmpty else { throw CommitmentEditError(description: "the commitment's text is empty") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
            throw CommitmentEditError(description: "the commitment's text must be one line without control characters")
        }
        var line = "- [ ] " + text
        for owner in owners {
            guard PersonID.isValid(owner) else { throw CommitmentEditError(description: "'\(owner)' is not a person id") }
            line += dialect == .dataview ? " [owner:: \(owner)]" : " @\(owner)"
        }
        if let due { line += " " + TaskLine.render(.due, "\(due)", in: dialect)! }
        guard TaskLine(String(line.dropFirst(6))).text.isEmpty == false else {
            throw CommitmentEditError(description: "the commitment's text holds nothing but fields")
        }
        return line
    }

    /// Inserts `item` after the last non-blank line of the first Commitments section.
    public static func append(_ item: String, to bytes: [UInt8], sectionNames: [String] = ["Commitments"]) -> Result {
        let lines = Lines(bytes)
        let newline: [UInt8] = lines.usesCRLF ? [UInt8(ascii: "\r"), UInt8(ascii: "\n")] : [UInt8(ascii: "\n")]
        let wanted = Set(sectionNames.map(BodyExtractor.normalizedHeading))
        if let section = lines.section(named: wanted) {
            var insertAfter = section.heading
            for index in (section.heading + 1)..<section.end where !lines.isBlank(index) { insertAfter = index }
            let offset = lines.end(of: insertAfter)
            var prefix = Array(bytes[..<offset])
            var inserted = newline + Array(item.utf8)
            if !lines.hasLineEnding(insertAfter) { prefix += newline; inserted = Array(item.utf8) + newline }
            return Result(bytes: prefix + inserted + bytes[offset...], line: insertAfter + 2)
        }
        var out = bytes
        if !out.isEmpty, out.last != UInt8(ascii: "\n") { out += newline }
        let lineCount = Lines(out).count
        let blank = out.isEmpty ? [] : newline
        out += blank + Array("## Commitments".utf8) + newline + Array(item.utf8) + newline
        return Result(bytes: out, line: lineCount + (blank.isEmpty ? 0 : 1) + 2)
    }

    /// A file's lines as byte ranges (LF ends a line; a CR before it is part of the ending).
    struct Lines {
        let bytes: [UInt8]
        var starts: [Int] = [0]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") && index + 1 < bytes.count {
                starts.append(index + 1)
            }
            if bytes.isEmpty { starts = [] }
        }

        var count: Int { starts.count }
        var usesCRLF: Bool {
            guard let lf = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return false }
            return lf > 0 && bytes[lf - 1] == UInt8(ascii: "\r")
        }

        func text(_ index: Int) -> String {
            var end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            while end > starts[index], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
                end -= 1
            }
            return String(decoding: bytes[starts[index]..<end], as: UTF8.self)
        }

        /// Where line `index` ends, before its line ending.
        func end(of index: Int) -> Int {
            var end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            while end > starts[index], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
                end -= 1
            }
            return end
        }

        func hasLineEnding(_ index: Int) -> Bool { end(of: index) < bytes.count }
        func isBlank(_ index: Int) -> Bool { text(index).trimmingWhitespace().isEmpty }

        /// An ATX heading's level and name, outside front matter and fenced code.
        func heading(_ index: Int) -> (level: Int, name: String)? {
            let line = text(index)
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count < 4, trimmed.hasPrefix("#") else { return nil }
            let level = trimmed.prefix { $0 == "#" }.count
            let rest = trimmed.dropFirst(level)
            guard level <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var name = String(rest).trimmingWhitespace()
            while name.hasSuffix("#") { name.removeLast() }
            return (level, BodyExtractor.normalizedHeading(name))
        }

        /// The first section whose heading matches: its heading line and the line where it ends.
        func section(named names: Set<String>) -> (heading: Int, end: Int)? {
            var index = bodyStart()
            var fence: String?
            var found: (heading: Int, level: Int)?
            while index < count {
                let trimmed = text(index).drop { $0 == " " }
                if let open = fence {
                    if trimmed.hasPrefix(open) { fence = nil }
                } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    fence = String(trimmed.prefix(3))
                } else if let (level, name) = heading(index) {
                    if let current = found, level <= current.level { return (current.heading, index) }
                    if found == nil, names.contains(name) { found = (index, level) }
                }
                index += 1
            }
            return found.map { ($0.heading, count) }
        }

        /// The first line after the front matter.
        func bodyStart() -> Int {
            guard count > 0, text(0).trimmingWhitespace() == "---" || text(0) == "\u{FEFF}---" else { return 0 }
            for index in 1..<count where text(index) == "---" || text(index) == "..." { return index + 1 }
            return count
        }
    }
}
