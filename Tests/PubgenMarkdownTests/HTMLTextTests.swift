import PubgenMarkdown
import Testing

@Suite struct HTMLTextTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLText.escape("café 日本 😀 e\u{301} / = `") == "café 日本 😀 e\u{301} / = `")
        #expect(HTMLText.escape("") == "")
    }

    @Test func doesNotReuseExistingEntities() {
        #expect(HTMLText.escape("&amp;") == "&amp;amp;")
    }
}
