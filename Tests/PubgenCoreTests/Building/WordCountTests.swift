import Foundation
@testable import PubgenCore
import PubgenDiagnostics
import PubgenMarkdown
import PubgenTestSupport
import Testing

/// Words are counted wherever something reads them: an article's reading time when it
/// states none, lint's read-time rule, templates (`wordCount`) and section pages (always
/// made from templates). Only an article with a written `read_time`, shown by built-in
/// pages alone, is left uncounted.
struct WordCountTests {
    static let words = Array(repeating: "word", count: 690).joined(separator: " ")

    static func files() -> [String: String] {
        [
            "stated.md": "---\ntitle: S\npublish_date: 2025-01-01\nread_time: '9 mins'\n---\n\n\(words)\n",
            "computed.md": "---\ntitle: C\npublish_date: 2025-01-02\n---\n\n\(words)\n",
            "notes/sectioned.md": "---\ntitle: N\npublish_date: 2025-01-03\nread_time: '9 mins'\n---\n\n\(words)\n",
        ]
    }

    func counts(countsAllWords: Bool, options: BuildOptions = .testing()) async throws -> [String: Int?] {
        let site = try TemporaryDirectory("word-count")
        for (path, text) in Self.files() { try site.write("content/\(path)", text) }
        var builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: SiteConfiguration(), options: options)
        builder.countsAllWords = countsAllWords
        let result = try await builder.build()
        return Dictionary(uniqueKeysWithValues: result.site.articles.map { ($0.slug, $0.body.wordCount) })
    }

    @Test func builtInPagesLeaveAStatedReadTimeUncounted() async throws {
        let counts = try await counts(countsAllWords: false)
        #expect(counts["stated"] == .some(nil))
        #expect(counts["computed"] == 690)
        #expect(counts["sectioned"] == 690, "a section's page comes from templates, which may show it")
    }

    @Test func everyArticleIsCountedWhenAskedOrForLint() async throws {
        var lint = BuildOptions.testing()
        lint.retainSources = true  // as `Linter` builds
        for counts in [try await counts(countsAllWords: true), try await counts(countsAllWords: false, options: lint)] {
            #expect(counts.values.allSatisfy { $0 == 690 }, "\(counts)")
        }
    }

    @Test func theRendererLeavesTheCountOutWhenTold() {
        let renderer = MarkdownRenderer()
        let counted = renderer.render(SourceText("# A\n\n" + Self.words + "\n"), path: "a.md")
        let uncounted = renderer.render(SourceText("# A\n\n" + Self.words + "\n"), path: "a.md", countsWords: false)
        #expect(counted.wordCount == 691)
        #expect(uncounted.wordCount == nil)
        #expect(uncounted.html == counted.html)
    }

    /// A template that shows `wordCount` gets the real count, read time or not, in a
    /// full build and from the cache in a rebuild.
    @Test func templatesThatShowTheCountGetIt() async throws {
        let folder = try TemporaryDirectory("word-count-template")
        for (path, text) in Self.files() { try folder.write("content/\(path)", text) }
        try folder.write("templates/article.mustache", "<p>{{article.wordCount}} words</p>\n")
        let output = folder.appending("out")
        for _ in 0..<2 {
            _ = try await publish(site: folder.url, output: output)
            let page = try String(contentsOf: output.appendingPathComponent("stated/index.html"), encoding: .utf8)
            #expect(page.contains("<p>690 words</p>"), "\(page)")
        }
    }

    @Test func onlyAThemeOfBuiltInPagesSkipsCounting() throws {
        let folder = try TemporaryDirectory("word-count-theme")
        let builtIn = try #require(TemplateSet.load(directory: nil, displayPath: "templates").0)
        #expect(builtIn.articlePagesAndListsAreBuiltIn)
        try folder.write("templates/tag.mustache", "{{#articles}}{{wordCount}}{{/articles}}\n")
        let overridden = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        #expect(!overridden.articlePagesAndListsAreBuiltIn)
    }
}
