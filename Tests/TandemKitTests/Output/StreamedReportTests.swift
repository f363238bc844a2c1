import Foundation
import Testing
@testable import TandemKit

/// `check`'s formats are written a run at a time, the runs worded on all cores. A
/// report longer than many runs must arrive whole, in order, and in pieces.
@Suite struct StreamedReportTests {
    /// 3,001 findings over 1,001 files (three a file, one file with one), more than
    /// ten runs of `TextStream`; each finding names its number.
    static let result: CheckResult = {
        var findings: [Finding] = []
        for number in 0..<3001 {
            let file = "sessions/2026/2026-01-01-s\(String(number / 3).leftPadded(to: 4)).md"
            findings.append(Finding(rule: number % 2 == 0 ? "commitment-overdue" : "made-up-rule",
                                    severity: number % 5 == 0 ? .error : .warning,
                                    location: SourceLocation(file: file, line: number % 3 + 1, column: 3),
                                    message: "finding \(number)"))
        }
        return CheckResult(today: LocalDate(year: 2026, month: 11, day: 25)!, findings: findings,
                           summary: JournalSummary(files: 1001, sessions: 1001, pairs: 1, commitments: CommitmentCounts()))
    }()

    static func pieces<R: Reporter>(_ reporter: R) -> [String] {
        var pieces: [String] = []
        reporter.write(result) { pieces.append($0) }
        return pieces
    }

    @Test func textArrivesInPiecesOfWholeLinesInFindingOrder() {
        let pieces = Self.pieces(TextReporter())
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.hasSuffix("\n") })
        let lines = pieces.joined().split(separator: "\n").map(String.init)
        #expect(lines.count == 3002)
        for (number, line) in lines.dropLast().enumerated() {
            let finding = Self.result.findings[number]
            #expect(line == "\(finding.location): \(finding.severity.rawValue): finding \(number) [\(finding.rule)]")
        }
        #expect(lines.last == "601 errors, 2400 warnings, 0 info in 1001 files")
        #expect(pieces.joined() == TextReporter().render(Self.result))
    }

    @Test func githubAnnotationsArriveInFindingOrder() {
        let pieces = Self.pieces(GitHubActionsReporter())
        #expect(pieces.count > 10)
        let lines = pieces.joined().split(separator: "\n")
        #expect(lines.count == 3001)
        for (number, line) in lines.enumerated() {
            #expect(line.hasSuffix("::finding \(number)"))
            #expect(line.hasPrefix(number % 5 == 0 ? "::error " : "::warning "))
        }
        #expect(pieces.joined() == GitHubActionsReporter().render(Self.result))
    }

    @Test func junitHasOneSuitePerFileWithItsFindingsCounted() {
        let pieces = Self.pieces(JUnitReporter())
        #expect(pieces.count > 2)
        let xml = pieces.joined()
        #expect(xml == JUnitReporter().render(Self.result))
        // Suites and failures in order; the document's structure is checked by a real XML
        // parser in Tests/validators/validate_formats.py.
        let suites = xml.components(separatedBy: "  <testsuite ").dropFirst()
        #expect(suites.count == 1001)
        #expect(suites.dropLast().allSatisfy { $0.contains("tests=\"3\" failures=\"3\"") })
        #expect(suites.last?.contains("tests=\"1\" failures=\"1\"") == true)
        let messages = xml.components(separatedBy: "<failure ").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(messages.count == 3001)
        for (number, message) in messages.enumerated() { #expect(message.hasSuffix(": finding \(number)\"")) }
    }

    @Test func sarifResultsArriveInFindingOrderWithTheirRuleIndex() throws {
        let pieces = Self.pieces(SARIFReporter())
        #expect(pieces.count > 2)
        let text = pieces.joined()
        #expect(text == SARIFReporter().render(Self.result))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3001)
        let overdueIndex = RuleRegistry.ids.firstIndex(of: "commitment-overdue")
        for (number, result) in results.enumerated() {
            #expect((result["message"] as? [String: Any])?["text"] as? String == "finding \(number)")
            // A rule the registry does not know has no index.
            #expect(result["ruleIndex"] as? Int == (number % 2 == 0 ? overdueIndex : nil))
        }
    }
}
