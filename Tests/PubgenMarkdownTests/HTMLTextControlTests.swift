import PubgenMarkdown
import Testing

@Suite struct HTMLTextControlTests {
    @Test func controlCharactersAreDroppedButLineBreaksAndTabsStay() {
        #expect(HTMLText.escape("a\u{1}b\u{7}c\u{1B}[31m\u{7F}d\te\nf\r<") == "abc[31md\te\nf\r&lt;")
    }
}
