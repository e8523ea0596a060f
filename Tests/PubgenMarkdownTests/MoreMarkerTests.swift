import PubgenMarkdown
import Testing

/// The `<!-- more -->` marker ends an article's summary, in any case and spacing.
@Suite struct MoreMarkerTests {
    @Test(arguments: ["<!-- more -->", "<!--more-->", "<!--  MORE  -->"])
    func summaryEndsAtTheMarker(_ marker: String) {
        let rendered = MarkdownRenderer().render("First *part*.\n\nStill the summary.\n\n\(marker)\n\nThe rest.\n", path: "a.md")
        #expect(rendered.summaryText == "First part. Still the summary.")
        #expect(rendered.summaryHTML == "<p>First <em>part</em>.</p>\n<p>Still the summary.</p>\n")
        let html = String(decoding: rendered.htmlUTF8, as: UTF8.self)
        #expect(html == "<p>First <em>part</em>.</p>\n<p>Still the summary.</p>\n<p>The rest.</p>\n")
    }

    @Test func otherCommentsEndNoSummary() {
        let rendered = MarkdownRenderer().render("First.\n\n<!-- a comment -->\n\nRest.\n", path: "a.md")
        #expect(rendered.summaryText == nil)
        #expect(rendered.summaryHTML == nil)
        #expect(MarkdownRenderer().render("No comment at all.\n", path: "a.md").summaryText == nil)
    }

    /// The summary's text is every text and code span before the marker, with a space
    /// for each line break and after each paragraph (a heading's text runs on).
    @Test func summaryTextTakesEveryKindOfTextBeforeTheMarker() {
        let markdown = "# Title\n\nA `code` line\nnext [link](x).\n\n- item\n\n> quoted\n\n<!-- more -->\n\nAfter.\n"
        let rendered = MarkdownRenderer().render(markdown, path: "a.md")
        #expect(rendered.summaryText == "TitleA code line next link. item quoted")
    }
}
