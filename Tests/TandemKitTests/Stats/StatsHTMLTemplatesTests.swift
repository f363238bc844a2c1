import Testing
@testable import TandemKit

@Suite struct StatsHTMLTemplatesTests {
    /// `{{x}}` escapes with `Escaping.html`, in partials too (Mustache's own HTML
    /// escaping would keep control characters and miss quotes followed by a combining mark).
    @Test func templatesEscapeAsTheRestOfTandemDoes() {
        let name = StatsHTMLView.PairName(key: "ana-ben", hasNames: true, name1: "A\u{1B}[31m \"\u{301}x", name2: "<b>'")
        let html = StatsHTMLTemplates.render("pairName", name)
        #expect(html == "<bdi>ana-ben</bdi> <span class=\"names\">(<bdi>\(Escaping.html(name.name1))</bdi> &amp; "
            + "<bdi>&lt;b&gt;&#39;</bdi>)</span>")
        #expect(html.contains("A\u{FFFD}[31m &quot;\u{301}x"))
        let status = StatsHTMLTemplates.render("status", StatsHTMLView.Status(hasPairs: true, pairs: [
            .init(name: name, flagged: false, headline: "on track", rules: ""),
        ]))
        #expect(status.contains("<td><bdi>ana-ben</bdi> <span class=\"names\">(<bdi>A\u{FFFD}[31m &quot;\u{301}x</bdi>"))
    }

    @Test func aLineHoldingOnlyASectionTagLeavesNoBlankLine() {
        let html = StatsHTMLTemplates.render("evaluation", StatsHTMLView.Evaluation(rows: [.init(label: "a", value: "b & c")]))
        #expect(html == "<section>\n<h2>Pilot evaluation</h2>\n<table>\n<tbody>\n"
            + "<tr><th scope=\"row\">a</th><td class=\"wrap\">b &amp; c</td></tr>\n</tbody>\n</table>\n</section>\n")
    }
}
