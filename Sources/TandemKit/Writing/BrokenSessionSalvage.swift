import Foundation

/// When the pair's latest session file has front matter tandem cannot read,
/// `tandem new` must not quietly take the roles and the review list from an
/// older session. This reads what it can of that file: `coach`, `coachee` and
/// `status` lines of the front matter (the date from the file name), and the
/// commitments of its body, with the same ids the file will have once fixed.
public struct BrokenSessionSalvage: Sendable {
    /// The broken file, relative to the root.
    public var file: String
    /// Where the front matter fails and why (from the reader).
    public var line: Int
    public var problem: String
    /// The session as far as it can be read; nil when not even the roles can be.
    public var session: Session?

    /// `sessions/…md:3: front matter cannot be read (…); …` for standard error.
    public var warning: String {
        var text = "\(file):\(line): front matter cannot be read (\(problem)); "
        if let session {
            text += "roles and the review list use what could be read of it: coach \(session.coach), coachee \(session.coachee)"
            text += session.status == .held ? "" : ", status \(session.status.rawValue)"
        } else {
            text += "its coach and coachee cannot be read either, so roles and the review list leave it out: fix it and run tandem new again"
        }
        return text
    }

    /// The broken file of `pair` dated up to `date` that is later (by date, then
    /// path) than every readable session of the pair, if any.
    public static func find(pair: PairKey, date: LocalDate, journal: Journal) -> BrokenSessionSalvage? {
        let readable = journal.sessions.filter { $0.pair == pair && $0.date <= date }
            .map { NewSession.order(file: $0.file, date: $0.date) }.max { $0 < $1 }
        let broken = journal.files.compactMap { file -> (order: (Int, String, Int), file: SessionFile, date: LocalDate)? in
            guard file.session == nil, let day = fileDate(file.path, pair: pair), day <= date else { return nil }
            return (NewSession.order(file: file.path, date: day), file, day)
        }.max { $0.order < $1.order }
        guard let broken, readable.map({ broken.order > $0 }) ?? true else { return nil }
        let issue = broken.file.issues.first { $0.isFrontMatterProblem } ?? broken.file.issues.first
        var salvage = BrokenSessionSalvage(file: broken.file.path, line: issue?.line ?? 1,
                                           problem: issue.flatMap(ReadProblemRules.message) ?? "not a session",
                                           session: nil)
        if case .success(let bytes) = FileReader.read(journal.root + "/" + broken.file.path) {
            salvage.session = read(bytes, path: broken.file.path, date: broken.date, pair: pair,
                                   configuration: journal.configuration)
        }
        return salvage
    }

    /// `2026-11-17` from `sessions/2026/2026-11-17-ana-ben.md` or `…-ana-ben-2.md`.
    static func fileDate(_ path: String, pair: PairKey) -> LocalDate? {
        guard path.hasSuffix(".md") else { return nil }
        let name = String(path.split(separator: "/").last ?? "").dropLast(3)
        guard name.count > 11, let day = LocalDate(iso8601: name.prefix(10)) else { return nil }
        let rest = name.dropFirst(11)
        if rest == pair.slug { return day }
        guard rest.hasPrefix(pair.slug + "-") else { return nil }
        let number = rest.dropFirst(pair.slug.count + 1)
        return !number.isEmpty && number.allSatisfy({ $0.isASCII && $0.isNumber }) ? day : nil
    }

    /// The front matter's `coach`, `coachee` and `status` lines read one by one;
    /// the body read with a front matter of just those keys in its place, so that
    /// line numbers and ids stay those of the file.
    static func read(_ bytes: [UInt8], path: String, date: LocalDate, pair: PairKey,
                     configuration: Configuration) -> Session? {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard lines.first == "---" else { return nil }
        let close = lines.indices.dropFirst().first { lines[$0] == "---" || lines[$0] == "..." }
        let header = lines[1..<(close ?? lines.count)]
        func value(_ key: String) -> String? {
            for line in header where line.hasPrefix(key + ":") {
                var value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
                if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
                value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                return value.isEmpty ? nil : value
            }
            return nil
        }
        guard let coach = value("coach"), let coachee = value("coachee"),
              PairKey(coach, coachee) == pair, coach != coachee else { return nil }
        let status = value("status").flatMap { SessionStatus(rawValue: $0.lowercased()) } ?? .held
        var rebuilt = ["---", "date: \(date)", "coach: \(YAMLText.scalar(coach))", "coachee: \(YAMLText.scalar(coachee))",
                       "status: \(status.rawValue)"]
        if let close {
            // Keep the body on its own lines: pad (or, for a very short front
            // matter, let it shift) so its first line stays where it was.
            while rebuilt.count < close { rebuilt.append("") }
            rebuilt.append("---")
            rebuilt += lines[(close + 1)...]
        } else {
            rebuilt.append("---")
        }
        return SessionReader(configuration: configuration)
            .read(path: path, bytes: Array(rebuilt.joined(separator: "\n").utf8)).session
    }
}
