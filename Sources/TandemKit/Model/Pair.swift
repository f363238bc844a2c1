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
    /// Programme facts (§9): when the person joined and left, their manager, their level.
    public var joined: LocalDate?
    public var left: LocalDate?
    public var manager: String?
    public var level: String?
    /// The line of the person's entry in `tandem.yml`, where findings about them point.
    public var line: Int = 1
    /// The lines of the `manager` and `left` values, for configuration errors.
    public var managerLine: Int = 1
    public var leftLine: Int = 1

    public init(id: String, name: String? = nil, email: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
    }

    /// In the programme on `date`: not yet left (a `left` date after `date` still counts as in).
    public func isIn(on date: LocalDate) -> Bool { left.map { $0 > date } ?? true }
}
