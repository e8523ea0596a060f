import Foundation
@testable import PubgenCore
import PubgenDiagnostics
import PubgenMarkdown
import PubgenTestSupport
import Testing

/// Words are counted wherever something reads them: an article's reading time when it
/// states none, lint's read-time rule, and the user's templates (`wordCount`, on any
/// page). Only an article with a written `read_time`, built with the built-in templates
/// alone, is left uncounted.
struct WordCountTests {
    static let words = Array(repeating: "word", count: 690).joined(separator: " ")

    static func files() -> [String: String] {
        [
            "stated.md": "---\ntitle: S\npublish_date: 2025-01-01\nread_time: '9 mins'\ntags: [t]\n---\n\n\(words)\n",
            "computed.md": "---\ntitle: C\npublish_date: 2025-01-02\ntags: [t]\n---\n\n\(words)\n",
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

    @Test func builtInTemplatesLeaveAStatedReadTimeUncounted() async throws {
        let counts = try await counts(countsAllWords: false)
        #expect(counts["stated"] == .some(nil))
        #expect(counts["sectioned"] == .some(nil))
        #expect(counts["computed"] == 690)
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

    /// The user's templates that show `wordCount` get the real count, read time or not:
    /// on an article's own page, on a section page, on the 404 page, and on a tag page
    /// made again in a rebuild after another of its articles changed.
    @Test func userTemplatesThatShowTheCountGetIt() async throws {
        let folder = try TemporaryDirectory("word-count-template")
        for (path, text) in Self.files() { try folder.write("content/\(path)", text) }
        try folder.write("templates/article.mustache", "<p>{{article.wordCount}} words</p>\n")
        try folder.write("templates/tag.mustache", "{{#articles}}<li>{{title}}: {{wordCount}}</li>{{/articles}}\n")
        try folder.write("templates/section.mustache", "{{#articles}}<li>{{title}}: {{wordCount}}</li>{{/articles}}\n")
        try folder.write("templates/404.mustache", "{{#recent}}<li>{{title}}: {{wordCount}}</li>{{/recent}}\n")
        let output = folder.appending("out")
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        _ = try await publish(site: folder.url, output: output)
        #expect(try page("stated/index.html").contains("<p>690 words</p>"))
        #expect(try page("notes/index.html").contains("<li>N: 690</li>"))
        #expect(try page("404.html").contains("<li>S: 690</li>"))
        // Another article of the tag gets a new first word: the tag page is made again.
        try folder.write("content/computed.md", Self.files()["computed.md"]!.replacingOccurrences(of: "\n\nword ", with: "\n\nchanged "))
        _ = try await publish(site: folder.url, output: output)
        let tagPage = try page("tags/t/index.html")
        #expect(tagPage.contains("<li>C: 690</li>") && tagPage.contains("<li>S: 690</li>"), "\(tagPage)")
    }

    @Test func onlyTheBuiltInTemplatesSkipCounting() throws {
        let folder = try TemporaryDirectory("word-count-theme")
        let builtIn = try #require(TemplateSet.load(directory: nil, displayPath: "templates").0)
        #expect(!builtIn.hasUserTemplates)
        try folder.write("templates/style.css", "body {}\n")
        let styled = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        #expect(!styled.hasUserTemplates, "a stylesheet shows no word count")
        try folder.write("templates/404.mustache", "{{#recent}}{{wordCount}}{{/recent}}\n")
        let overridden = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        #expect(overridden.hasUserTemplates)
    }
}
