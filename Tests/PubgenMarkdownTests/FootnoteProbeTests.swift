@testable import PubgenMarkdown
import PubgenDiagnostics
import Testing

/// Documents are parsed without cmark-gfm's footnote option unless their Markdown could
/// hold a footnote; the result must be what the option gives.
@Suite struct FootnoteProbeTests {
    static func probe(_ source: String) -> Bool { source.probed(by: FootnoteProbe.mayHoldFootnote) }

    @Test(arguments: ["[^1]", "\n[^note]: text", "a ^ b", "\\^", "&#94;", "&#x5E;", "&Hat;", "x&#"])
    func probeFindsEverySpellingOfTheCaret(_ source: String) {
        #expect(Self.probe(source))
    }

    @Test(arguments: ["", "plain [link](x) and [ref]", "AT&T &amp; &lt;", "&", "&hat;", "&H"])
    func probeRejectsMarkdownWithoutACaret(_ source: String) {
        #expect(!Self.probe(source))
    }

    /// Footnotes however the caret is spelled, and documents without any: the same HTML
    /// as a parse with the footnote option always on.
    @Test(arguments: [
        // Not `[&#94;a]`: cmark-gfm then copies the label from past the one-byte text
        // the entity became, whatever the option (its bug), so the output is undefined.
        "Claim[^a].\n\n[^a]: The note.\n", "Claim[\\^a].\n\n[^a]: Note.\n", "A lone ^ and \\^.\n",
        "No notes here, [a link](x.md) and [^] alone.\n", "Just text.\n",
    ])
    func renderingEqualsRenderingWithFootnotesOn(_ source: String) throws {
        let renderer = MarkdownRenderer()
        let forced = try #require(renderer.render(
            SourceText(source), path: "a.md", lineOffset: 0, lines: LineIndex(source), autolink: true, footnotes: true, rewriteURL: { _ in nil }))
        let rendered = renderer.render(source, path: "a.md")
        #expect(rendered.htmlUTF8 == forced.htmlUTF8)
        #expect(rendered.wordCount == forced.wordCount)
    }

    /// cmark-gfm can cut a character in two when it copies a footnote label (found by
    /// fuzzing); the page must still be valid UTF-8, with U+FFFD where the cut was.
    @Test func aLabelCutInsideACharacterIsRepaired() throws {
        let rendered = MarkdownRenderer().render("[^本[][]\ncom]\n", path: "a.md")
        let html = try #require(String(validating: rendered.htmlUTF8, as: UTF8.self))
        #expect(html.contains("\u{FFFD}"), "\(html)")
    }
}
