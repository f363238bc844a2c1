import Testing
@testable import TandemKit

@Suite struct TemplateValuesTests {
    @Test(arguments: ["plain text", "Price: objections", "# heading", "yes", "123", "- dash", "quote \"x\"", "tab\there", " lead", "ünïcode ok", "a #b", "ends:"])
    func yamlScalarsReadBackAsTheSameText(text: String) throws {
        let yaml = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nfocus: \(YAMLText.scalar(text))\n---\n"
        let session = try #require(SessionReader(configuration: Configuration()).read(path: "s.md", bytes: Array(yaml.utf8)).session)
        #expect(session.focus == text)
    }

    @Test func plainTextStaysUnquoted() {
        #expect(YAMLText.scalar("Handling objections") == "Handling objections")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
    }

    @Test func onlyTheGivenValuesRenderAndPartialsAreIgnored() throws {
        let out = try TemplateRenderer.render("{{{date}}}|{{{unknown}}}|{{> partial}}|{{#list}}{{{id}}},{{/list}}", name: "t",
                                              values: ["date": .text("2026-11-03"), "list": .records([["id": "a"], ["id": "b"]])])
        #expect(out == "2026-11-03|||a,b,")
    }

    @Test func aBrokenTemplateIsAnError() {
        #expect(throws: TandemError.self) { try TemplateRenderer.render("{{#open}}", name: "t", values: [:]) }
    }

    @Test func reviewEntriesCannotBecomeTaskItemsOrHeadings() {
        #expect(NewSession.plainReference("[ ] sneaky") == "\\[ ] sneaky")
        #expect(NewSession.plainReference("# Goals") == "\\# Goals")
        #expect(NewSession.plainReference("1. first") == "1\\. first")
        #expect(NewSession.plainReference("Call Sam") == "Call Sam")
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(CSV.record(["a", "b,c", "say \"hi\"", "two\nlines", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    @Test func tablesCutOnlyTheFlexibleColumn() {
        let table = TextTable(headers: ["ID", "TEXT"], rows: [[.init("k3f9a2c"), .init("a rather long commitment text here")]], flexible: 1)
        let narrow = table.render(width: 24, style: TerminalStyle(enabled: false))
        #expect(narrow == "ID       TEXT\nk3f9a2c  a rather long…\n")
        let wide = table.render(width: nil, style: TerminalStyle(enabled: false))
        #expect(wide.hasSuffix("k3f9a2c  a rather long commitment text here\n"))
    }
}
