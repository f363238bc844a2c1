public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, warning, error

    // A String raw type blocks synthesized Comparable, so the order is spelled out.
    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
