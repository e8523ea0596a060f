import PubgenMarkdown
import Testing

/// The renderer's own output choices: code blocks, punctuation, line breaks, URL rewriting
/// and the plain-text summary.
@Suite struct MarkdownRendererTests {
    static func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer(options: options).render(markdown, path: "t.md").html
    }

    // MARK: Code blocks

    @Test func fencedCodeBlockIsFocusableAndNamesItsLanguage() {
        #expect(Self.html("```swift\nlet a = \"<b>\" && 'c'\n```\n", MarkdownOptions(highlight: false))
            == "<pre tabindex=\"0\"><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot; &amp;&amp; &#39;c&#39;\n</code></pre>\n")
    }

    @Test func knownLanguagesAreHighlightedAndStillEscaped() {
        #expect(Self.html("```swift\nlet a = \"<b>\" && 'c'\n```\n")
            == "<pre tabindex=\"0\"><code class=\"language-swift\"><span class=\"hl-k\">let</span> a = <span class=\"hl-s\">&quot;&lt;b&gt;&quot;</span> &amp;&amp; &#39;c&#39;\n</code></pre>\n")
    }

    @Test(arguments: [
        ("```swift {.numbered}", "swift"),
        ("```js title=\"x.js\"", "js"),
        ("```\tpython", "python"),
        ("~~~ruby", "ruby"),
        ("```objective-c++", "objective-c++"),
    ])
    func languageIsTheInfoStringsFirstWord(_ fence: String, _ language: String) {
        let closing = fence.hasPrefix("~") ? "~~~" : "```"
        #expect(Self.html("\(fence)\nx\n\(closing)\n") == "<pre tabindex=\"0\"><code class=\"language-\(language)\">x\n</code></pre>\n")
    }

    @Test func languageIsEscaped() {
        #expect(Self.html("```a\"b<c\nx\n```\n") == "<pre tabindex=\"0\"><code class=\"language-a&quot;b&lt;c\">x\n</code></pre>\n")
    }

    @Test func codeWithoutALanguageHasNoClass() {
        #expect(Self.html("```\nplain\n```\n") == "<pre tabindex=\"0\"><code>plain\n</code></pre>\n")
        #expect(Self.html("    indented\n      more\n") == "<pre tabindex=\"0\"><code>indented\n  more\n</code></pre>\n")
    }

    @Test func codeBlockKeepsMarkdownAndHTMLLiteral() {
        #expect(Self.html("```md\n# not a heading\n<div>[x](y)</div>\n```\n")
            == "<pre tabindex=\"0\"><code class=\"language-md\"># not a heading\n&lt;div&gt;[x](y)&lt;/div&gt;\n</code></pre>\n")
    }

    @Test func codeBlocksInsideListsAndQuotes() {
        #expect(Self.html("- item\n\n  ```sh\n  ls\n  ```\n\n> ```\n> q\n> ```\n") == """
            <ul>
            <li>
            <p>item</p>
            <pre tabindex="0"><code class="language-sh">ls
            </code></pre>
            </li>
            </ul>
            <blockquote>
            <pre tabindex="0"><code>q
            </code></pre>
            </blockquote>

            """)
    }

    @Test func inlineCodeIsNotABlock() {
        #expect(Self.html("Use `a < b` here.\n") == "<p>Use <code>a &lt; b</code> here.</p>\n")
    }

    // MARK: Smart punctuation

    @Test func smartPunctuationIsOnByDefault() {
        #expect(MarkdownOptions().smartPunctuation)
        #expect(Self.html("\"Quoted\" -- dash --- em... 'single' it's\n")
            == "<p>“Quoted” – dash — em… ‘single’ it’s</p>\n")
    }

    @Test func smartPunctuationOff() {
        #expect(Self.html("\"Quoted\" -- dash --- em... 'single' it's\n", MarkdownOptions(smartPunctuation: false))
            == "<p>&quot;Quoted&quot; -- dash --- em... 'single' it's</p>\n")
    }

    @Test func smartPunctuationLeavesCodeAlone() {
        #expect(Self.html("`\"a\" -- b`\n\n```\n\"c\" -- d\n```\n")
            == "<p><code>&quot;a&quot; -- b</code></p>\n<pre tabindex=\"0\"><code>&quot;c&quot; -- d\n</code></pre>\n")
    }

    // MARK: Line breaks

    @Test func softBreaksStayNewlinesByDefault() {
        #expect(Self.html("one\ntwo\n") == "<p>one\ntwo</p>\n")
        #expect(Self.html("one  \ntwo\n") == "<p>one<br />\ntwo</p>\n")
    }

    @Test func hardBreaksOption() {
        #expect(Self.html("one\ntwo\n", MarkdownOptions(hardBreaks: true)) == "<p>one<br />\ntwo</p>\n")
    }

    // MARK: Rewriting URLs

    @Test func rewriteAppliesToLinksAndImages() {
        var seen: [String] = []
        let rendered = MarkdownRenderer().render(
            "[post](other.md#part) ![pic](img/a.png) [ext](https://e.com) ![x](keep.png)\n", path: "t.md"
        ) { url in
            seen.append(url)
            switch url {
            case "other.md#part": return "/other/#part"
            case "img/a.png": return "/static/img/a.png"
            case "https://e.com": return "https://e.com"   // unchanged
            default: return nil
            }
        }
        #expect(seen == ["other.md#part", "img/a.png", "https://e.com", "keep.png"])
        #expect(rendered.html == "<p><a href=\"/other/#part\">post</a> <img src=\"/static/img/a.png\" alt=\"pic\" /> "
            + "<a href=\"https://e.com\">ext</a> <img src=\"keep.png\" alt=\"x\" /></p>\n")
    }

    @Test func rewrittenURLsAreEscapedInTheHTML() {
        let html = MarkdownRenderer().render("[a](x.md)\n", path: "t.md") { _ in "/q?a=1&b=\"2\"" }.html
        #expect(html == "<p><a href=\"/q?a=1&amp;b=%222%22\">a</a></p>\n")
    }

    @Test func linksAndImagesReportTheDestinationAsWritten() {
        let rendered = MarkdownRenderer().render("[a](a.md) ![b](b.png)\n", path: "t.md") { "/new/" + $0 }
        #expect(rendered.links.map(\.destination) == ["a.md"])
        #expect(rendered.images.map(\.source) == ["b.png"])
        #expect(rendered.html == "<p><a href=\"/new/a.md\">a</a> <img src=\"/new/b.png\" alt=\"b\" /></p>\n")
    }

    @Test func rewriteReachesAutolinksReferenceLinksAndNestedImages() {
        let rendered = MarkdownRenderer().render(
            "[![logo](l.png)](home.md) [ref][r] https://a.example\n\n[r]: ref.md \"T\"\n", path: "t.md"
        ) { "/x/" + $0 }
        #expect(rendered.html == "<p><a href=\"/x/home.md\"><img src=\"/x/l.png\" alt=\"logo\" /></a> "
            + "<a href=\"/x/ref.md\" title=\"T\">ref</a> <a href=\"/x/https://a.example\">https://a.example</a></p>\n")
        #expect(rendered.links.map(\.destination) == ["home.md", "ref.md", "https://a.example"])
        #expect(rendered.images.map(\.alt) == ["logo"])
    }

    @Test func rewriteIsNotCalledWithoutLinks() {
        var calls = 0
        _ = MarkdownRenderer().render("# Title\n\nNo links here.\n", path: "t.md") { _ in calls += 1; return nil }
        #expect(calls == 0)
    }

    @Test func rewriteSeesDangerousURLsButSafeModeStillBlanksThem() {
        let html = MarkdownRenderer().render("[a](ok.md)\n", path: "t.md") { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"\">a</a></p>\n")
    }

    // MARK: First paragraph

    @Test func firstParagraphIsPlainTextWithBreaksAsSpaces() {
        let rendered = MarkdownRenderer().render(
            "# Title\n\nThe *first* `para` with [a link](x.md)\nover two lines.\n\nSecond.\n", path: "t.md")
        #expect(rendered.firstParagraph == "The first para with a link over two lines.")
    }

    @Test func firstParagraphSkipsHeadingsCodeAndTables() {
        let rendered = MarkdownRenderer().render(
            "## H\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n\n  Real   one.  \n", path: "t.md")
        #expect(rendered.firstParagraph == "Real   one.")
    }

    /// An article opening with a photo had its alt text as meta description and summary.
    @Test func firstParagraphLeavesOutImagesAltText() {
        let opening = MarkdownRenderer().render("![Photo of a cat](cat.png)\n\nCats are the best.\n", path: "t.md")
        #expect(opening.firstParagraph == "Cats are the best.")
        let inline = MarkdownRenderer().render("A cat ![Photo *of* a cat](cat.png) sleeps [here ![x](y.png)](z.md).\n", path: "t.md")
        #expect(inline.firstParagraph == "A cat  sleeps here .")
        #expect(inline.images.map(\.alt) == ["Photo of a cat", "x"])
    }

    @Test func firstParagraphIsEmptyWithoutParagraphs() {
        #expect(MarkdownRenderer().render("# Only a heading\n", path: "t.md").firstParagraph == "")
        #expect(MarkdownRenderer().render("", path: "t.md").firstParagraph == "")
    }

    @Test func firstParagraphOmitsRawHTMLAndUsesSmartPunctuation() {
        let rendered = MarkdownRenderer().render("It's <b>bold</b> -- ok\n", path: "t.md")
        #expect(rendered.firstParagraph == "It’s bold – ok")
    }

    // MARK: Empty input

    @Test func emptyDocument() {
        let rendered = MarkdownRenderer().render("", path: "t.md")
        #expect(rendered.html == "")
        #expect(rendered.headings.isEmpty && rendered.links.isEmpty && rendered.images.isEmpty)
        #expect(rendered.rawHTMLLocations.isEmpty)
        #expect(rendered.wordCount == 0)
    }

    /// The parser is not asked to check UTF-8 (a Swift string is valid already), yet a
    /// NUL byte, which that check also replaced, still becomes U+FFFD wherever it stands.
    @Test func nulBytesBecomeReplacementCharacters() {
        #expect(Self.html("a\u{0}b\n\n\u{0}\n\n`c\u{0}`\n") == "<p>a\u{FFFD}b</p>\n<p>\u{FFFD}</p>\n<p><code>c\u{FFFD}</code></p>\n")
        #expect(Self.html("```\nx\u{0}y\n```\n", MarkdownOptions(highlight: false)) == "<pre tabindex=\"0\"><code>x\u{FFFD}y\n</code></pre>\n")
    }
}
