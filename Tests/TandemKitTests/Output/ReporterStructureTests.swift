import Foundation
import Testing
@testable import TandemKit

@Suite struct ReporterStructureTests {
    /// A journal with one overdue commitment (warning) and one session-duration finding (info).
    static func result() throws -> CheckResult {
        let example = RuleExample("## Commitments\n- [ ] Draft due:2026-11-10\n",
                                  files: [("sessions/2026/2026-11-04-ana-ben.md",
                                           "---\ndate: 2026-11-04\ncoach: ana\ncoachee: ben\nduration: 5\n---\nBody\n")])
        let (journal, _) = try example.journal()
        return Checker(journal: journal, today: example.today, only: ["commitment-overdue", "session-duration"]).check()
    }

    @Test func sarifListsEveryRuleAndPointsResultsAtThem() throws {
        let result = try Self.result()
        let text = SARIFReporter().render(result)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.ids)
        #expect(rules.first { $0["id"] as? String == "commitment-overdue" }?["name"] as? String == "CommitmentOverdue")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.findings.count)
        for entry in results {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == entry["ruleId"] as? String)
        }
        #expect(Set(results.compactMap { $0["level"] as? String }) == ["warning", "note"])
    }

    @Test func sarifIsByteStable() throws {
        let result = try Self.result()
        #expect(SARIFReporter().render(result) == SARIFReporter().render(result))
    }

    @Test func sarifURIsArePercentEncodedRelativeReferences() {
        #expect(SARIFReporter.uri("sessions/2026/a b#1.md") == "sessions/2026/a%20b%231.md")
        #expect(SARIFReporter.uri("sessions/é:x.md") == "sessions/%C3%A9%3Ax.md")
    }

    @Test func junitHasOneSuitePerFileAndOneFailurePerFinding() throws {
        let result = try Self.result()
        #expect(result.findings.count == 2)
        let xml = JUnitReporter().render(result)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tandem\" tests=\"2\" failures=\"2\""))
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 2)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 2)
        #expect(xml.contains("<failure type=\"commitment-overdue\""))
    }

    @Test func cleanJUnitRunHasOnePassingTestCase() throws {
        var result = try Self.result()
        result.findings = []
        let xml = JUnitReporter().render(result)
        #expect(xml.contains("tests=\"1\" failures=\"0\""))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 1)
        #expect(!xml.contains("<failure"))
    }

    @Test func githubReporterPrintsNothingWhenClean() throws {
        var result = try Self.result()
        #expect(GitHubActionsReporter().render(result).hasPrefix("::"))
        result.findings = []
        #expect(GitHubActionsReporter().render(result).isEmpty)
    }
}
