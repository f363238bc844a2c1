/// How reliably commitments are kept: of the commitments whose due date has
/// passed, how many were done on or before it.
public struct FollowThrough: Sendable, Equatable {
    /// Done, with a done date on or before the due date (or no done date at all).
    public var onTime = 0
    /// Done after the due date.
    public var late = 0
    /// Still open (or in progress) and past due.
    public var openOverdue = 0

    public init(onTime: Int = 0, late: Int = 0, openOverdue: Int = 0) {
        self.onTime = onTime
        self.late = late
        self.openOverdue = openOverdue
    }

    /// Commitments whose due date is before today, cancelled ones left out.
    public var due: Int { onTime + late + openOverdue }

    /// `onTime / due`, nil while nothing is due yet.
    public var rate: Double? { due == 0 ? nil : Double(onTime) / Double(due) }

    /// Counts the commitments whose due date has passed, as they stood on
    /// `today` (closed after it: still open). Commitments due today or later,
    /// without a due date, or cancelled are not counted.
    public init(commitments: some Sequence<Commitment>, today: LocalDate) {
        for commitment in commitments {
            guard let due = commitment.due, due < today else { continue }
            switch StatsReport.status(of: commitment, asOf: today) {
            case .done:
                if let done = commitment.done, done > due { late += 1 } else { onTime += 1 }
            case .open, .inProgress:
                openOverdue += 1
            case .cancelled:
                continue
            }
        }
    }

    public static func + (a: Self, b: Self) -> Self {
        FollowThrough(onTime: a.onTime + b.onTime, late: a.late + b.late, openOverdue: a.openOverdue + b.openOverdue)
    }

    /// `5/7 (71%)`, or `nothing due yet`.
    public var summary: String {
        guard let rate else { return "nothing due yet" }
        return "\(onTime)/\(due) (\(percent(rate))%)"
    }
}
