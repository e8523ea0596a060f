import PubgenMarkdown
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// Swift Testing has its own `SourceLocation`; in this target the name means pubgen's.
typealias SourceLocation = PubgenDiagnostics.SourceLocation

/// Where headings, links, images and raw HTML stand in the file: 1-based lines with the
/// front matter's lines added, and columns in characters (cmark-gfm reports bytes).
/// Expected positions come from emoji markers in the source (`MarkedText`).
@Suite struct SourcePositionTests {
    static let path = "content/post.md"

    static func render(_ marked: MarkedText, lineOffset: Int = 0, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        MarkdownRenderer(options: options).render(marked.text, path: path, lineOffset: lineOffset)
    }

    /// The location of `marker` in the file, with `lineOffset` front-matter lines before the body.
    static func expected(_ marked: MarkedText, _ marker: String, lineOffset: Int = 0) -> SourceLocation {
        let position = marked.markers[marker]!
        return SourceLocation(path: path, line: position.line + lineOffset, column: position.column)
    }

    // MARK: Headings

    @Test func headingsWithLineOffset() {
        let marked = MarkedText("1️⃣# One\n\ntext\n\n2️⃣Two\n===\n\n3️⃣### Three ###\n")
        let rendered = Self.render(marked, lineOffset: 4)
        #expect(rendered.headings.map(\.location) == [
            Self.expected(marked, "1️⃣", lineOffset: 4),
            Self.expected(marked, "2️⃣", lineOffset: 4),
            Self.expected(marked, "3️⃣", lineOffset: 4),
        ])
        #expect(rendered.headings.map(\.location.description) == ["content/post.md:5:1", "content/post.md:9:1", "content/post.md:12:1"])
    }

    @Test func lineOffsetMovesLinesOnly() {
        let text = "# A\n\né [x](y.md)\n"
        let plain = MarkdownRenderer().render(text, path: Self.path)
        let shifted = MarkdownRenderer().render(text, path: Self.path, lineOffset: 7)
        #expect(plain.links.map(\.location.line) == [3])
        #expect(shifted.links.map(\.location.line) == [10])
        #expect(shifted.links.map(\.location.column) == plain.links.map(\.location.column))
        #expect(shifted.headings.map(\.location.line) == [8])
    }

    @Test func locationsCarryThePathGiven() {
        let rendered = MarkdownRenderer().render("# H\n\n[a](b)\n", path: "blog/ü.md")
        #expect(rendered.headings.map(\.location.path) == ["blog/ü.md"])
        #expect(rendered.links.map(\.location.path) == ["blog/ü.md"])
    }

    @Test func headingsInContainersAreAtTheirMarker() {
        let marked = MarkedText("> 1️⃣## Quoted\n\n- 2️⃣### Listed\n")
        #expect(Self.render(marked).headings.map(\.location) == [Self.expected(marked, "1️⃣"), Self.expected(marked, "2️⃣")])
    }

    // MARK: Links and images after non-ASCII text

    @Test func linkAndImageAfterAccentedLetters() {
        let marked = MarkedText("Café déjà vu 1️⃣[link](a.md) and 2️⃣![img](b.png)\n")
        let rendered = Self.render(marked, lineOffset: 3)
        #expect(rendered.links.map(\.destination) == ["a.md"])
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "1️⃣", lineOffset: 3)])
        #expect(rendered.images.map { "\($0.source)|\($0.alt)" } == ["b.png|img"])
        #expect(rendered.images.map(\.location) == [Self.expected(marked, "2️⃣", lineOffset: 3)])
        #expect(rendered.links.first?.location.description == "content/post.md:4:14")
    }

    @Test func linkAfterCJKText() {
        let marked = MarkedText("日本語のテキスト 1️⃣[リンク](a.md)\n")
        #expect(Self.render(marked).links.map(\.location) == [Self.expected(marked, "1️⃣")])
        #expect(Self.render(marked).links.first?.location.column == 10)
    }

    @Test func linkAfterEmojiAndCombiningMarksOnASecondLine() {
        // 😀 is one scalar of 4 bytes; "e\u{301}" is two scalars.
        let marked = MarkedText("first line\nsecond 😀 e\u{301} 1️⃣[l](x.md) and 2️⃣![i](y.png)\n")
        let rendered = Self.render(marked, lineOffset: 1)
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "1️⃣", lineOffset: 1)])
        #expect(rendered.images.map(\.location) == [Self.expected(marked, "2️⃣", lineOffset: 1)])
    }

    @Test func linkInAHeadingAfterNonASCII() {
        let marked = MarkedText("1️⃣# Ünïcödé 2️⃣[h](h.md)\n")
        let rendered = Self.render(marked)
        #expect(rendered.headings.map(\.location) == [Self.expected(marked, "1️⃣")])
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "2️⃣")])
    }

    @Test func linksInBlockquotesAndNestedLists() {
        let marked = MarkedText("> quote é 1️⃣[q](q.md)\n> more 2️⃣[r](r.md)\n\n- item é 3️⃣[a](a.md)\n  - nested ü 4️⃣[b](b.md)\n")
        let rendered = Self.render(marked, lineOffset: 2)
        #expect(rendered.links.map(\.location) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map { Self.expected(marked, $0, lineOffset: 2) })
    }

    @Test func linkAfterCRLFAndLoneCRLineEndings() {
        // Written out by hand: MarkedText counts "\r\n" (one Character) as no line break.
        let rendered = MarkdownRenderer().render("line\r\nél [c](c.md)\r\n\r\nx\ré ![i](i.png)\r\n", path: Self.path, lineOffset: 1)
        #expect(rendered.links.map(\.location.description) == ["content/post.md:3:4"])
        #expect(rendered.images.map(\.location.description) == ["content/post.md:6:3"])
    }

    @Test func angleBracketAutolinkAfterNonASCII() {
        let marked = MarkedText("ab é 1️⃣<https://a.example/x>\n")
        #expect(Self.render(marked).links.map(\.location) == [Self.expected(marked, "1️⃣")])
    }

    @Test func multiLineLinkIsWhereItStarts() {
        // swift-markdown's regression case: a link whose text wraps onto the next line.
        let marked = MarkedText("para é 1️⃣[multi\nline link](m.md) after\n")
        let rendered = Self.render(marked, lineOffset: 10)
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "1️⃣", lineOffset: 10)])
    }

    @Test func linkOnAnIndentedContinuationLine() {
        let marked = MarkedText("para text\n  indented 1️⃣[second](s.md)\n")
        #expect(Self.render(marked).links.map(\.location) == [Self.expected(marked, "1️⃣")])
    }

    @Test func wwwAutolinkIsWhereItsTextStarts() {
        let marked = MarkedText("see é 1️⃣www.example.com and\n2️⃣www.two.example\n")
        let rendered = Self.render(marked, lineOffset: 5)
        #expect(rendered.links.map(\.destination) == ["http://www.example.com", "http://www.two.example"])
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "1️⃣", lineOffset: 5), Self.expected(marked, "2️⃣", lineOffset: 5)])
    }

    @Test func bareURLAndEmailAutolinksAreWhereTheirTextStarts() {
        let marked = MarkedText("First line.\nsee é 1️⃣https://x.org/a and 2️⃣me@example.com\n")
        let rendered = Self.render(marked, lineOffset: 5)
        #expect(rendered.links.map(\.destination) == ["https://x.org/a", "mailto:me@example.com"])
        // Never the front matter's last line (line 0 of the body + offset).
        #expect(rendered.links.allSatisfy { $0.location.line > 5 })
        #expect(rendered.links.map(\.location) == [Self.expected(marked, "1️⃣", lineOffset: 5), Self.expected(marked, "2️⃣", lineOffset: 5)])
    }

    // MARK: Raw HTML

    @Test func rawHTMLInlineAndBlockAfterNonASCII() {
        let marked = MarkedText("Text é 1️⃣<span>x2️⃣</span>\n\n3️⃣<div>\nblock\n</div>\n\n日本 4️⃣<!-- c -->\n")
        let expected = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map { Self.expected(marked, $0, lineOffset: 6) }
        #expect(Self.render(marked, lineOffset: 6).rawHTMLLocations == expected)
        // Locations are reported whether or not the HTML is let through.
        #expect(Self.render(marked, lineOffset: 6, options: MarkdownOptions(unsafeHTML: true)).rawHTMLLocations == expected)
    }

    @Test func noRawHTMLNoLocations() {
        #expect(MarkdownRenderer().render("a < b > c & `<b>`\n\n```\n<div>\n```\n", path: "t.md").rawHTMLLocations.isEmpty)
    }
}
