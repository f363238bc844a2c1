/// A pair over time: its held sessions, gaps, roles and when it is next due.
public struct PairHistory: Sendable {
    public var key: PairKey
    public var plan: PairPlan?
    public var cadenceDays: Int
    public var graceDays: Int
    /// Held sessions, oldest first (date, then path).
    public var held: [Session]
    /// Every session of the pair whatever its status, oldest first.
    public var all: [Session]

    public var first: LocalDate? { held.first?.date }
    public var last: LocalDate? { held.last?.date }

    /// Days between consecutive held sessions.
    public var gaps: [Int] {
        guard held.count > 1 else { return [] }
        return (1..<held.count).map { held[$0 - 1].date.days(until: held[$0].date) }
    }

    /// How many held sessions each partner coached (both partners always listed).
    /// A `swap: true` session counts half for each partner.
    public var coached: [String: Double] {
        var counts: [String: Double] = [key.first: 0, key.second: 0]
        for session in held where counts[session.coach] != nil {
            if session.swap {
                for id in key.partners { counts[id, default: 0] += 0.5 }
            } else {
                counts[session.coach, default: 0] += 1
            }
        }
        return counts
    }

    /// `until` has passed: the pair has ended (a planned rotation).
    public func hasEnded(today: LocalDate) -> Bool {
        guard let until = plan?.until else { return false }
        return until < today
    }

    /// Last held session + cadence; for a pair that never met, `since` + cadence; nil once ended.
    public func nextDue(today: LocalDate) -> LocalDate? {
        if hasEnded(today: today) { return nil }
        if let last { return last.adding(days: cadenceDays) }
        return plan?.since?.adding(days: cadenceDays)
    }

    /// The pair's booking: the earliest `planned` session dated today or later.
    public func booked(today: LocalDate) -> LocalDate? {
        all.filter { $0.status == .planned && $0.date >= today }.map(\.date).min()
    }

    /// A booking no later than today + cadence: the pair is not overdue while
    /// it has one (no `cadence-overdue`, not counted by `remind --strict`).
    public func isCoveredByBooking(today: LocalDate) -> Bool {
        guard let booked = booked(today: today) else { return false }
        return booked <= today.adding(days: cadenceDays)
    }

    /// Where pair-level findings point: the latest held session file, else the
    /// latest file of any status, else the pair's entry in `tandem.yml`.
    public var anchor: SourceLocation {
        func latest(_ sessions: [Session]) -> Session? {
            sessions.max { ($0.date, $0.file) < ($1.date, $1.file) }
        }
        if let session = latest(held) ?? latest(all) { return SourceLocation(file: session.file) }
        return SourceLocation(file: JournalLocator.configFileName, line: plan?.line ?? 1)
    }
}
