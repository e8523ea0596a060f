import PubgenCore
import PubgenTestSupport
import Testing

/// Every rule has a case that fires and a case that does not.
struct LintRuleTests {
    @Test func aCleanArticleHasNoFindings() async throws {
        #expect(try await lintFindings(["a.md": lintArticle()]).isEmpty)
    }

    @Test func quotingIsAnErrorInLint() async throws {
        let findings = try await lintFindings(["a.md": lintArticle(extra: "cta: 'It's here'\n")], rule: "front-matter.quoting")
        #expect(findings == ["content/a.md:5:6: error: apostrophe inside a single-quoted value is not valid YAML; read as \"It's here\". Write it in double quotes, or double the apostrophe ('')"])
        #expect(try await lintFindings(["a.md": lintArticle(extra: "cta: 'It''s here'\n")], rule: "front-matter.quoting").isEmpty)
    }

    @Test func unknownKeysSuggestTheNearestKnownKey() async throws {
        let findings = try await lintFindings(["a.md": lintArticle(extra: "publsh_date: 2025-01-02\nseries: X\n")], rule: "front-matter.unknown-key")
        #expect(findings == [
            "content/a.md:5:1: warning: unknown key 'publsh_date'; did you mean 'publish_date'?",
            "content/a.md:6:1: note: key 'series' is not one pubgen uses; templates can read it as article.params.series",
        ])
        #expect(try await lintFindings(["a.md": lintArticle(extra: "heroImageAlt: x\n")], rule: "front-matter.unknown-key").isEmpty)
    }

    @Test func heroImageMustBeAURLOrAnExistingFile() async throws {
        let missing = try await lintFindings(["a.md": lintArticle(extra: "heroImage: pics/none.png\n")], rule: "front-matter.hero-image")
        #expect(missing == ["content/a.md:5:12: error: 'heroImage' points at 'pics/none.png', which does not exist"])
        let scheme = try await lintFindings(["a.md": lintArticle(extra: "heroImage: ftp://x/y.png\n")], rule: "front-matter.hero-image")
        #expect(scheme.count == 1)
        let fine = try await lintFindings([
            "a.md": lintArticle(extra: "heroImage: pics/here.png\n"), "pics/here.png": "png",
            "b.md": lintArticle(extra: "heroImage: https://example.org/x.jpg\n", title: "B"),
        ], rule: "front-matter.hero-image")
        #expect(fine.isEmpty)
    }

    @Test func descriptionLength() async throws {
        let short = "---\ntitle: T\ndescription: Too short.\npublish_date: 2025-01-02\n---\n\nBody.\n"
        let none = "---\ntitle: T\npublish_date: 2025-01-02\n---\n\nBody.\n"
        #expect(try await lintFindings(["a.md": short], rule: "front-matter.description") == [
            "content/a.md:3:14: warning: 'description' is 10 characters; 50 to 160 read well in search results",
        ])
        #expect(try await lintFindings(["a.md": none], rule: "front-matter.description") == [
            "content/a.md:2:1: warning: no 'description': search results and feeds will show the first paragraph instead; write 50 to 160 characters",
        ])
        let long = "---\ntitle: T\ndescription: \"\(String(repeating: "x", count: 161))\"\npublish_date: 2025-01-02\n---\n\nBody.\n"
        #expect(try await lintFindings(["a.md": long], rule: "front-matter.description").count == 1)
        #expect(try await lintFindings(["a.md": none.replacingOccurrences(of: "publish_date", with: "draft: true\npublish_date")], rule: "front-matter.description").isEmpty)
    }

    @Test func declaredReadTimeFarFromTheTextIsAWarning() async throws {
        let words = Array(repeating: "word", count: 920).joined(separator: " ")
        let findings = try await lintFindings(["a.md": lintArticle(words, extra: "read_time: '40 mins'\n")], rule: "front-matter.read-time")
        #expect(findings == ["content/a.md:5:12: warning: 'read_time' says 40 minutes, but the text (920 words) reads in about 4"])
        #expect(try await lintFindings(["a.md": lintArticle(words, extra: "read_time: '5 mins'\n")], rule: "front-matter.read-time").isEmpty)
    }

    @Test func anEmptyBodyIsAWarning() async throws {
        #expect(try await lintFindings(["a.md": lintArticle("")], rule: "content.empty") == [
            "content/a.md:2:1: warning: the article has no body after its front matter",
        ])
    }

    @Test func aFutureDateIsANote() async throws {
        let findings = try await lintFindings(["a.md": lintArticle().replacingOccurrences(of: "2025-01-02", with: "2031-06-01")], rule: "content.future")
        #expect(findings == ["content/a.md:4:15: note: publish_date 2031-06-01 is in the future: build leaves this article out until then (or pass --future)"])
        #expect(try await lintFindings(["a.md": lintArticle()], rule: "content.future").isEmpty)
    }

    @Test func brokenAnchorsOnThisPageAndOthers() async throws {
        let findings = try await lintFindings([
            "a.md": lintArticle("## Real Heading\n\n[ok](#real-heading) [bad](#real-headin) [other](b.md#nope) [fine](b.md#intro)"),
            "b.md": lintArticle("## Intro\n\nText.", title: "B"),
        ], rule: "link.anchor")
        #expect(findings == [
            "content/a.md:9:21: error: no heading on this page has the id 'real-headin'; did you mean 'real-heading'?",
            "content/a.md:9:41: error: 'b' has no heading with the id 'nope'",
        ])
    }

    @Test func missingLocalFilesAreErrors() async throws {
        let findings = try await lintFindings([
            "a.md": lintArticle("![chart](img/chart.png) ![there](img/there.png) [pdf](files/report.pdf) [web](https://example.org/x.png)"),
            "img/there.png": "png",
        ], rule: "link.missing-file")
        #expect(findings == [
            "content/a.md:7:1: error: image to 'img/chart.png', which does not exist",
            "content/a.md:7:49: error: link to 'files/report.pdf', which does not exist",
        ])
    }

    @Test func imagesNeedAltText() async throws {
        let findings = try await lintFindings(["a.md": lintArticle("![](https://example.org/a.png) ![A chart](https://example.org/b.png)")], rule: "image.alt")
        #expect(findings == ["content/a.md:7:1: warning: image 'https://example.org/a.png' has no alt text; describe it between the brackets: ![what it shows](…)"])
    }

    @Test func headingLevelsMustNotSkip() async throws {
        let findings = try await lintFindings(["a.md": lintArticle("# Big\n\n## Fine\n\n#### Skipped\n\n### Back")], rule: "heading.order")
        #expect(findings == [
            "content/a.md:7:1: warning: level-1 heading in the body; the title is already the page's h1, so start sections with ##",
            "content/a.md:11:1: warning: heading jumps from h2 to h4; use h3",
        ])
    }

    @Test func rawHTMLIsReportedUnlessAllowed() async throws {
        let article = lintArticle("Text <span>inline</span>.\n\n<div>block</div>")
        #expect(try await lintFindings(["a.md": article], rule: "markdown.raw-html").count == 3)
        #expect(try await lintFindings(["a.md": article], rule: "markdown.raw-html", config: "unsafe_html: true\n").isEmpty)
    }

    @Test func mojibakeIsFoundAtEachOccurrence() async throws {
        let findings = try await lintFindings(["a.md": lintArticle("It isnâ€™t â€“ cafÃ© ok.")], rule: "encoding.mojibake")
        #expect(findings == [
            "content/a.md:7:7: error: mojibake: 'â€™' is '’' saved in the wrong encoding (UTF-8 read as Windows-1252)",
            "content/a.md:7:12: error: mojibake: 'â€“' is '–' saved in the wrong encoding (UTF-8 read as Windows-1252)",
            "content/a.md:7:19: error: mojibake: 'Ã©' is 'é' saved in the wrong encoding (UTF-8 read as Windows-1252)",
        ])
        #expect(try await lintFindings(["a.md": lintArticle("Ça va – café, naïve “quotes”, 日本語.")], rule: "encoding.mojibake").isEmpty)
    }

    @Test func duplicateSlugsAfterCaseFoldingNameEachOther() async throws {
        let findings = try await lintFindings([
            "a.md": lintArticle(extra: "slug: Café\n"),
            "b.md": lintArticle(extra: "slug: cafe\n", title: "B"),
        ], rule: "slug.duplicate")
        #expect(findings.count == 2)
        #expect(findings[0].contains("'content/b.md'"))
        #expect(findings[1].contains("'content/a.md'"))
    }

    @Test func configurationDisablesAndRetunesRules() async throws {
        let files = ["a.md": lintArticle("![](https://example.org/a.png)\n\n#### Deep")]
        let config = "lint:\n  disable: [heading.order]\n  error: [image.alt]\n"
        let findings = try await lintFindings(files, config: config)
        #expect(findings == ["content/a.md:7:1: error: image 'https://example.org/a.png' has no alt text; describe it between the brackets: ![what it shows](…)"])
        let typo = try await lintFindings(files, rule: "config", config: "lint:\n  disable: [heading.ordr]\n")
        #expect(typo == ["pubgen.yml:2:13: warning: unknown lint rule 'heading.ordr'; did you mean 'heading.order'?"])
    }
}
