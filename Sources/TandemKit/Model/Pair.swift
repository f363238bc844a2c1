/// The unordered pair {a, b}, kept with its ids sorted.
public struct PairKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        if a <= b { first = a; second = b } else { first = b; second = a }
    }

    public var partners: [String] { [first, second] }
    /// `ana & ben`
    public var description: String { "\(first) & \(second)" }
    /// `ana-ben`, as in file names.
    public var slug: String { "\(first)-\(second)" }

    public static func < (a: Self, b: Self) -> Bool { (a.first, a.second) < (b.first, b.second) }
}

/// A person named in `tandem.yml`.
public struct Person: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var email: String?
}
