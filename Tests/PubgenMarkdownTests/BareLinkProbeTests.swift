@testable import PubgenMarkdown
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// Documents are parsed without the autolink extension unless a text node could hold
/// a bare link; either way the result must be what cmark-gfm gives with the extension.
@Suite struct BareLinkProbeTests {
    static func probe(_ text: String) -> Bool { text.probed(by: { BareLinkProbe.mayHoldBareLink($0) }) }

    /// With `autolink`, what cmark-gfm gives (footnotes on, as always before); without
    /// it, the fast parse as documents without footnotes get it, or `nil` to parse again.
    static func render(_ text: String, _ renderer: MarkdownRenderer, autolink: Bool) -> RenderedMarkdown? {
        renderer.render(
            SourceText(text), path: "a.md", lineOffset: 2, lines: LineIndex(text), autolink: autolink, footnotes: autolink,
            rewriteURL: { _ in nil })
    }

    static func mayHoldFootnote(_ text: String) -> Bool { text.probed(by: FootnoteProbe.mayHoldFootnote) }

    @Test(arguments: ["a@b", "see https://x", "ftp://", "www", "xwwwx", "end www", "a@@", "mailto:me@x.org"])
    func probeFindsCandidates(_ text: String) {
        #expect(Self.probe(text))
    }

    @Test(arguments: ["", "ww", "w w w", "a:/b", "http:/ /x", "wWw", "plain words, with wit and awe", "ab:/", "https:", "@"])
    func probeRejectsTextWithoutCandidates(_ text: String) {
        #expect(!Self.probe(text))
    }

    static func guess(_ source: String) -> Bool {
        var textsMayHoldWWW = true
        return source.probed(by: { BareLinkProbe.sourceMayHoldBareLink($0, textsMayHoldWWW: &textsMayHoldWWW) })
    }

    /// Plain links, autolinks in brackets, reference definitions, URLs inside URLs and
    /// decorators in code do not look like bare links.
    @Test(arguments: [
        "[a](https://x.org) and ![i](http://y.org/z.png)", "<https://z.org> and <ftp://f.org>", "[r]: https://ref.org",
        "[r]:  http://ref.org \"Title\"", "[a](https://www.x.org)", "```python\n@dataclass\nclass A: pass\n```",
        "user @ host", "the wwwx. and awww.", "plain text", "",
    ])
    func sourceGuessSaysNoToPlainLinksAndCode(_ source: String) {
        #expect(!Self.guess(source))
    }

    @Test(arguments: [
        "see https://x.org", "(https://x.org)", "\"http://x.org\"", "go to www.example.com", "(www.x.y)", "> www.x.y",
        "*www.x.y*", "mail me@example.org", "mailto:me@example.org", "https://x.org",
    ])
    func sourceGuessSaysYesToBareLinks(_ source: String) {
        #expect(Self.guess(source))
    }

    /// What review found the first probe missed: an address after a link nested in a
    /// link's text, where the extension looks again; a bare link in a footnote definition
    /// that nothing references, which cmark-gfm drops before the tree can be probed.
    @Test(arguments: [
        "[<http://a> me&#64;x.com](b)\n", "[<http://a> me\\@x.com](b)\n", "[^a]: http://x.y[^b]\n\n[^b]: Note.\n",
        "Text.\n\n[^a]:www.x.y[^b]\n\n[^b]: Note.\n",
    ])
    func renderingEqualsCmarkGFMWhereTheFirstProbeFailed(_ text: String) throws {
        let renderer = MarkdownRenderer()
        let expected = try #require(Self.render(text, renderer, autolink: true))
        #expect(renderer.render(text, path: "a.md", lineOffset: 2) == expected)
    }

    /// Where the guess misses a link that an entity or escape makes, the text nodes'
    /// probe still finds it, and the document gets the link.
    @Test func linksTheGuessMissesAreStillMade() throws {
        let renderer = MarkdownRenderer()
        for (source, destination) in [("Write to x&#64;example.com.\n", "mailto:x@example.com"), ("An unclosed [link](https://x.org\n", "https://x.org")] {
            #expect(!Self.guess(source), "\(source)")
            #expect(Self.render(source, renderer, autolink: false) == nil, "\(source)")
            let rendered = renderer.render(source, path: "a.md")
            #expect(rendered.links.map(\.destination) == [destination], "\(source)")
        }
    }

