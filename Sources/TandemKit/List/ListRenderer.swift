/// `tandem list --format table`: aligned columns, cut to the terminal's width.
/// Confidential texts go through `Redaction`.
public struct ListTableRenderer: ListRenderer {
    public static let identifier = "table"
    public var kind: ListKind
    public var today: LocalDate
    public var style: TerminalStyle
    /// The terminal width; nil when output is piped (nothing is cut).
    public var width: Int?
    var texts: ListTexts

    public init(_ kind: ListKind, today: LocalDate, redaction: Redaction, style: TerminalStyle, width: Int?) {
        self.kind = kind
        self.today = today
        self.style = style
        self.width = width
        texts = ListTexts(redaction: redaction)
    }

    /// Nothing at all when there are no rows, so scripts and cron stay quiet.
    public func render(_ result: ListResult) -> String {
        let table: TextTable
        switch kind {
        case .commitments:
            table = TextTable(headers: ["ID", "DUE", "STATUS", "OWNER", "FILE", "TEXT"], rows: result.commitments.map { item in
                let c = item.commitment
                return [
                    .init(c.id), .init(c.due?.description ?? "-", color: c.isOverdue(today: today) ? "31" : nil),
                    .init(c.status.rawValue), .init(c.owners.joined(separator: ",")),
                    .init("\(item.session.file):\(c.line)"), .init(texts.commitmentText(item)),
                ]
            }, flexible: 5)
        case .goals:
            table = TextTable(headers: ["DATE", "PAIR", "ACHIEVED", "FILE", "TEXT"], rows: result.goals.map { item in
                [
                    .init(item.session.date.description), .init(item.session.pair.description),
                    .init(item.goal.achieved.map { $0 ? "yes" : "no" } ?? "-"),
                    .init("\(item.session.file):\(item.goal.line)"), .init(texts.goalText(item.goal, item.session)),
                ]
            }, flexible: 4)
        case .sessions:
            table = TextTable(headers: ["DATE", "COACH", "COACHEE", "STATUS", "FILE", "FOCUS"], rows: result.sessions.map { s in
                [
                    .init(s.date.description), .init(s.coach), .init(s.coachee), .init(s.status.rawValue),
                    .init(s.file), .init(texts.focusText(s)),
                ]
            }, flexible: 5)
        case .pairs:
            table = TextTable(headers: ["PAIR", "CADENCE", "HELD", "FIRST", "LAST", "NEXT DUE", "COACHED"], rows: result.pairs.map { p in
                let due = p.nextDue(today: today)
                return [
                    .init(p.key.description), .init("\(p.cadenceDays)d"), .init(String(p.held.count)),
                    .init(p.first?.description ?? "-"), .init(p.last?.description ?? "-"),
                    .init(due?.description ?? "-", color: due.map { $0 < today } == true ? "31" : nil),
                    .init(texts.coached(p)),
                ]
            }, flexible: nil)
        }
        return table.rows.isEmpty ? "" : table.render(width: width, style: style)
    }
}

/// `tandem list --format csv` (RFC 4180).
public struct ListCSVRenderer: ListRenderer {
    public static let identifier = "csv"
    public var kind: ListKind
    public var today: LocalDate
    var texts: ListTexts

    public init(_ kind: ListKind, today: LocalDate, redaction: Redaction) {
        self.kind = kind
        self.today = today
        texts = ListTexts(redaction: redaction)
    }

    /// A header row, then one record per row, CRLF-terminated.
    public func render(_ result: ListResult) -> String {
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
                    texts.commitmentText(item),
                ])
            }
        case .goals:
            out += CSV.record(["session_date", "pair", "achieved", "file", "line", "text"])
            for item in result.goals {
                out += CSV.record([
                    item.session.date.description, item.session.pair.description,
                    item.goal.achieved.map { $0 ? "true" : "false" } ?? "", item.session.file, String(item.goal.line),
                    texts.goalText(item.goal, item.session),
                ])
            }
        case .sessions:
            out += CSV.record(["date", "coach", "coachee", "observers", "status", "duration", "confidential", "file", "focus"])
            for s in result.sessions {
                out += CSV.record([
                    s.date.description, s.coach, s.coachee, s.observers.joined(separator: " "), s.status.rawValue,
                    s.duration.map(String.init) ?? "", s.confidential ? "true" : "false", s.file, texts.focusText(s),
                ])
            }
        case .pairs:
            out += CSV.record(["pair", "cadence_days", "held", "first", "last", "next_due", "booked", "coached", "ended"])
            for p in result.pairs {
                out += CSV.record([
                    p.key.description, String(p.cadenceDays), String(p.held.count), p.first?.description ?? "",
                    p.last?.description ?? "", p.nextDue(today: today)?.description ?? "",
                    p.booked(today: today)?.description ?? "", texts.coached(p),
                    p.hasEnded(today: today) ? "true" : "false",
                ])
            }
        }
        return out
    }
}

/// `tandem list --format json`: `{tool, version, schema, today, <kind>: [...]}`
/// with the objects of `tandem index`.
public struct ListJSONRenderer: ListRenderer {
    public static let identifier = "json"
    public var kind: ListKind
    public var today: LocalDate
    public var redaction: Redaction

    public init(_ kind: ListKind, today: LocalDate, redaction: Redaction) {
        self.kind = kind
        self.today = today
        self.redaction = redaction
    }

    public func render(_ result: ListResult) -> String {
        JSONValueEncoder.value(ListDocument(kind, result, today: today, redaction: redaction)).serialized()
    }
}

/// The texts a listing shows, with confidential ones replaced by `Redaction`.
struct ListTexts: Sendable {
    var redaction: Redaction


    func commitmentText(_ item: LocatedCommitment) -> String {
        redaction.text(of: item.commitment, in: item.session) ?? Redaction.placeholder
    }

    func goalText(_ goal: Goal, _ session: Session) -> String {
        redaction.text(of: goal, in: session) ?? Redaction.placeholder
    }

    func focusText(_ session: Session) -> String {
        if redaction.isRedacted(session) { return session.focus == nil ? "" : Redaction.placeholder }
        return session.focus ?? ""
    }

    func coached(_ pair: PairHistory) -> String {
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
