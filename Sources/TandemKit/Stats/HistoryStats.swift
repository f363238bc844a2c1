/// `stats --history`: a pair's figures that only git's history can give.
public struct PairHistoryStats: Sendable, Equatable {
    /// The median `closed_late_days` of its closed commitments that had a due date; nil if none.
    public var medianDaysLate: Double?
    /// The fraction (0–1) of its commitments re-dated at least once; nil without commitments.
    public var redatedShare: Double?
}

/// One week of the open-versus-closed chart: commitments open at the week's end, and
/// those closed during it.
public struct OpenClosedWeek: Sendable, Equatable {
    public var start: LocalDate
    public var open: Int
    public var closed: Int
}

/// What `stats --history` adds to the report.
public struct HistoryStats: Sendable {
    public static let weekCount = 26

    public var pairs: [PairKey: PairHistoryStats]
    /// The last 26 weeks, oldest first, this week last (as the cadence strip).
    public var weeks: [OpenClosedWeek]

    static func build(pairs: [PairStats], history: CommitmentHistory, today: LocalDate) -> HistoryStats {
        var perPair: [PairKey: PairHistoryStats] = [:]
        var all: [CommitmentEvents] = []
        for pair in pairs {
            let events = pair.history.all.flatMap { history.events(of: $0) }
            let late = events.compactMap { $0.events?.closedLateDays }
            let redated = events.filter { ($0.events?.redated ?? 0) > 0 }.count
            perPair[pair.key] = PairHistoryStats(
                medianDaysLate: median(late),
                redatedShare: events.isEmpty ? nil : Double(redated) / Double(events.count))
            all += events.compactMap(\.events)
        }
        let thisWeek = today.startOfWeek
        let count = weekCount
        let weeks = (0..<count).map { offset -> OpenClosedWeek in
            let start = thisWeek.adding(days: -7 * (count - 1 - offset))
            let end = start.adding(days: 6)
            let open = all.filter { e in
                guard let created = e.created, created <= end else { return false }
                return e.closed.map { $0 > end } ?? true
            }.count
            let closed = all.filter { e in e.closed.map { $0 >= start && $0 <= end } ?? false }.count
            return OpenClosedWeek(start: start, open: open, closed: closed)
        }
        return HistoryStats(pairs: perPair, weeks: weeks)
    }
}
