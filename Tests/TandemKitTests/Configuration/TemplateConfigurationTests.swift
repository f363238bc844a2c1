import Foundation
import Testing
@testable import TandemKit

/// The `tandem.yml` that `tandem init` writes states the defaults: loading it gives
/// the configuration a journal without the file has, apart from the choices the
/// template makes on purpose (required sections and a few rule settings).
@Suite struct TemplateConfigurationTests {
    static let templatePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/tandem.yml").path

    @Test func theTemplateDecodesToTheDefaults() throws {
        let text = try String(contentsOfFile: Self.templatePath, encoding: .utf8)
            .replacingOccurrences(of: "{{{team}}}", with: "Sales")
        let loaded = try ConfigurationLoader.load(text: text, knownRules: Set(RuleRegistry.ids))
        let defaults = Configuration()
        #expect(loaded.team == "Sales")
        #expect(loaded.cadence == defaults.cadence)
        #expect(loaded.grace == defaults.grace)
        #expect(loaded.confidential == defaults.confidential)
        #expect(loaded.sessionsPath == defaults.sessionsPath)
        #expect(loaded.agreementsPath == defaults.agreementsPath)
        #expect(loaded.people.isEmpty && loaded.pairs.isEmpty)
        #expect(loaded.goalSections == defaults.goalSections)
        #expect(loaded.programme.surveysPath == defaults.programme.surveysPath)
        #expect(loaded.unknownKeys.isEmpty)
        // The template's own choices.
        #expect(loaded.requiredSections == ["Goals", "Commitments"])
        #expect(loaded.rules.keys.allSatisfy(RuleRegistry.ids.contains))
    }
}
