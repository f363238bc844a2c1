import Testing
@testable import TandemKit

/// Every rule's documented examples are its tests: triggering examples give
/// findings exactly on the `↓` lines, non-triggering ones give none.
@Suite struct RuleExampleTests {
    static let ruleIDs = RuleRegistry.ids

    static let specRuleIDs: Set<String> = [
        "front-matter-missing", "front-matter-invalid", "field-missing", "field-invalid", "encoding-invalid",
        "file-unreadable", "person-unknown", "same-person", "due-invalid", "commitment-due-before-session",
        "commitment-overdue", "commitment-no-due", "commitment-stale", "status-unknown", "session-in-future",
        "filename-date-mismatch", "duplicate-session", "section-missing", "cadence-overdue", "cadence-slipping",
        "role-imbalance", "session-duration", "rotation-due", "agreement-missing", "config-unknown-key",
        "config-path-missing", "commitment-state-conflict", "depends-unknown", "task-id-duplicate",
        "commitment-not-reviewed", "commitment-carried", "commitment-redated", "newcomer-unpaired", "survey-invalid",
    ]

    /// Rules the SPEC lists as off by default (`tandem init` turns them on).
    static let offByDefault: Set<String> = ["commitment-not-reviewed", "commitment-carried"]

    @Test func registryMatchesTheSpecTable() {
        #expect(Set(Self.ruleIDs) == Self.specRuleIDs)
        for id in Self.ruleIDs {
            #expect(RuleRegistry.rule(id: id)?.description.enabledByDefault == !Self.offByDefault.contains(id), "\(id)")
        }
        #expect(Self.ruleIDs.count == Set(Self.ruleIDs).count, "rule ids are unique")
        #expect(Self.ruleIDs == Self.ruleIDs.sorted(), "the registry is alphabetical")
    }

    static let specSeverities: [String: Severity] = [
        "front-matter-missing": .error, "front-matter-invalid": .error, "field-missing": .error,
        "field-invalid": .error, "encoding-invalid": .error, "file-unreadable": .error, "person-unknown": .error,
        "same-person": .error, "due-invalid": .error, "commitment-due-before-session": .error,
        "commitment-overdue": .warning, "commitment-no-due": .warning, "commitment-stale": .warning,
        "status-unknown": .warning, "session-in-future": .warning, "filename-date-mismatch": .warning,
        "duplicate-session": .warning, "section-missing": .warning, "cadence-overdue": .warning,
        "cadence-slipping": .warning, "role-imbalance": .warning, "session-duration": .info,
        "rotation-due": .info, "agreement-missing": .info, "config-unknown-key": .warning,
        "config-path-missing": .warning, "commitment-state-conflict": .warning, "depends-unknown": .warning,
        "task-id-duplicate": .warning, "commitment-not-reviewed": .warning, "commitment-carried": .warning,
        "commitment-redated": .warning, "newcomer-unpaired": .warning, "survey-invalid": .error,
    ]

    @Test(arguments: ruleIDs)
    func defaultSeverityMatchesTheSpec(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        #expect(rule.description.defaultSeverity == Self.specSeverities[ruleID])
        #expect(!rule.description.summary.isEmpty)
    }

    @Test(arguments: ruleIDs)
    func examples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        let description = rule.description
        #expect(!description.nonTriggering.isEmpty, "\(ruleID) documents a non-triggering example")
        if ruleID != "file-unreadable" {
            #expect(!description.triggering.isEmpty, "\(ruleID) documents a triggering example")
        }
        for example in description.nonTriggering {
            let found = try findings(of: ruleID, in: example)
            #expect(found.isEmpty, "\(example.sourceFile):\(example.sourceLine): expected no \(ruleID) finding, got \(found)")
        }
        for example in description.triggering {
            let (journal, expected) = try example.journal()
            let found = Checker(journal: journal, today: example.today, only: [ruleID],
                                history: try example.commitmentHistory()).check().findings
            let lines = Set(found.map { SourceLineKey(file: $0.location.file, line: $0.location.line) })
            #expect(!expected.isEmpty, "\(example.sourceFile):\(example.sourceLine): the example marks a line with ↓")
            #expect(lines == expected, "\(example.sourceFile):\(example.sourceLine): expected \(ruleID) at \(expected.sorted { $0.description < $1.description }), got \(found.map { "\($0.location)" })")
            #expect(found.allSatisfy { $0.rule == ruleID && $0.severity == description.defaultSeverity })
        }
    }

    private func findings(of ruleID: String, in example: RuleExample) throws -> [String] {
        let (journal, _) = try example.journal()
        return Checker(journal: journal, today: example.today, only: [ruleID],
                       history: try example.commitmentHistory()).check().findings.map {
            "\($0.location): \($0.message)"
        }
    }
}
