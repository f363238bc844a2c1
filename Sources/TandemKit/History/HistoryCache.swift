import Foundation

/// The folded history kept between runs under the repository's git directory
/// (`.git/tandem/history-cache`), never in the journal and never committed. It is keyed
/// by the last commit read and by everything that changes how a version is read; any
/// mismatch or damage means it is ignored and rebuilt.
enum HistoryCache {
    static let magic = "tandem history cache 1"

    static func path(gitDirectory: String) -> String { gitDirectory + "/tandem/history-cache" }

    // MARK: Writing

    static func encode(_ ledger: HistoryLedger, key: String) -> String {
        var out = magic + "\nkey\t" + Escaping.cacheField(key) + "\nhead\t" + (ledger.head ?? "") + "\n"
        for path in ledger.files.keys.sorted() {
            let file = ledger.files[path]!
            out += "F\t" + Escaping.cacheField(path) + "\t" + (file.everConfidential ? "1" : "0") + "\n"
            for (key, events) in file.commitments.sorted(by: { ($0.key.text, $0.key.occurrence) < ($1.key.text, $1.key.occurrence) }) {
                out += "C\t" + Escaping.cacheField(key.text) + "\t" + String(key.occurrence) + "\t" + day(events.created) + "\t"
                    + day(events.closed) + "\t" + day(events.dueWhenClosed) + "\t"
                    + events.dueChanges.map { day($0.date) + "," + day($0.from) + "," + day($0.to) }.joined(separator: ";")
                    + "\n"
            }
        }
        return out
    }

    /// Writes beside the target and renames over it; a repository that cannot be
    /// written to simply keeps no cache.
    static func write(_ ledger: HistoryLedger, key: String, gitDirectory: String) {
        let target = path(gitDirectory: gitDirectory)
        let folder = (target as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.history-cache-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(encode(ledger, key: key).utf8)) else { return }
        if rename(temporary, target) != 0 { unlink(temporary) }
    }

    // MARK: Reading

    static func read(key: String, gitDirectory: String) -> HistoryLedger? {
        guard case .success(let bytes) = FileReader.read(path(gitDirectory: gitDirectory)) else { return nil }
        return decode(bytes, key: key)
    }

    static func decode(_ text: String, key: String) -> HistoryLedger? { decode(Array(text.utf8), key: key) }

    /// Reads the cache's lines as bytes: a large cache is read in a fraction of the time
    /// a `String` split would take.
    static func decode(_ bytes: [UInt8], key: String) -> HistoryLedger? {
        bytes.withUnsafeBufferPointer { buffer -> HistoryLedger? in
            var lines = buffer.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
            func string(_ slice: Slice<UnsafeBufferPointer<UInt8>>?) -> String? { slice.map { String(decoding: $0, as: UTF8.self) } }
            guard string(lines.popFirst()) == magic, string(lines.popFirst()) == "key\t" + Escaping.cacheField(key),
                  let headLine = string(lines.popFirst()), headLine.hasPrefix("head\t") else { return nil }
            var ledger = HistoryLedger()
            let head = String(headLine.dropFirst(5))
            ledger.head = head.isEmpty ? nil : head
            var path: String?
            var file = FileEvents()
            for line in lines where !line.isEmpty {
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                let kind = fields.first?.count == 1 ? fields.first?.first : nil
                if kind == UInt8(ascii: "F"), fields.count == 3 {
                    if let path { ledger.files[path] = file }
                    path = Escaping.cacheFieldUnescaped(fields[1])
                    file = FileEvents(everConfidential: fields[2].first == UInt8(ascii: "1"))
                } else if kind == UInt8(ascii: "C"), fields.count == 7, path != nil,
                          let occurrence = number(fields[2]), let events = events(fields[3...6]) {
                    file.commitments[CommitmentKey(text: Escaping.cacheFieldUnescaped(fields[1]), occurrence: occurrence)] = events
                } else {
                    return nil
                }
            }
            if let path { ledger.files[path] = file }
            return ledger
        }
    }

    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func events(_ fields: ArraySlice<Bytes>) -> CommitmentEvents? {
        let values = Array(fields)
        guard let created = parseDay(values[0]), let closed = parseDay(values[1]),
              let dueWhenClosed = parseDay(values[2]) else { return nil }
        var changes: [DueChange] = []
        for entry in values[3].split(separator: UInt8(ascii: ";")) {
            let parts = entry.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            guard parts.count == 3, let date = parseDay(parts[0]) ?? nil, let from = parseDay(parts[1]),
                  let to = parseDay(parts[2]) else { return nil }
            changes.append(DueChange(date: date, from: from, to: to))
        }
        return CommitmentEvents(created: created, closed: closed, dueWhenClosed: dueWhenClosed, dueChanges: changes)
    }

    /// A decimal integer, optionally negative; nil for anything else.
    private static func number(_ bytes: Bytes) -> Int? {
        var value = 0, negative = false, digits = 0
        for (index, byte) in bytes.enumerated() {
            if index == 0, byte == UInt8(ascii: "-") { negative = true; continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 12 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 0 ? nil : (negative ? -value : value)
    }

    private static func day(_ date: LocalDate?) -> String { date.map { String($0.dayNumber) } ?? "-" }

    /// `-` is "no date" (`.some(nil)`); anything else unreadable is nil.
    private static func parseDay(_ bytes: Bytes) -> LocalDate?? {
        if bytes.count == 1, bytes.first == UInt8(ascii: "-") { return .some(nil) }
        return number(bytes).map { .some(LocalDate(dayNumber: $0)) }
    }
}
