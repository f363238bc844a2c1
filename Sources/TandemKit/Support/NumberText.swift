/// Numbers as tandem prints them: no locale, no needless decimals.
extension Double {
    /// A count of sessions that may hold halves: `3`, `2.5`.
    public var sessionCount: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

/// Days with at most one decimal: `14`, `10.5`.
func formatDays(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format1: value)
}

extension String {
    /// One decimal, without Foundation's locale-dependent formatting.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// A share as a whole percentage, rounded half up.
func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }

/// Rounded to `places` decimals, for JSON numbers that read well.
func rounded(_ value: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded() / scale
}
