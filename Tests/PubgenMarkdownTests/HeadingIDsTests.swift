import PubgenMarkdown
import Testing

/// Heading ids (GitHub's slugs, through the renderer) and the self-link each heading gets.
@Suite struct HeadingIDsTests {
    static func ids(_ markdown: String) -> [String] {
        MarkdownRenderer().render(markdown, path: "t.md").headings.map(\.id)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var heading: String
        var id: String
        var testDescription: String { "\(heading) → \(id)" }
    }

    @Test(arguments: [
        Case(heading: "Hello World", id: "hello-world"),
        Case(heading: "What's new in 2.0?", id: "whats-new-in-20"),
        Case(heading: "C++ & \"Q\"", id: "c--q"),
        Case(heading: "snake_case and kebab-case", id: "snake_case-and-kebab-case"),
        Case(heading: "  Trailing   spaces  ", id: "trailing---spaces"),
        Case(heading: "Café déjà vu", id: "café-déjà-vu"),
        Case(heading: "日本語の見出し", id: "日本語の見出し"),
        Case(heading: "Ünïcödé UPPER", id: "ünïcödé-upper"),
        Case(heading: "🎉 Party", id: "-party"),
        Case(heading: "`code` *em* **strong** [link](x.md)", id: "code-em-strong-link"),
        Case(heading: "1. Step one", id: "1-step-one"),
        Case(heading: "!!!", id: "section"),
    ])
    func githubStyleSlug(_ c: Case) {
        #expect(Self.ids("## \(c.heading)\n") == [c.id])
    }

    @Test func repeatsGetNumberedSuffixes() {
        #expect(Self.ids("# Intro\n\n## Intro\n\n### Intro\n\n## Other\n\n## intro\n")
            == ["intro", "intro-1", "intro-2", "other", "intro-3"])
    }

    @Test func suffixesSkipIdsAHeadingAlreadyTook() {
        // As github-slugger does: a literal "Intro 1" takes "intro-1", so the repeat skips it.
        #expect(Self.ids("# Intro 1\n\n# Intro\n\n# Intro\n") == ["intro-1", "intro", "intro-2"])
        #expect(Self.ids("# A\n\n# A\n\n# A-1\n") == ["a", "a-1", "a-1-1"])
    }

    @Test func emptyHeadingsAreNumberedToo() {
        #expect(Self.ids("# ?\n\n# !\n") == ["section", "section-1"])
    }

    @Test func headingElementCarriesIdAndSelfLinkOnOneLine() {
        let html = MarkdownRenderer().render("## Getting *Started*\n", path: "t.md").html
        #expect(html == "<h2 id=\"getting-started\">Getting <em>Started</em> "
            + "<a class=\"heading-anchor\" href=\"#getting-started\" aria-label=\"Link to this section\">#</a></h2>\n")
    }

    @Test(arguments: 1...6)
    func everyLevelKeepsItsTag(_ level: Int) {
        let rendered = MarkdownRenderer().render(String(repeating: "#", count: level) + " Title\n", path: "t.md")
        #expect(rendered.html == "<h\(level) id=\"title\">Title <a class=\"heading-anchor\" href=\"#title\" aria-label=\"Link to this section\">#</a></h\(level)>\n")
        #expect(rendered.headings.map(\.level) == [level])
    }

    @Test func setextHeadings() {
        let rendered = MarkdownRenderer().render("Big\n===\n\nSmall\n---\n", path: "t.md")
        #expect(rendered.headings.map(\.level) == [1, 2])
        #expect(rendered.html.hasPrefix("<h1 id=\"big\">Big <a class=\"heading-anchor\" href=\"#big\""))
        #expect(rendered.html.contains("\n<h2 id=\"small\">Small <a class=\"heading-anchor\" href=\"#small\""))
    }

    @Test func headingTextIsPlainTextWithSmartPunctuation() {
        let headings = MarkdownRenderer().render("# The `main()` \"loop\" -- *why*\n", path: "t.md").headings
        #expect(headings.map(\.text) == ["The main() “loop” – why"])
        #expect(headings.map(\.id) == ["the-main-loop--why"])
    }

    @Test func duplicateIdsAreUniqueInTheHTML() {
        let html = MarkdownRenderer().render("# Same\n\n# Same\n", path: "t.md").html
        #expect(html == """
            <h1 id="same">Same <a class="heading-anchor" href="#same" aria-label="Link to this section">#</a></h1>
            <h1 id="same-1">Same <a class="heading-anchor" href="#same-1" aria-label="Link to this section">#</a></h1>

            """)
    }

    @Test func idsStartAfreshForEachDocument() {
        let renderer = MarkdownRenderer()
        #expect(renderer.render("# A\n", path: "1.md").headings.map(\.id) == ["a"])
        #expect(renderer.render("# A\n", path: "2.md").headings.map(\.id) == ["a"])
    }

    @Test func headingsInsideBlockquotesAndListsGetIdsToo() {
        let rendered = MarkdownRenderer().render("> # Quoted\n\n- ## Listed\n", path: "t.md")
        #expect(rendered.headings.map(\.id) == ["quoted", "listed"])
        #expect(rendered.html.contains("<blockquote>\n<h1 id=\"quoted\">Quoted <a class=\"heading-anchor\" href=\"#quoted\""))
        #expect(rendered.html.contains("<li>\n<h2 id=\"listed\">Listed <a class=\"heading-anchor\" href=\"#listed\""))
    }
}

/// Ids stay unique and numbered the same way past the few a page usually has, where
/// `HeadingIDs` switches from searching its ids to hashing them.
@Suite struct ManyHeadingIDsTests {
    @Test func repeatsPastTheSwitchAreNumberedInOrder() {
        let markdown = (0..<40).map { "## Step\n\n## Part \($0)\n\n" }.joined() + "## Step 1\n\n## Main\n"
        let ids = MarkdownRenderer().render(markdown, path: "t.md").headings.map(\.id)
        var expected: [String] = []
        for number in 0..<40 {
            expected.append(number == 0 ? "step" : "step-\(number)")
            expected.append("part-\(number)")
        }
        // "step-1" is taken by the second "Step"; the reserved "main" by the page itself.
        expected += ["step-1-1", "main-1"]
        #expect(ids == expected)
        #expect(Set(ids).count == ids.count)
    }
}
