import PubgenMarkdown
import Testing

/// Links that would run code, in the spellings browsers accept, are blanked in safe
/// mode and reported; ordinary links are left alone.
@Suite struct ActiveURLTests {
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)", " javascript:alert(1)", "javascript:alert(1)\u{0}", "vbscript:msgbox(1)",
        "VBScript:x", "livescript:x", "data:text/html;base64,PHNjcmlwdD4=", "DATA:TEXT/HTML,x", "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
    ])
    func activeSpellingsAreRecognised(_ url: String) {
        #expect(ActiveURL.isActive(url))
    }

    @Test(arguments: [
        "https://example.org/javascript:x", "other.md", "#javascript", "java%0ascript:alert(1)", "mailto:a@example.org",
        "data:image/png;base64,iVBORw0KGgo=", "./javascript:x", "",
    ])
    func harmlessURLsAreNot(_ url: String) {
        #expect(!ActiveURL.isActive(url))
    }

    @Test func activeLinksAreBlankedAndReportedWithTheirPositions() {
        let markdown = "[a](&#106;avascript:alert(1)) and [b](<java\tscript:x>)\n\n![c](javascript:y) [ok](https://example.org/)\n"
        let rendered = MarkdownRenderer().render(markdown, path: "t.md", lineOffset: 4)
        #expect(rendered.html == "<p><a href=\"\">a</a> and <a href=\"\">b</a></p>\n<p>c <a href=\"https://example.org/\">ok</a></p>\n")
        #expect(rendered.activeLinks.map(\.destination) == ["javascript:alert(1)", "java\tscript:x", "javascript:y"])
        #expect(rendered.activeLinks.map(\.location.description) == ["t.md:5:1", "t.md:5:35", "t.md:7:1"])
        #expect(rendered.links.map(\.destination) == ["https://example.org/"])
        #expect(rendered.images.isEmpty)
    }

    @Test func unsafeHTMLKeepsThem() {
        let rendered = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true)).render("[a](<java\tscript:x>)\n", path: "t.md")
        #expect(rendered.activeLinks.isEmpty)
        #expect(rendered.links.map(\.destination) == ["java\tscript:x"])
    }
}

@Suite struct InlinePositionAfterImageTests {
    @Test func anAutolinkOnTheNextLineIsNotPlacedOnTheImagesBracket() {
        let rendered = MarkdownRenderer().render("![l](javascript:a)\n<javascript:b> [ok](x.html)\n", path: "t.md")
        #expect(rendered.activeLinks.map(\.location.description) == ["t.md:1:1", "t.md:2:1"])
        #expect(rendered.links.map(\.location.description) == ["t.md:2:16"])
    }
}
