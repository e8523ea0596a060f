import PubgenDiagnostics
@testable import PubgenMarkdown
import PubgenTestSupport
import Testing

/// Code blocks and headings spliced in after rendering (`HTMLSplices`) give the same
/// HTML as the same nodes rendered through cmark-gfm's tree.
@Suite struct HTMLSplicesTests {
    static let documents = [
        "# Title\n\nText.\n",
        "```python\ndef f(x):\n    return x < 1 and \"<b>\" or 'é'\n```\n",
        "# One\n\n```\nplain <code> & more\n```\n\n## Two *emphasis* `code`\n\n```swift\nlet a = \"b\"\n```\n\n### Three\n",
        // Tables and task items are rewritten beside the markers; a summary marker is cut out.
        "## Table\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst t = '<table>\\n'\n```\n\n- [x] done\n- [ ] open\n",
        "Intro.\n\n<!-- more -->\n\n# After\n\n```go\nfunc main() {}\n```\n",
        // A footnote holding code: its definition is rendered last, where its marker falls.
        "Text[^a] and more.\n\n# Heading\n\n[^a]: Note.\n\n    indented code\n\n```c\nint main(void);\n```\n",
        // Eleven headings: markers of two digits.
        (1...11).map { "## Heading \($0)\n\n```sh\necho \($0)\n```\n" }.joined(separator: "\n"),
        "> ```\n> quoted code\n> ```\n\n1. ```\n   listed code\n   ```\n",
    ]

    @Test(arguments: documents)
    func splicedHTMLEqualsHTMLThroughTheTree(_ markdown: String) throws {
        let renderer = MarkdownRenderer(options: MarkdownOptions(highlight: true))
        let text = SourceText(markdown)
        func render(splicing: Bool) throws -> RenderedMarkdown {
            try #require(renderer.render(
                text, path: "a.md", lineOffset: 0, lines: LineIndex(text), autolink: true, footnotes: true, splicesHTML: splicing,
                rewriteURL: { _ in nil }))
        }
        let spliced = try render(splicing: true)
        let throughTree = try render(splicing: false)
        #expect(spliced.html == throughTree.html)
        #expect(spliced.summaryHTML == throughTree.summaryHTML)
        #expect(!spliced.html.utf8.contains(HTMLSplices.markerByte))
        // And the public entry point splices these (none holds the marker byte).
        #expect(renderer.render(text, path: "a.md").html == spliced.html)
    }

    @Test func aSourceWithTheMarkerByteGoesThroughTheTree() {
        // Only `ControlCharacters` keeps the byte out of bodies; the renderer must not rely on it.
        let markdown = "# A \u{1}0\u{1} b\n\n```\n\u{1}0\u{1}\n```\n"
        let text = SourceText(markdown)
        #expect(!text.withUTF8 { HTMLSplices.allowed(in: $0) })
        let html = MarkdownRenderer().render(markdown, path: "a.md").html
        // As the tree had them: the heading's text as cmark-gfm escapes it, bytes and all;
        // the code as `HTMLText` escapes it, which drops control bytes.
        #expect(html.contains("<h1 id=\"a-0-b\">A \u{1}0\u{1} b <a class=\"heading-anchor\""))
        #expect(html.contains("<pre tabindex=\"0\"><code>0\n</code></pre>"))
    }

    /// cmark-gfm writes the marker byte for a character reference (`&#1;`): such a
    /// document is not spliced, and is rendered as through the tree.
    @Test(arguments: [
        "# Title\n\nSee &#1;0&#1; here.\n", "# T\n\n```\nx\n```\n\nText &#x1;1&#X1;\n", "# T\n\nA &#1; b\n",
        "# T\n\n[a](/u \"&#1;0&#1;\") ![&#1;0&#1;](/i.png)\n",
    ])
    func characterReferencesToTheMarkerByteAreNotMarkers(_ markdown: String) throws {
        let text = SourceText(markdown)
        #expect(!text.withUTF8 { HTMLSplices.allowed(in: $0) })
        let renderer = MarkdownRenderer()
        let rendered = renderer.render(text, path: "a.md")
        let throughTree = try #require(renderer.render(
            text, path: "a.md", lineOffset: 0, lines: LineIndex(text), autolink: true, footnotes: true, splicesHTML: false,
            rewriteURL: { _ in nil }))
        #expect(rendered.html == throughTree.html)
        #expect(rendered.html.utf8.filter { $0 == HTMLSplices.markerByte }.count >= 1)
    }

    /// Should markers be spliced into a document whose HTML spells one itself, the
    /// splice is refused (a marker twice, or one missing) and the tree renders the pieces.
    @Test func aMarkerSeenTwiceOrNotAtAllFallsBackToTheTree() throws {
        let markdown = "# Title\n\nSee &#1;0&#1; here.\n"
        let text = SourceText(markdown)
        let renderer = MarkdownRenderer()
        let forced = try #require(renderer.render(
            text, path: "a.md", lineOffset: 0, lines: LineIndex(text), autolink: true, footnotes: true, splicesHTML: true,
            rewriteURL: { _ in nil }))
        let throughTree = try #require(renderer.render(
            text, path: "a.md", lineOffset: 0, lines: LineIndex(text), autolink: true, footnotes: true, splicesHTML: false,
            rewriteURL: { _ in nil }))
        #expect(forced.html == throughTree.html)
        #expect(forced.html.components(separatedBy: "<h1").count == 2, "the heading once, not again inside the paragraph")
    }

    /// With raw HTML kept, a heading's own markup still gets the accessibility rewrites.
    @Test func rawHTMLInAHeadingIsStillRewritten() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        let html = renderer.render("## Todo <input type=\"checkbox\" disabled=\"\" />\n\n```\ncode\n```\n", path: "a.md").html
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"), "\(html)")
    }

    /// Each piece's marker is its number in decimal between marker bytes, NUL-ended.
    @Test func markersSpellTheirNumbers() {
        var splices = HTMLSplices()
        for number in 0..<1_001 {
            #expect(splices.marker(for: []) == [1] + Array(String(number).utf8) + [1, 0])
        }
    }

    @Test func onlyWholeMarkersOfKnownPiecesAreMarkers() {
        var splices = HTMLSplices()
        #expect(Array(splices.marker(for: Array("<p>x</p>".utf8))) == [1, UInt8(ascii: "0"), 1, 0])
        for index in 1...11 { _ = splices.marker(for: Array("piece \(index)".utf8)) }
        func marker(_ text: [UInt8]) -> (piece: Int, length: Int)? {
            text.withUnsafeBufferPointer { splices.marker(at: 0, in: $0) }
        }
        #expect(marker([1, UInt8(ascii: "0"), 1])! == (0, 3))
        #expect(marker([1, UInt8(ascii: "1"), UInt8(ascii: "1"), 1, UInt8(ascii: "x")])! == (11, 4))
        #expect(marker([1, UInt8(ascii: "1"), UInt8(ascii: "2"), 1]) == nil, "no piece 12")
        #expect(marker([1, 1]) == nil, "no number")
        #expect(marker([1, UInt8(ascii: "3")]) == nil, "not closed")
        #expect(marker([UInt8(ascii: "x"), UInt8(ascii: "3"), 1]) == nil)
    }
}
