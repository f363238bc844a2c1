struct AgreementMissingRule: PairRule {
    static let description = RuleDescription(
        id: "agreement-missing", defaultSeverity: .info,
        summary: "A pair with sessions has no coaching agreement in `agreements/`.",
        rationale: "Partners agree on confidentiality, scope, cadence and how feedback is given. An agreement file names both partners in `partners: [a, b]`, or is called `a-b.md` with the ids sorted.",
        nonTriggering: [
            RuleExample("## Check-in\n", files: [("agreements/ana-ben.md", "# Our agreement\n")]),
            RuleExample("## Check-in\n", files: [("agreements/2026-sales.md", "---\npartners: [ben, ana]\n---\n")]),
            RuleExample("## Check-in\n", files: [("agreements/triad.md", "---\npartners:\n  - cy\n  - ana\n  - ben\n---\n")]),
        ],
        triggering: [
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"),
            RuleExample("↓---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n",
                        files: [("agreements/ana-cy.md", "---\npartners: [ana, cy]\n---\n")]),
        ])

    /// The agreements are indexed once per journal, not scanned for every pair.
    func check(_ context: LintContext) -> [Finding] {
        let index = AgreementIndex(context.journal.agreements)
        return context.pairs.flatMap { check($0, context: context, agreements: index) }
    }

    func check(_ pair: PairHistory, context: LintContext) -> [Finding] {
        check(pair, context: context, agreements: AgreementIndex(context.journal.agreements))
    }

    private func check(_ pair: PairHistory, context: LintContext, agreements: AgreementIndex) -> [Finding] {
        guard !pair.all.isEmpty, !agreements.names(pair.key) else { return [] }
        return [finding(pair.anchor,
                        "no coaching agreement for \(pair.key) in \(context.configuration.agreementsPath)/", pair: pair.key)]
    }
}

/// Which pairs the agreements name, answering `Agreement.names` for any pair in
/// constant time: every pair of partners an agreement lists, and every file name.
struct AgreementIndex {
    /// Agreements listing more partners than this are asked one by one (a pair set would grow quadratically).
    private static let largestIndexedGroup = 12
    private var pairs = Set<PairKey>()
    private var fileNames = Set<String>()
    private var large: [Agreement] = []

    init(_ agreements: [Agreement]) {
        for agreement in agreements {
            fileNames.insert(agreement.path.split(separator: "/").last.map(String.init) ?? agreement.path)
            guard agreement.partners.count <= Self.largestIndexedGroup else {
                large.append(agreement)
                continue
            }
            let partners = agreement.partners.sorted()
            for (offset, a) in partners.enumerated() {
                for b in partners[(offset + 1)...] { pairs.insert(PairKey(a, b)) }
            }
        }
    }

    func names(_ pair: PairKey) -> Bool {
        pairs.contains(pair) || fileNames.contains(pair.slug + ".md") || large.contains { $0.names(pair) }
    }
}
