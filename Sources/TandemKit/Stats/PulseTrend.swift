/// How one pulse rating (psychological safety, trust …) moved over a pair's held
/// sessions: the mean of the first three ratings against the mean of the last three;
/// with fewer than six ratings (where those windows would overlap and hide a
/// change), the first half against the second half, the middle rating of an odd
/// count in neither.
public struct PulseTrend: Sendable, Equatable {
    public var name: String
    public var firstMean: Double
    public var lastMean: Double
    /// How many held sessions carry this rating.
    public var count: Int

    public static let window = 3

    /// One trend per pulse name, sorted by name, from sessions oldest first.
    public static func trends(of sessions: [Session]) -> [PulseTrend] {
        ratingsByName(sessions).map { name, ratings in
            let size = ratings.count >= 2 * window ? window : max(1, ratings.count / 2)
            return PulseTrend(name: name, firstMean: average(ratings.prefix(size)), lastMean: average(ratings.suffix(size)),
                              count: ratings.count)
        }
    }

    /// `safety 3.3 → 4.3`
    public var summary: String { "\(name) \(String(format1: firstMean)) → \(String(format1: lastMean))" }
}

/// The mean of every rating per pulse name, for the team.
public struct PulseMean: Sendable, Equatable {
    public var name: String
    public var mean: Double
    public var count: Int

    public static func means(of sessions: [Session]) -> [PulseMean] {
        ratingsByName(sessions).map { name, ratings in
            PulseMean(name: name, mean: average(ratings), count: ratings.count)
        }
    }
}

/// Every rating of each pulse name, in session order, sorted by name.
func ratingsByName(_ sessions: [Session]) -> [(name: String, ratings: [Int])] {
    var values: [String: [Int]] = [:]
    for session in sessions {
        for rating in session.pulse { values[rating.name, default: []].append(rating.value) }
    }
    return values.keys.sorted().map { ($0, values[$0] ?? []) }
}

func average(_ values: some Collection<Int>) -> Double {
    values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
}
