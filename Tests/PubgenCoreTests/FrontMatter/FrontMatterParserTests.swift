import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

struct FrontMatterParserTests {
    func parse(_ yaml: String, severity: Diagnostic.Severity = .warning) -> (FrontMatter?, [Diagnostic]) {
        let parser = FrontMatterParser(quotingSeverity: severity, timeZone: TimeZone(identifier: "UTC")!)
        return parser.parse(FrontMatterBlock(yaml: yaml, yamlLineOffset: 1, body: "", bodyLineOffset: 0), path: "post.md")
    }

    @Test func readsEveryKnownKeyInEitherSpelling() throws {
        let (frontMatter, diagnostics) = parse("""
            title: "Hello"
            subtitle: Sub
            description: A description
            author: Ana
            readTime: 5 mins
            publishDate: 2025-03-04
            created_date: 2025-03-01
            updatedDate: 2025-04-01T10:00:00+02:00
            heroImage: https://example.org/a.jpg
            hero_image_alt: A picture
            cta: Subscribe
            tags: [python, web]
            draft: true
            slug: custom
            series: Systems Notes
            """)
        #expect(diagnostics.isEmpty)
        let value = try #require(frontMatter)
        #expect(value.title == "Hello")
        #expect(value.subtitle == "Sub")
        #expect(value.readTime == "5 mins")
        #expect(value.publishDate?.iso8601 == "2025-03-04")
        #expect(value.createdDate?.iso8601 == "2025-03-01")
        #expect(value.updatedDate?.iso8601 == "2025-04-01T10:00:00+02:00")
        #expect(value.heroImage == "https://example.org/a.jpg")
        #expect(value.heroImageAlt == "A picture")
        #expect(value.tags == ["python", "web"])
        #expect(value.draft)
        #expect(value.slug == "custom")
        #expect(value.extra.map(\.key) == ["series"])
        #expect(value.extra.first?.value == .text("Systems Notes"))
    }

    @Test func recoversInvalidQuotingWithAWarningAtTheValue() throws {
        let (frontMatter, diagnostics) = parse("""
            title: 'Python's rise'
            publish_date: '2025-03-04'
            """)
        #expect(frontMatter?.title == "Python's rise")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.location?.description == "post.md:2:8")
        #expect(diagnostics.first?.rule == "front-matter.quoting")
    }

