import Testing
@testable import TandemKit

@Suite struct DisplayTextTests {
    @Test func controlsLineBreaksAndBidiAreShownEscaped() {
        #expect(DisplayText.field("a\nb\r\tc") == "a\\nb\\r\\tc")
        #expect(DisplayText.field("\u{1B}[2J\u{07}") == "\\u{1B}[2J\\u{7}")
        #expect(DisplayText.field("x\u{9B}y\u{85}z\u{7F}") == "x\\u{9B}y\\u{85}z\\u{7F}")
        #expect(DisplayText.field("abc\u{202E}fed\u{2066}\u{200F}\u{2028}") == "abc\\u{202E}fed\\u{2066}\\u{200F}\\u{2028}")
        #expect(DisplayText.field("Ana Lima — 日本 🙂") == "Ana Lima — 日本 🙂")
    }

    @Test func blocksKeepTheirOwnLineBreaks() {
        #expect(DisplayText.block("one\n\ttwo \u{1B}[31m") == "one\n\ttwo \\u{1B}[31m")
    }

    @Test func gitHubCommandsEscapeWhatGitHubDoesNotDecode() {
        let line = GitHubCommand.annotation(.warning, file: "a\n::error::x\u{1B}.md", message: "m\u{202E}\r\n")
        #expect(line == "::warning file=a%0A%3A%3Aerror%3A%3Ax\\u{1B}.md::m\\u{202E}%0D%0A\n")
    }

    @Test func tableCellsAndMarkdownNeverSplitALine() {
        let table = TextTable(headers: ["FILE"], rows: [[.init("x\n::error::y")]], flexible: nil)
            .render(width: nil, style: TerminalStyle(enabled: false))
        #expect(table == "FILE\nx\\n::error::y\n")
        #expect(MarkdownText.escape("a\u{202E}b") == "a\\\\u{202E}b")
        #expect(MarkdownText.code("a\u{9B}b") == "`a\\u{9B}b`")
    }

    @Test func csvCellsCannotStartAFormula() {
        #expect(CSV.field("=1+1") == "'=1+1")
        #expect(CSV.field("+1") == "'+1")
        #expect(CSV.field("-2") == "'-2")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.field("plain, text") == "\"plain, text\"")
        #expect(CSV.field("a-b") == "a-b")
    }
}
