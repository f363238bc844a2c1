/// Every lint rule, alphabetically by id. A test checks this list against the SPEC's table.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        AgreementMissingRule.self,
        CadenceOverdueRule.self,
        CadenceSlippingRule.self,
        CommitmentCarriedRule.self,
        CommitmentDueBeforeSessionRule.self,
        CommitmentNoDueRule.self,
        CommitmentNotReviewedRule.self,
        CommitmentOverdueRule.self,
        CommitmentRedatedRule.self,
        CommitmentStaleRule.self,
        CommitmentStateConflictRule.self,
        ConfigPathMissingRule.self,
        ConfigUnknownKeyRule.self,
        DependsUnknownRule.self,
        DueInvalidRule.self,
        DuplicateSessionRule.self,
        EncodingInvalidRule.self,
        FieldInvalidRule.self,
        FieldMissingRule.self,
        FileUnreadableRule.self,
        FilenameDateMismatchRule.self,
        FrontMatterInvalidRule.self,
        FrontMatterMissingRule.self,
        NewcomerUnpairedRule.self,
        PersonUnknownRule.self,
        RoleImbalanceRule.self,
        RotationDueRule.self,
        SamePersonRule.self,
        SectionMissingRule.self,
        SessionDurationRule.self,
        SessionInFutureRule.self,
        StatusUnknownRule.self,
        SurveyInvalidRule.self,
        TaskIDDuplicateRule.self,
    ]

    public static var ids: [String] { all.map { $0.description.id } }

    /// Whether the rule reads git's history (`check --history`).
    public static func needsHistory(_ id: String) -> Bool { rule(id: id).map { $0 is any HistoryRule.Type } ?? false }

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    /// The rules that word their messages when shown, by id.
    private static let deferring: [String: any DeferredMessageRule.Type] = Dictionary(
        all.compactMap { type in (type as? any DeferredMessageRule.Type).map { (type.description.id, $0) } },
        uniquingKeysWith: { first, _ in first })

    /// The words of a deferred message, by the finding's rule.
    static func deferredMessage(of finding: Finding, _ facts: FindingMessage.Facts) -> String {
        deferring[finding.rule]?.message(of: finding, facts) ?? ""
    }
}
