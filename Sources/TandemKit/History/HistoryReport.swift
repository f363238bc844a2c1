import Foundation

/// Which commitments `tandem history` shows.
public struct HistoryFilter: Sendable {
    /// An id, a unique prefix of one, or `FILE:LINE` (as `done` takes).
    public var id: String?
    public var pair: PairKey?
    /// Owner, as for `list --person`.
    public var person: String?

    public init(id: String? = nil, pair: PairKey? = nil, person: String? = nil) {
        self.id = id
        self.pair = pair
        self.person = person
    }
}

/// One commitment of the work tree and what history says about it.
public struct HistoryEntry: Sendable {
    public var commitment: Commitment
    public var session: Session
    /// Nil when no commit holds it yet.
    public var events: CommitmentEvents?
    /// Confidential now or at any commit, and no `--reveal`.
    public var redacted: Bool

    public var text: String? { redacted ? nil : commitment.text }
}

/// `tandem history`: the commitments `index` reports, sorted by file and line, with their history.
public struct HistoryReport: Sendable {
    public var today: LocalDate
    public var entries: [HistoryEntry]

    /// Joins the work tree with the history; an id that matches nothing is an exit-2 error.
    public static func build(journal: Journal, history: CommitmentHistory, today: LocalDate, filter: HistoryFilter,
                             redaction: Redaction, workingDirectory: String) throws -> HistoryReport {
        var only: (file: String, line: Int)?
        if let id = filter.id {
            let located = try CommitmentResolver.resolve(id, in: journal, workingDirectory: workingDirectory)
            only = (located.session.file, located.commitment.line)
        }
        var entries: [HistoryEntry] = []
        for session in journal.sessions.sorted(by: { $0.file < $1.file }) {
            if let pair = filter.pair, session.pair != pair { continue }
            if let only, only.file != session.file { continue }
            let redacted = history.isRedacted(session, redaction: redaction)
            for (commitment, events) in history.events(of: session) {
                if let only, only.line != commitment.line { continue }
                if let person = filter.person, !commitment.owners.contains(person) { continue }
                entries.append(HistoryEntry(commitment: commitment, session: session, events: events, redacted: redacted))
            }
        }
        entries.sort { ($0.session.file, $0.commitment.line) < ($1.session.file, $1.commitment.line) }
        return HistoryReport(today: today, entries: entries)
    }

    // MARK: JSON

    public func json() -> String {
        JSONValue.object(IndexDocument.header(today: today) + [
            ("commitments", .lazyArray(entries, HistoryReport.json)),
        ]).serialized()
    }

    static func json(_ entry: HistoryEntry) -> JSONValue {
        let c = entry.commitment, events = entry.events
        return .object([
            ("id", .string(c.id)),
            ("file", .string(entry.session.file)),
            ("line", .int(c.line)),
            ("text", .string(entry.text)),
            ("redacted", .bool(entry.redacted)),
            ("status", .string(c.status.rawValue)),
            ("due", .date(c.due)),
            ("created", .date(events?.created)),
            ("closed", .date(events?.closed)),
            ("due_changes", .array((events?.dueChanges ?? []).map { change in
                .object([("date", .date(change.date)), ("from", .date(change.from)), ("to", .date(change.to))])
            })),
            ("redated", .int(events?.redated ?? 0)),
            ("closed_late_days", .int(events?.closedLateDays)),
        ])
    }

    // MARK: Text

    /// A block per commitment: its id, place and text, then one line per event.
    /// Nothing at all when no commitment matches.
    public func text(style: TerminalStyle) -> String {
        var out = ""
        for entry in entries {
            let c = entry.commitment
            out += style.bold(c.id) + "  " + Printable.text("\(entry.session.file):\(c.line)") + "  "
                + c.status.rawValue + "  " + Printable.text(entry.text ?? Redaction.placeholder) + "\n"
            out += HistoryReport.eventLines(entry, style: style)
        }
        return out
    }

    static func eventLines(_ entry: HistoryEntry, style: TerminalStyle) -> String {
        guard let events = entry.events else { return "    " + style.dim("not in any commit yet") + "\n" }
        var out = ""
        func line(_ label: String, _ date: LocalDate?, _ detail: String) {
            out += "    " + label.padding(toLength: 10, withPad: " ", startingAt: 0) + (date?.description ?? "—")
                + (detail.isEmpty ? "" : "  " + detail) + "\n"
        }
        line("created", events.created, "")
        for change in events.dueChanges {
            line("re-dated", change.date, "\(change.from?.description ?? "no due date") → \(change.to?.description ?? "no due date")")
        }
        if let closed = events.closed {
            let late = events.closedLateDays.map { $0 == 0 ? "on time" : $0 == 1 ? "1 day late" : "\($0) days late" } ?? ""
            line(entry.commitment.status == .cancelled ? "cancelled" : "closed", closed, late)
        }
        return out
    }
}

/// Journal text made safe for a terminal or log: control characters become U+FFFD.
enum Printable {
    static func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
