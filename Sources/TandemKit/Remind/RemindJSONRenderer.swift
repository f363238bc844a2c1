/// `tandem remind --format json` (schema 1). Always a complete document, even on
/// a day with nothing due, because tools parse it. The schema is in docs/REMIND.md.
public struct RemindJSONRenderer: RemindRenderer {
    public static let identifier = "json"
    public var redaction: Redaction

    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: RemindReport) -> String {
        JSONValueEncoder.value(RemindDocument(report, redaction: redaction)).serialized()
    }
}

/// The remind document, key by key in the order it is written.
public struct RemindDocument: Encodable, Sendable {
    public var header: DocumentHeader
    public var withinDays: Int
    @Nullable public var person: String?
    public var overdue: [Commitment]
    public var dueSoon: [Commitment]
    public var waiting: [Commitment]
    public var pairs: [Pair]

    enum CodingKeys: String, CodingKey {
        case withinDays = "within_days", person, overdue, dueSoon = "due_soon", waiting, pairs
    }

    public init(_ report: RemindReport, redaction: Redaction) {
        header = DocumentHeader(today: report.today)
        withinDays = report.withinDays
        person = report.person
        func commitments(_ reminders: [CommitmentReminder], late: Bool) -> [Commitment] {
            reminders.map { Commitment($0, report: report, redaction: redaction, late: late) }
        }
        overdue = commitments(report.overdue, late: true)
        dueSoon = commitments(report.dueSoon, late: false)
        waiting = commitments(report.waiting, late: true)
        pairs = report.pairsDue.map { Pair($0, report: report) }
    }

    public func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(withinDays, forKey: .withinDays)
        try container.encode(_person, forKey: .person)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(dueSoon, forKey: .dueSoon)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(pairs, forKey: .pairs)
    }

    /// A commitment as `tandem index` writes it (with its session), then how late it
    /// is: `days_overdue` for overdue and waiting ones, `days_until_due` for those due soon.
    public struct Commitment: Encodable, Sendable {
        /// The object of `tandem index`, built by `IndexDocument` (one definition for both).
        public var indexed: JSONValue
        public var daysOverdue: Int?
        public var daysUntilDue: Int?

        enum CodingKeys: String, CodingKey { case daysOverdue = "days_overdue", daysUntilDue = "days_until_due" }

        init(_ reminder: CommitmentReminder, report: RemindReport, redaction: Redaction, late: Bool) {
            indexed = IndexDocument.commitment(reminder.commitment, in: reminder.session, today: report.today,
                                               redaction: redaction, withSession: true)
            let days = report.daysOverdue(reminder.due)
            (daysOverdue, daysUntilDue) = late ? (days, nil) : (nil, -days)
        }

        public func encode(to encoder: any Encoder) throws {
            try indexed.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(daysOverdue, forKey: .daysOverdue)
            try container.encodeIfPresent(daysUntilDue, forKey: .daysUntilDue)
        }
    }

    public struct Pair: Encodable, Sendable {
        public var partners: [String]
        public var cadenceDays: Int
        @Nullable public var last: LocalDate?
        public var nextDue: LocalDate
        @Nullable public var booked: LocalDate?
        public var overdue: Bool
        public var daysOverdue: Int
        public var daysUntilDue: Int
        public var file: String
        public var line: Int

        enum CodingKeys: String, CodingKey {
            case partners, cadenceDays = "cadence_days", last, nextDue = "next_due", booked, overdue,
                 daysOverdue = "days_overdue", daysUntilDue = "days_until_due", file, line
        }

        init(_ pair: PairReminder, report: RemindReport) {
            let late = report.daysOverdue(pair.nextDue)
            let anchor = pair.history.anchor
            partners = pair.key.partners
            (cadenceDays, last, nextDue, booked) = (pair.history.cadenceDays, pair.history.last, pair.nextDue, pair.booked)
            (overdue, daysOverdue, daysUntilDue) = (report.isOverdue(pair), max(0, late), max(0, -late))
            (file, line) = (anchor.file, anchor.line)
        }
    }
}
