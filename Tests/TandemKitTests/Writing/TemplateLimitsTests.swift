import Testing
@testable import TandemKit

@Suite struct TemplateLimitsTests {
    static let twenty: [String: TemplateRenderer.Value] = [
        "open_commitments": .records((0..<20).map { ["id": "id\($0)", "text": "Item \($0)"] }),
    ]

    func refused(_ template: String) -> String? {
        do {
            _ = try TemplateRenderer.render(template, name: "templates/session.md", values: Self.twenty)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func depthIsBoundedBeforeParsing() {
        let deep = String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000)
        #expect(refused(deep)?.contains("templates/session.md: sections nested deeper than 32") == true)
        let unclosed = String(repeating: "{{^a}}", count: 5_000)
        #expect(refused(unclosed)?.contains("nested deeper") == true)
        let fine = String(repeating: "{{#a}}", count: 32) + "x" + String(repeating: "{{/a}}", count: 32)
        #expect(refused(fine) == nil)
    }

    @Test func nestedListSectionsAreRefusedBeforeRendering() {
        let eight = String(repeating: "{{#open_commitments}}", count: 8) + "x"
            + String(repeating: "{{/open_commitments}}", count: 8)
        #expect(refused(eight)?.contains("could produce more than 4 MiB") == true)
        let viaTransform = String(repeating: "{{#reversed(open_commitments)}}", count: 8) + "x"
            + String(repeating: "{{/reversed(open_commitments)}}", count: 8)
        #expect(refused(viaTransform) != nil)
        let hidden = "{{=<% %>=}}" + String(repeating: "<%#open_commitments%>", count: 8) + "x"
            + String(repeating: "<%/open_commitments%>", count: 8)
        #expect(refused(hidden) != nil)
        #expect(refused("{{#open_commitments}}* {{{text}}}\n{{/open_commitments}}") == nil)
    }

    @Test func hugeLiteralTextIsRefused() {
        #expect(refused(String(repeating: "x", count: TemplateLimits.maximumOutputBytes + 1)) != nil)
    }
}