    /// A text node holds `www` only where its Markdown does or a character reference
    /// makes a `w`: without either, text nodes are not searched for it; with either,
    /// they are, and the page is cmark-gfm's with the extension all the same.
    @Test func wwwIsLookedForInTextOnlyWhereTheSourceCanGiveIt() throws {
        func textsMayHoldWWW(_ source: String) -> Bool {
            var holds = true
            _ = source.probed(by: { BareLinkProbe.sourceMayHoldBareLink($0, textsMayHoldWWW: &holds) })
            return holds
        }
        #expect(!textsMayHoldWWW("plain words, with wit and awe, [a](https://x.org)"))
        #expect(textsMayHoldWWW("the wwwx and awww, [a](https://www.x.org)"))
        #expect(textsMayHoldWWW("ww&#119;.example.com"))
        let renderer = MarkdownRenderer()
        for source in ["Go to ww&#119;.example.com now.\n", "Go to w&#x77;w.example.com now.\n", "wit, awe and ww w\n"] {
            let expected = try #require(Self.render(source, renderer, autolink: true))
            #expect(renderer.render(source, path: "a.md", lineOffset: 2) == expected, "\(source)")
        }
    }

    /// The fast path is taken where link destinations, code and front-matter-like text
    /// hold the trigger bytes but no text node does, and given up where one does.
    @Test func fastPathIsTakenOnlyWithoutCandidatesInText() {
        let renderer = MarkdownRenderer()
        let plain = """
            # Title

            See [docs](https://example.com/www/@x) and `me@example.com`, [https://x.org](https://x.org), \
            <https://angle.example> and [*me@example.com*](mailto:me@example.com).

            ```python
            @dataclass
            url = "https://x"
            ```

            """
        #expect(Self.render(plain, renderer, autolink: false) != nil)
        for text in [
            "Mail me@example.com.\n", "Go to www.example.com\n", "(https://example.com)\n", "| a |\n|---|\n| www.x.y |\n",
            "![me@example.com](a.png)\n", "[unclosed www.x.y\n",
        ] {
            #expect(Self.render(text, renderer, autolink: false) == nil, "\(text)")
        }
    }

    /// Pieces that exercise bare links and everything that could split or swallow them:
    /// emphasis, smart punctuation, brackets, code, raw HTML, entities, escapes, blocks.
    static let pieces = [
        "www", "www.", ".", "..", "...", "example", ".com", "x.org", "://", "http", "https", "ftp", "HTTPS", "xhttp",
        "@", "me", "first.last+tag", "mailto:", "xmpp:", "/", "/path", "?q=1", "_", "__", "*", "**", "~", "~~",
        "(", ")", "[", "]", "](", "![", "`", " ", " ", "  ", "\n", "\n\n", "'", "\"", "-", "--", "&amp;", "&#46;",
        "&", ";", "<", ">", "<b>", "</b>", "|", "!", "\\", "\\:", "é", "’", "日本", "1", "# ", "> ", "- ", "1. ",
        "    ", "```\n", "[^1]", "\n[^1]: ", "\t", "w", "ww", "<!-- more -->\n", "[x]: https://ref.example\n",
        "[x]", "[", "](a)", "<https://angle.example>", "![", "](b.png)", "^", "\\^", "[^a]", "\n[^a]: ", "&#64;", "\\@",
        "<http://a>", "[<http://a> ", "\n[^b]: ", "[^b]", "http://x.y", "me@x.com", "&#119;", "&#x77;", "w&#119;w.",
    ]

    /// A random document. A caret that an entity spells, or a footnote reference in a
    /// table cell, makes cmark-gfm read past the text it copies the label from (a bug
    /// of its own, with either parse): documents with `|` get no footnote references.
    static func document(_ random: inout SplitMix64) -> String {
        let count = Int.random(in: 1...40, using: &random)
        let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
        return text.contains("|") ? text.replacing("[^", with: "[") : text
    }

    /// A differential test: thousands of documents, each under several option sets,
    /// rendered the fast way and with the extension always attached.
    @Test func renderingEqualsAlwaysAutolinkingRendering() {
        var random = SplitMix64(seed: 0xA070_1111)
        let renderers = [
            MarkdownRenderer(),
            MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false, unsafeHTML: true, hardBreaks: true)),
        ]
        var fastPaths = 0
        var mismatches: [String] = []
        for index in 0..<4000 {
            let text = Self.document(&random)
            let renderer = renderers[index % renderers.count]
            guard let expected = Self.render(text, renderer, autolink: true) else {
                Issue.record("rendering with autolink gave no result")
                return
            }
            if !Self.mayHoldFootnote(text), let fast = Self.render(text, renderer, autolink: false) {
                fastPaths += 1
                if fast != expected { mismatches.append(text) }
            }
            let rendered = renderer.render(text, path: "a.md", lineOffset: 2)
            if rendered != expected { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.first.map { String(reflecting: $0) } ?? "")")
        // Both paths are exercised: many documents have no candidate, many have one.
        #expect(fastPaths > 400 && fastPaths < 3600, "\(fastPaths) fast paths")
    }
}
