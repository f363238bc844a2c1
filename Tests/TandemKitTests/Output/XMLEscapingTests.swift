import Testing
@testable import TandemKit

@Suite struct XMLEscapingTests {
    @Test func theFiveSpecialCharactersBecomeEntities() {
        #expect(XMLEscaping.text(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
    }

    @Test func charactersXMLCannotHoldAreDropped() {
        #expect(XMLEscaping.text("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(XMLEscaping.text("tab\tnewline\n😀 שלום") == "tab\tnewline\n😀 שלום")
    }

    @Test func attributesKeepLineBreaksAsReferences() {
        #expect(XMLEscaping.attribute("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d")
    }
}
