/// Turns a `ListResult` into a table, CSV or JSON. Pure: no printing, no
/// clock, no environment. Confidential texts go through `Redaction`.
public struct ListRenderer: Sendable {
    public var today: LocalDate
    public var redaction: Redaction
    public var style: TerminalStyle
    /// The terminal width; nil when output is piped (nothing is cut).
    public var width: Int?

    public init(today: LocalDate, redaction: Redaction, style: TerminalStyle, width: Int?) {
        self.today = today
        self.redaction = redaction
        self.style = style
        self.width = width
    }

    // MARK: Table

    /// Nothing at all when there are no rows, so scripts and cron stay quiet.
    public func table(_ kind: ListKind, _ result: ListResult) -> String {
        let table: TextTable
        switch kind {
        case .commitments:
            table = TextTable(headers: ["ID", "DUE", "STATUS", "OWNER", "FILE", "TEXT"], rows: result.commitments.map { item in
                let c = item.commitment
                return [
                    .init(c.id), .init(c.due?.description ?? "-", color: c.isOverdue(today: today) ? "31" : nil),
                    .init(c.status.rawValue), .init(c.owners.joined(separator: ",")),
                    .init("\(item.session.file):\(c.line)"), .init(commitmentText(item)),
                ]
            }, flexible: 5)
        case .goals:
            table = TextTable(headers: ["DATE", "PAIR", "ACHIEVED", "FILE", "TEXT"], rows: result.goals.map { item in
                [
                    .init(item.session.date.description), .init(item.session.pair.description),
                    .init(item.goal.achieved.map { $0 ? "yes" : "no" } ?? "-"),
                    .init("\(item.session.file):\(item.goal.line)"), .init(goalText(item.goal, item.session)),
                ]
            }, flexible: 4)
        case .sessions:
            table = TextTable(headers: ["DATE", "COACH", "COACHEE", "STATUS", "FILE", "FOCUS"], rows: result.sessions.map { s in
                [
                    .init(s.date.description), .init(s.coach), .init(s.coachee), .init(s.status.rawValue),
                    .init(s.file), .init(focusText(s)),
                ]
            }, flexible: 5)
        case .pairs:
            table = TextTable(headers: ["PAIR", "CADENCE", "HELD", "FIRST", "LAST", "NEXT DUE", "COACHED"], rows: result.pairs.map { p in
                let due = p.nextDue(today: today)
                return [
                    .init(p.key.description), .init("\(p.cadenceDays)d"), .init(String(p.held.count)),
                    .init(p.first?.description ?? "-"), .init(p.last?.description ?? "-"),
                    .init(due?.description ?? "-", color: due.map { $0 < today } == true ? "31" : nil),
                    .init(coached(p)),
                ]
            }, flexible: nil)
        }
        return table.rows.isEmpty ? "" : table.render(width: width, style: style)
    }

    // MARK: CSV

    /// A header row, then one record per row, CRLF-terminated.
    public func csv(_ kind: ListKind, _ result: ListResult) -> String {
        var out = ""
        switch kind {
        case .commitments:
            out += CSV.record(["id", "status", "due", "done", "cancelled", "overdue", "owners", "pair",
                               "session_date", "file", "line", "text"])
            for item in result.commitments {
                let c = item.commitment, s = item.session
                out += CSV.record([
                    c.id, c.status.rawValue, c.due?.description ?? "", c.done?.description ?? "",
                    c.cancelled?.description ?? "", c.isOverdue(today: today) ? "true" : "false",
                    c.owners.joined(separator: " "), s.pair.description, s.date.description, s.file, String(c.line),
                    commitmentText(item),
                ])
            }
        case .goals:
            out += CSV.record(["session_date", "pair", "achieved", "file", "line", "text"])
            for item in result.goals {
                out += CSV.record([
                    item.session.date.description, item.session.pair.description,
                    item.goal.achieved.map { $0 ? "true" : "false" } ?? "", item.session.file, String(item.goal.line),
                    goalText(item.goal, item.session),
                ])
            }
        case .sessions:
            out += CSV.record(["date", "coach", "coachee", "observers", "status", "duration", "confidential", "file", "focus"])
            for s in result.sessions {
                out += CSV.record([
                    s.date.description, s.coach, s.coachee, s.observers.joined(separator: " "), s.status.rawValue,
                    s.duration.map(String.init) ?? "", s.confidential ? "true" : "false", s.file, focusText(s),
                ])
            }
        case .pairs:
            out += CSV.record(["pair", "cadence_days", "held", "first", "last", "next_due", "booked", "coached", "ended"])
            for p in result.pairs {
                out += CSV.record([
                    p.key.description, String(p.cadenceDays), String(p.held.count), p.first?.description ?? "",
                    p.last?.description ?? "", p.nextDue(today: today)?.description ?? "",
                    p.booked(today: today)?.description ?? "", coached(p),
                    p.hasEnded(today: today) ? "true" : "false",
                ])
            }
        }
        return out
    }

    // MARK: JSON

    /// `{tool, version, schema, today, <kind>: [...]}` with the objects of `tandem index`.
    public func json(_ kind: ListKind, _ result: ListResult) -> String {
        JSONValueEncoder.value(ListDocument(kind, result, today: today, redaction: redaction)).serialized()
    }

    // MARK: Texts

    private func commitmentText(_ item: LocatedCommitment) -> String {
        redaction.text(of: item.commitment, in: item.session) ?? Redaction.placeholder
    }

    private func goalText(_ goal: Goal, _ session: Session) -> String {
        redaction.text(of: goal, in: session) ?? Redaction.placeholder
    }

    private func focusText(_ session: Session) -> String {
        if redaction.isRedacted(session) { return session.focus == nil ? "" : Redaction.placeholder }
        return session.focus ?? ""
    }

    private func coached(_ pair: PairHistory) -> String {
        let counts = pair.coached
        return pair.key.partners.map { "\($0) \((counts[$0] ?? 0).sessionCount)" }.joined(separator: ", ")
    }
}

/// The list document: the header, then one array named for the kind listed
/// (`commitments`, `goals`, `sessions` or `pairs`).
public struct ListDocument: Encodable, Sendable {
    public var header: DocumentHeader
    public var kind: ListKind
    /// The objects of `tandem index`, built by `IndexDocument`: one definition for
    /// both, and `index` (a hot path) keeps writing them without a model in between.
    public var items: [JSONValue]

    public init(_ kind: ListKind, _ result: ListResult, today: LocalDate, redaction: Redaction) {
        header = DocumentHeader(today: today)
        self.kind = kind
        switch kind {
        case .commitments:
            items = result.commitments.map {
                IndexDocument.commitment($0.commitment, in: $0.session, today: today, redaction: redaction, withSession: true)
            }
        case .goals:
            items = result.goals.map { IndexDocument.goal($0.goal, in: $0.session, redaction: redaction, withSession: true) }
        case .sessions:
            items = result.sessions.map { IndexDocument.session($0, today: today, redaction: redaction) }
        case .pairs:
            items = result.pairs.map { IndexDocument.pair($0, today: today) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(items, forKey: JSONKey(kind.rawValue))
    }
}
