/// A pair declared in `tandem.yml`, with its own rhythm and planned span.
public struct PairPlan: Sendable, Hashable {
    public var key: PairKey
    public var cadence: DayCount?
    public var grace: DayCount?
    public var since: LocalDate?
    public var until: LocalDate?
    /// The third person of a triad, from a proposal of `tandem rotate`.
    public var observer: String?
    /// The line of the entry in `tandem.yml`, where its pair-level findings point.
    public var line: Int
}

/// A rule's entry under `rules:`: a severity, `off`, or settings.
public struct RuleSetting: Sendable, Hashable {
    public var enabled: Bool = true
    public var severity: Severity?
    public var settings: [String: Double] = [:]
}

/// The journal's configuration. Defaults live in the property initialisers
/// below and nowhere else; a key missing from `tandem.yml` keeps its default.
public struct Configuration: Sendable {
    public var team: String?
    public var timezone: String?
    public var cadence = DayCount(days: 14)
    public var grace = DayCount(days: 7)
    public var confidential = false
    public var sessionsPath = "sessions"
    public var agreementsPath = "agreements"
    /// Empty when `people` is absent or empty: then ids are not checked.
    public var people: [String: Person] = [:]
    /// The first entry for a pair wins; `plan(for:)` looks pairs up in an index kept with the list.
    public var pairs: [PairPlan] = [] {
        didSet { planIndex = Self.index(pairs) }
    }
    /// Pair → position of its first entry in `pairs`: a look-up per session and per
    /// pair must not scan hundreds of configured pairs.
    private var planIndex: [PairKey: Int] = [:]
    public var goalSections = ["Goals", "Goal setting", "Objectives"]
    public var requiredSections: [String] = []
    public var rules: [String: RuleSetting] = [:]
    /// `paths.*` folders set in `tandem.yml` (key, folder, line, column), for `config-path-missing`.
    public var configuredPaths: [(key: String, folder: String, line: Int, column: Int)] = []
    /// Programme settings (§9): `rotate: { avoid: 365d }`, `paths.surveys`,
    /// `surveys: { min-respondents: 3 }`, `email: { from: ADDRESS }`.
    public var programme = ProgrammeSettings()
    /// `config-unknown-key` findings found while loading (line, column, dotted key).
    public var unknownKeys: [(line: Int, column: Int, key: String)] = []

    public init() {}

    public func plan(for pair: PairKey) -> PairPlan? { planIndex[pair].map { pairs[$0] } }
    public func cadence(for pair: PairKey) -> DayCount { plan(for: pair)?.cadence ?? cadence }
    public func grace(for pair: PairKey) -> DayCount { plan(for: pair)?.grace ?? grace }

    private static func index(_ pairs: [PairPlan]) -> [PairKey: Int] {
        var index: [PairKey: Int] = [:]
        index.reserveCapacity(pairs.count)
        for (position, plan) in pairs.enumerated() where index[plan.key] == nil { index[plan.key] = position }
        return index
    }
}
