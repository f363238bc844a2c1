import Testing
@testable import TandemKit

@Suite struct MarkdownTextTests {
    @Test func inlineMarkupIsEscaped() {
        #expect(MarkdownText.escape("*bold* _it_ `code` [link](u) <b> | ~x~")
            == #"\*bold\* \_it\_ \`code\` \[link\](u) \<b\> \| \~x\~"#)
    }

    @Test func entitiesStayText() {
        #expect(MarkdownText.escape("&copy; & &#169;") == ##"\&copy; & \&\#169;"##)
    }

    @Test func theMarkdownReminderDoesNotHTMLEscapePlainText() {
        #expect(MarkdownText.escape("Prepare the Q&A for Tuesday") == "Prepare the Q&A for Tuesday")
        #expect(MarkdownText.escape("R&D &amp") == "R&D &amp")
    }

    @Test func blockStartsAreNeutralised() {
        #expect(MarkdownText.escape("- item") == #"\- item"#)
        #expect(MarkdownText.escape("12. point") == #"12\. point"#)
        #expect(MarkdownText.escape("# title") == ##"\# title"##)
        #expect(MarkdownText.escape("2026 plan") == "2026 plan")
    }

    @Test func lineBreaksBecomeSpaces() {
        #expect(MarkdownText.escape("a\r\nb") == "a b")
    }

    @Test func codeSpansOutgrowBackticksInside() {
        #expect(MarkdownText.code("a.md:3") == "`a.md:3`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`x") == "`` `x ``")
    }
}
