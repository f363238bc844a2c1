/// How often a pair's next session picks up what the last one promised (§6.3):
/// over every held session S with a next held session S′, the commitments written
/// in S and open at S's date are counted, and those that S′ mentions or that are
/// closed by S′'s date are reviewed. Pooled, so the team's figure is the sum.
public struct ReviewRate: Sendable, Equatable {
    public var reviewed = 0
    public var counted = 0

    public init() {}

    /// A fraction 0–1, nil when nothing is counted.
    public var value: Double? { counted == 0 ? nil : Double(reviewed) / Double(counted) }

    /// `8 of 10 reviewed (80%)` or `—`.
    public var summary: String {
        guard let value else { return "—" }
        return "\(reviewed) of \(counted) reviewed (\(Int((value * 100).rounded()))%)"
    }

    /// `held` in date order.
    public init(held: [Session]) {
        guard held.count > 1 else { return }
        for k in 0..<(held.count - 1) {
            let session = held[k], next = held[k + 1]
            for c in session.commitments {
                if !c.isOpen, let closed = c.closedOn, closed <= session.date { continue }  // closed before it was written down
                counted += 1
                let closedByNext = !c.isOpen && (c.closedOn.map { $0 <= next.date } ?? true)
                if closedByNext || c.reviewedIn.contains(next.file) { reviewed += 1 }
            }
        }
    }

    static func + (a: Self, b: Self) -> Self {
        var sum = a
        sum.reviewed += b.reviewed
        sum.counted += b.counted
        return sum
    }
}
