/// One week of a pair's cadence strip, in the spirit of org-mode's habit graph.
public enum WeekState: String, Sendable, CaseIterable {
    /// At least one held session that week.
    case met
    /// No session, but the pair was still within cadence + grace at the end of the week.
    case missed
    /// No session, and more than cadence + grace days since the last held one.
    case overdue
    /// Before the pair started (its first session or `since`) or after it ended (`until`).
    case none

    /// The cell's character: readable without colour.
    public var symbol: Character {
        switch self {
        case .met: "●"
        case .missed: "·"
        case .overdue: "!"
        case .none: " "
        }
    }
}

public struct StripWeek: Sendable, Equatable {
    /// The Monday the week starts on.
    public var start: LocalDate
    public var state: WeekState
}

public enum CadenceStrip {
    public static let weeks = 26

    /// The last `weeks` Monday-based weeks, ending with the week holding `today`.
    public static func build(_ pair: PairHistory, today: LocalDate, weeks: Int = CadenceStrip.weeks) -> [StripWeek] {
        let thisWeek = today.startOfWeek
        return (0..<weeks).map { index in
            let start = thisWeek.adding(days: -7 * (weeks - 1 - index))
            return StripWeek(start: start, state: state(of: pair, weekStart: start, today: today))
        }
    }

    /// The state of the week starting on `weekStart`; the current week ends today.
    static func state(of pair: PairHistory, weekStart: LocalDate, today: LocalDate) -> WeekState {
        let weekEnd = min(weekStart.adding(days: 6), today)
        if let until = pair.plan?.until, weekStart > until { return .none }
        let starts = [pair.first, pair.plan?.since].compactMap { $0 }
        guard let start = starts.min(), weekEnd >= start, weekStart <= today else { return .none }
        if pair.held.contains(where: { $0.date >= weekStart && $0.date <= weekEnd }) { return .met }
        let reference = pair.held.last(where: { $0.date <= weekEnd })?.date ?? pair.plan?.since ?? start
        return reference.days(until: weekEnd) > pair.cadenceDays + pair.graceDays ? .overdue : .missed
    }
}
