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

    static func template() throws -> String {
        try String(contentsOfFile: templatePath, encoding: .utf8).replacingOccurrences(of: "{{{team}}}", with: "Sales")
    }

    static func load(_ text: String) throws -> Configuration {
        try ConfigurationLoader.load(text: text, knownRules: Set(RuleRegistry.ids))
    }

    @Test func theTemplateDecodesToTheDefaults() throws {
        let loaded = try Self.load(try Self.template())
        let defaults = Configuration()
        #expect(loaded.team == "Sales")
        #expect(loaded.timezone == defaults.timezone)
        #expect(loaded.cadence == defaults.cadence)
        #expect(loaded.grace == defaults.grace)
        #expect(loaded.confidential == defaults.confidential)
        #expect(loaded.sessionsPath == defaults.sessionsPath)
        #expect(loaded.agreementsPath == defaults.agreementsPath)
        #expect(loaded.configuredPaths.map(\.folder) == [defaults.sessionsPath, defaults.agreementsPath])
        #expect(loaded.people == defaults.people && loaded.pairs == defaults.pairs)
        #expect(loaded.goalSections == defaults.goalSections)
        #expect(loaded.programme.surveysPath == defaults.programme.surveysPath)
        #expect(loaded.programme.rotateAvoid == defaults.programme.rotateAvoid)
        #expect(loaded.programme.minRespondents == defaults.programme.minRespondents)
        #expect(loaded.programme.emailFrom == defaults.programme.emailFrom)
        #expect(loaded.unknownKeys.isEmpty)
        // The template's own choices.
        #expect(loaded.requiredSections == ["Goals", "Commitments"])
        #expect(loaded.rules.keys.sorted() == [CommitmentCarriedRule.description.id, CommitmentNotReviewedRule.description.id])
        #expect(loaded.rules[CommitmentNotReviewedRule.description.id] == RuleSetting(severity: .warning))
        let carriedAfter = try #require(CommitmentCarriedRule.description.settings.first { $0.key == "after" })
        #expect(loaded.rules[CommitmentCarriedRule.description.id]
            == RuleSetting(severity: .warning, settings: ["after": carriedAfter.defaultValue]))
    }

    /// The commented-out examples say "with its default": uncommented, every value
    /// they give is the default the rule (or the programme) declares.
    @Test func theCommentedSettingsAreTheDeclaredDefaults() throws {
        let lines = try Self.template().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "rules:"))
        let ruleLines = lines[start...].filter { $0.hasPrefix("#   ") && $0.contains(": {") }.map { "  " + $0.dropFirst(4) }
        #expect(ruleLines.count >= 4)
        let loaded = try Self.load("rules:\n" + ruleLines.joined(separator: "\n") + "\n")
        #expect(loaded.rules.count == ruleLines.count)
        for (id, setting) in loaded.rules {
            let specs = try #require(RuleRegistry.rule(id: id)).description.settings
            for (key, value) in setting.settings {
                #expect(specs.first { $0.key == key }?.defaultValue == value, "\(id).\(key)")
            }
        }
        let programme = lines.filter { $0.hasPrefix("# rotate: ") || $0.hasPrefix("# surveys: ") }.map { $0.dropFirst(2) }
        #expect(programme.count == 2)
        let settings = try Self.load(programme.joined(separator: "\n") + "\n").programme
        #expect(settings.rotateAvoid == ProgrammeSettings().rotateAvoid)
        #expect(settings.minRespondents == ProgrammeSettings().minRespondents)
    }
}
