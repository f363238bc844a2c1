import Testing
@testable import TandemKit

@Suite struct EscapingTests {
    @Test func theFiveSpecialCharactersBecomeEntities() {
        #expect(Escaping.xmlText(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
    }

    @Test func charactersXMLCannotHoldAreDropped() {
        #expect(Escaping.xmlText("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(Escaping.xmlText("tab\tnewline\n😀 שלום") == "tab\tnewline\n😀 שלום")
    }

    @Test func attributesKeepLineBreaksAsReferences() {
        #expect(Escaping.xmlAttribute("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d")
    }

    @Test func htmlEscapesQuotesAndReplacesControlCharacters() {
        #expect(Escaping.html(#"<b title="x">Tom & Jerry's</b>"#)
            == "&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;")
        #expect(Escaping.html("a\u{1B}b\u{7F}c\td\ne") == "a\u{FFFD}b\u{FFFD}c\td\ne")
    }

    @Test func jsonStringsEscapeQuotesControlsAndLineSeparators() {
        var out = ""
        Escaping.json("say \"hi\"\\ \u{1}\n\u{2028}/é", into: &out)
        #expect(out == #""say \"hi\"\\ \u0001\n\u2028/é""#)
    }
}