    /// When the repair cannot fix every line, the error was the parser's first one,
    /// often on a line the repair fixes; it is now the one that remains.
    @Test func theErrorLeftAfterTheRepairsIsTheOneReported() {
        let (frontMatter, diagnostics) = parse("title: 'Rock 'n' roll'\npublish_date: 2025-01-01\nsummary: 'Writers' block' # comment")
        #expect(frontMatter == nil)
        #expect(diagnostics.map { "\($0.location?.line ?? 0) \($0.severity) \($0.rule ?? "")" } == [
            "2 warning front-matter.quoting", "4 error front-matter.syntax",
        ])
    }

    /// libyaml's own words named its C function ("set with yaml_set_max_nest_level())").
    @Test func nestingTooDeepIsSaidInTheWritersWords() {
        let (_, diagnostics) = parse("title: x\nx: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000))
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML: lists and mappings nest too deep (libyaml allows 1,000 levels)") == true)
    }

    /// "'author' must be text, not a list" read as if a list of authors were wrong.
    @Test func aWrongEntryInAListOfAuthorsIsNamedByItsPlace() {
        let (_, diagnostics) = parse("title: x\npublish_date: 2025-01-01\nauthor: [a, [b]]")
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == ["post.md:4:13 'author[2]' must be text, not a list"])
    }

    @Test func lintSeverityMakesQuotingAnError() {
        let (_, diagnostics) = parse("title: 'It's'\npublish_date: 2025-01-01", severity: .error)
        #expect(diagnostics.map(\.severity) == [.error])
    }

    @Test func reportsSyntaxErrorsAtTheirPosition() {
        let marked = MarkedText("title: x\ntags: [a, b\n1️⃣")
        let (frontMatter, diagnostics) = parse(marked.text)
        #expect(frontMatter == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.rule == "front-matter.syntax")
        // Line numbers are shifted by the opening fence.
        #expect(diagnostics.first?.location?.line == (marked.markers["1️⃣"]!.line + 1))
    }

    @Test func reportsWrongTypesAtTheValue() {
        let marked = MarkedText("title: 1️⃣[a, b]\npublish_date: 2025-01-01\ntags: 2️⃣\"python, web\"\ndraft: 3️⃣maybe")
        let (_, diagnostics) = parse(marked.text)
        let shifted = { (marker: String) in
            marked.markers[marker].map { SourceLocation(path: "post.md", line: $0.line + 1, column: $0.column) }
        }
        #expect(diagnostics.map(\.location) == [shifted("1️⃣"), shifted("2️⃣"), shifted("3️⃣")])
        #expect(diagnostics.allSatisfy { $0.rule == "front-matter.type" })
    }

    @Test(arguments: ["title:", "title: ''", "title: \"  \"", "title: ~", "title: null"])
    func anEmptyOrNullTitleIsAnErrorAtTheKey(_ line: String) {
        // Published, it gave links with no text and feed items with empty titles.
        let (frontMatter, diagnostics) = parse("\(line)\npublish_date: 2025-01-01")
        #expect(diagnostics.map(\.message) == ["'title' is empty; pages, lists and feeds show it"])
        #expect(diagnostics.first?.rule == "front-matter.required")
        #expect(diagnostics.first?.location?.line == 2)
        #expect(frontMatter?.title == "")
    }

    @Test func aQuotedNullIsATitle() {
        let (frontMatter, diagnostics) = parse("title: 'null'\npublish_date: 2025-01-01")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "null")
    }

    /// Jekyll reads YAML 1.1, where `no` is false: `published: no` was an error here
    /// while the configuration took `highlight: no`.
    @Test func yesAndNoAreBooleansButQuotedOnesAreText() {
        let (jekyll, none) = parse("title: x\npublish_date: 2025-01-01\npublished: no")
        #expect(none.isEmpty)
        #expect(jekyll?.draft == true)
        let (draft, _) = parse("title: x\npublish_date: 2025-01-01\ndraft: Yes")
        #expect(draft?.draft == true)
        let (_, quoted) = parse("title: x\npublish_date: 2025-01-01\ndraft: \"yes\"")
        #expect(quoted.map(\.message) == ["'draft' is quoted text; write true or false without quotes"])
    }

    @Test func impossibleAndMisformattedDatesAreErrors() {
        let (_, impossible) = parse("title: x\npublish_date: 2025-02-30")
        #expect(impossible.first?.message == "'publish_date' is not a real date: 2025-02-30 (February 2025 has 28 days)")
        #expect(impossible.first?.location?.description == "post.md:3:15")
        let (_, dayFirst) = parse("title: x\npublish_date: 04/03/2025")
        #expect(dayFirst.first?.rule == "front-matter.date")
    }

    @Test func missingRequiredKeysAreErrorsAtTheOpeningFence() {
        let (_, diagnostics) = parse("subtitle: x")
        #expect(diagnostics.map(\.message) == ["missing required key 'title'", "missing required key 'publish_date'"])
        #expect(diagnostics.allSatisfy { $0.location?.description == "post.md:1:1" })
    }

    @Test func duplicateKeysAreErrors() {
        let (_, diagnostics) = parse("title: a\npublish_date: 2025-01-01\ntitle: b")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains("'title'") == true)
    }

    @Test func aKeyAndItsCamelCaseSpellingCountAsTheSameKey() {
        let (_, diagnostics) = parse("title: a\npublish_date: 2025-01-01\npublishDate: 2025-01-02")
        #expect(diagnostics.first?.message == "'publishDate' repeats a key already given (as 'publish_date')")
    }

    @Test func emptyFrontMatterIsAnError() {
        let (frontMatter, diagnostics) = parse("")
        #expect(frontMatter == nil)
        #expect(diagnostics.first?.message.hasPrefix("front matter must be a mapping") == true)
    }
}
