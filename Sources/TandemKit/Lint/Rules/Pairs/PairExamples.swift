/// Builds example journals for pair rules: one file per date, alternating roles unless told.
enum PairExamples {
    static func sessions(_ dates: [String], a: String = "ana", b: String = "ben", coach: String? = nil,
                         markLast: Bool = false, extra: String = "") -> [(String, String)] {
        dates.enumerated().map { index, date in
            let coachID = coach ?? (index % 2 == 0 ? a : b)
            let coacheeID = coachID == a ? b : a
            let marker = markLast && index == dates.count - 1 ? "↓" : ""
            return ("sessions/\(date.prefix(4))/\(date)-\(a)-\(b).md",
                    "\(marker)---\ndate: \(date)\ncoach: \(coachID)\ncoachee: \(coacheeID)\n\(extra)---\n")
        }
    }
}
