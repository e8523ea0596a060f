import PubgenMarkdown
import Testing

/// GitHub Flavored Markdown features as pubgen renders them, with default (safe) options
/// unless a test says otherwise.
@Suite struct GFMTests {
    static func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer(options: options).render(markdown, path: "test.md").html
    }

    // MARK: Tables

    @Test func tableWithAlignmentUsesStyleAttributesAndIsFocusable() {
        #expect(Self.html("| a | b | c |\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n") == """
            <table tabindex="0">
            <thead>
            <tr>
            <th style="text-align: left">a</th>
            <th style="text-align: right">b</th>
            <th style="text-align: center">c</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">1</td>
            <td style="text-align: right">2</td>
            <td style="text-align: center">3</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func tableCellsKeepInlineMarkupAndEscapedPipes() {
        let html = Self.html("| x | y |\n|---|---|\n| *em* | a \\| b |\n")
        #expect(html.contains("<td><em>em</em></td>\n<td>a | b</td>"))
        #expect(!html.contains("align"))
    }

    @Test func everyTableGetsATabindex() {
        let html = Self.html("| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |\n")
        #expect(html.components(separatedBy: "<table tabindex=\"0\">\n").count == 3)
        #expect(!html.contains("<table>"))
    }

    /// The accessibility rewrites look only for what the tree holds; raw HTML that is
    /// kept can spell any of them, and is touched as cmark-gfm's own markup is.
    @Test func keptRawHTMLIsRewrittenLikeGeneratedMarkup() {
        let html = Self.html(
            "<table>\n<tr><td>raw</td></tr>\n</table>\n\nA <input type=\"checkbox\" disabled=\"\" /> box.\n",
            MarkdownOptions(unsafeHTML: true))
        #expect(html.hasPrefix("<table tabindex=\"0\">\n<tr><td>raw</td></tr>"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"))
    }

    @Test func escapedMarkupIsNeverRewritten() {
        // The same bytes as text or code are escaped, so no table or task item is there.
        let html = Self.html("`<table>` and <table>\n\n    <input type=\"checkbox\" disabled=\"\" />\n", MarkdownOptions(unsafeHTML: false))
        #expect(html.contains("<code>&lt;table&gt;</code>"))
        #expect(!html.contains("aria-label"))
        #expect(!html.contains("<table tabindex"))
    }

    @Test func withoutADelimiterRowThereIsNoTable() {
        #expect(Self.html("| a | b |\n| 1 | 2 |\n") == "<p>| a | b |\n| 1 | 2 |</p>\n")
    }

    // MARK: Strikethrough

    @Test func strikethroughWithOneOrTwoTildes() {
        #expect(Self.html("~~gone~~ and ~also~ but not ~~~three~~~\n")
            == "<p><del>gone</del> and <del>also</del> but not ~~~three~~~</p>\n")
    }

    @Test func strikethroughNestsWithEmphasis() {
        #expect(Self.html("~~**bold** gone~~\n") == "<p><del><strong>bold</strong> gone</del></p>\n")
    }

    // MARK: Task lists

    @Test func taskListCheckboxesAreLabelledByState() {
        #expect(Self.html("- [ ] todo\n- [x] done\n- [X] also done\n- plain\n") == """
            <ul>
            <li><input type="checkbox" disabled="" aria-label="Not done" /> todo</li>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> done</li>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> also done</li>
            <li>plain</li>
            </ul>

            """)
    }

    @Test func orderedAndNestedTaskLists() {
        let html = Self.html("1. [x] first\n   - [ ] inner\n")
        #expect(html == """
            <ol>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> first
            <ul>
            <li><input type="checkbox" disabled="" aria-label="Not done" /> inner</li>
            </ul>
            </li>
            </ol>

            """)
    }

    @Test func everyCheckboxIsLabelled() {
        let html = Self.html((1...5).map { "- [\($0.isMultiple(of: 2) ? "x" : " ")] item \($0)" }.joined(separator: "\n"))
        #expect(html.components(separatedBy: "<input ").count - 1 == 5)
        #expect(html.components(separatedBy: "aria-label=\"Done\"").count - 1 == 2)
        #expect(html.components(separatedBy: "aria-label=\"Not done\"").count - 1 == 3)
    }

    @Test func bracketsOutsideAListAreText() {
        #expect(Self.html("[x] not a task\n") == "<p>[x] not a task</p>\n")
    }

    // MARK: Autolinks

    @Test func extendedAutolinks() {
        #expect(Self.html("see www.example.com, https://x.org/a?b=1 and me@example.com.\n")
            == "<p>see <a href=\"http://www.example.com\">www.example.com</a>, "
            + "<a href=\"https://x.org/a?b=1\">https://x.org/a?b=1</a> and "
            + "<a href=\"mailto:me@example.com\">me@example.com</a>.</p>\n")
    }

    @Test func angleBracketAutolinks() {
        #expect(Self.html("<https://example.com/a_b> <me@example.org>\n")
            == "<p><a href=\"https://example.com/a_b\">https://example.com/a_b</a> "
            + "<a href=\"mailto:me@example.org\">me@example.org</a></p>\n")
    }

    @Test func autolinksAreNotMadeInsideCode() {
        #expect(Self.html("`www.example.com`\n") == "<p><code>www.example.com</code></p>\n")
    }

    // MARK: Footnotes

    @Test func footnotesGetAHiddenHeadingForScreenReaders() {
        #expect(Self.html("Text[^1] more[^note].\n\n[^1]: First.\n[^note]: Second.\n") == """
            <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> more<sup class="footnote-ref"><a href="#fn-note" id="fnref-note" data-footnote-ref>2</a></sup>.</p>
            <section class="footnotes" data-footnotes aria-labelledby="footnotes-label">
            <h2 id="footnotes-label" class="visually-hidden">Footnotes</h2>
            <ol>
            <li id="fn-1">
            <p>First. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            <li id="fn-note">
            <p>Second. <a href="#fnref-note" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func noFootnotesNoSection() {
        let html = Self.html("Just [^missing] text.\n")
        #expect(html == "<p>Just [^missing] text.</p>\n")
        #expect(!html.contains("footnotes-label"))
    }

    @Test func footnoteHeadingIsNotPartOfTheOutline() {
        let rendered = MarkdownRenderer().render("# Title\n\nA[^1]\n\n[^1]: B\n", path: "t.md")
        #expect(rendered.headings.map(\.id) == ["title"])
        #expect(rendered.html.components(separatedBy: "id=\"footnotes-label\"").count - 1 == 1)
    }

    // MARK: Safe mode (the default)

    @Test func safeModeOmitsRawHTML() {
        let html = Self.html("a <b>bold</b> c\n\n<div class=\"x\">block</div>\n\n<script>alert(1)</script>\n")
        #expect(html == """
            <p>a <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> c</p>
            <!-- raw HTML omitted -->
            <!-- raw HTML omitted -->

            """)
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
    }

    @Test func safeModeIsTheDefault() {
        #expect(MarkdownOptions().unsafeHTML == false)
        #expect(MarkdownRenderer().options == MarkdownOptions())
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "file:///etc/passwd", "data:text/html;base64,PGI+eDwvYj4="])
    func safeModeBlanksDangerousLinkDestinations(_ destination: String) {
        #expect(Self.html("[x](<\(destination)>)\n") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func safeModeReplacesDangerousImagesByTheirAltTextButKeepsDataImages() {
        // An <img> with an empty src is invalid HTML, so the image becomes its alt text.
        #expect(Self.html("![a](javascript:x)\n") == "<p>a</p>\n")
        #expect(Self.html("![a](data:image/png;base64,AAAA)\n") == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"a\" /></p>\n")
    }

    @Test func safeModeKeepsOrdinaryLinks() {
        #expect(Self.html("[a](https://example.com/?q=1&r=2) [b](/local/) [c](#frag) [d](mailto:x@y.z)\n")
            == "<p><a href=\"https://example.com/?q=1&amp;r=2\">a</a> <a href=\"/local/\">b</a> "
            + "<a href=\"#frag\">c</a> <a href=\"mailto:x@y.z\">d</a></p>\n")
    }

    // MARK: Unsafe HTML

    @Test func unsafeHTMLLetsRawHTMLThrough() {
        let html = Self.html("a <b>bold</b> c\n\n<div class=\"x\">block</div>\n", MarkdownOptions(unsafeHTML: true))
        #expect(html == "<p>a <b>bold</b> c</p>\n<div class=\"x\">block</div>\n")
    }

    @Test func unsafeHTMLStillAppliesGitHubsTagFilter() {
        let html = Self.html("<script>alert(1)</script>\n\nx <iframe src=\"e\"></iframe> <title>t</title>\n", MarkdownOptions(unsafeHTML: true))
        #expect(html == "&lt;script>alert(1)&lt;/script>\n<p>x &lt;iframe src=\"e\">&lt;/iframe> &lt;title>t&lt;/title></p>\n")
    }
}
