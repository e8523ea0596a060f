import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// Defects the QA review of migration support found: each built a migrated site wrongly,
/// crashed, or reported at the wrong place.
struct MigrationReviewTests {
    func build(
        _ files: KeyValuePairs<String, String>, permalink: String? = nil, options: BuildOptions = .testing()
    ) async throws -> BuildResult {
        let site = try TemporaryDirectory("migration-review")
        for (path, text) in files { try site.write("content/\(path)", text) }
        var configuration = SiteConfiguration()
        if let permalink { configuration.permalink = try PermalinkPattern.parse(permalink).get() }
        let builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: configuration, options: options)
        return try await builder.build()
    }

    func article(_ title: String, extra: String = "", body: String = "Body.") -> String {
        "---\ntitle: \"\(title)\"\npublish_date: 2025-01-02\n\(extra)---\n\n\(body)\n"
    }

    @Test func aPostNamedWithAnImpossibleDateIsAnErrorNotACrash() async throws {
        let result = try await build(["_posts/2023-02-30-bad-date.md": "---\ntitle: Bad date\n---\nbody\n", "ok.md": article("OK")])
        #expect(formatted(result.diagnostics) == """
            content/_posts/2023-02-30-bad-date.md:1:1: error: the date in the file name, 2023-02-30, is not a real date \
            (February 2023 has 28 days); fix the name or add a 'date' [front-matter.date]

            """)
        #expect(result.site.articles.map(\.slug) == ["ok"])
    }

    @Test func aDraftNamedWithAnImpossibleDateIsAWarningAndDatedByItsFile() async throws {
        let result = try await build(["_drafts/2023-02-30-idea.md": "---\ntitle: Idea\n---\nbody\n"], options: .testing(drafts: true, future: true))
        #expect(formatted(result.diagnostics) == """
            content/_drafts/2023-02-30-idea.md:1:1: warning: the date in the file name, 2023-02-30, is not a real date \
            (February 2023 has 28 days); fix the name or add a 'date'; until then the draft is dated by its file's modification time [front-matter.date]

            """)
        #expect(result.site.articles.map(\.slug) == ["idea"])
    }

    @Test func markdownExtensionFilesAreArticles() async throws {
        let result = try await build([
            "_posts/2023-04-05-welcome-to-jekyll.markdown": "---\ntitle: Welcome\n---\nHi, see [b](../b.markdown).\n",
            "b.markdown": article("B"),
        ])
        #expect(formatted(result.diagnostics) == "")
        #expect(result.site.articles.map(\.path).sorted() == ["b", "welcome-to-jekyll"])
    }

    @Test func jekyllSingularCategoryAndWordTagsAndFolderCategories() async throws {
        let result = try await build([
            "_posts/2023-04-05-one.md": "---\ntitle: One\ncategory: news\ntags: release notes\n---\n",
            "blog/_posts/2023-04-05-x.md": "---\ntitle: X\n---\n",
        ], permalink: "date")
        #expect(formatted(result.diagnostics) == "")
        let one = try #require(result.site.articles.first { $0.slug == "one" })
        #expect(one.frontMatter.tags == ["release", "notes", "news"])
        #expect(one.path == "news/2023/04/05/one")
        let post = try #require(result.site.articles.first { $0.slug == "x" })
        #expect(post.path == "blog/2023/04/05/x")
        #expect(post.redirects.map(\.file) == ["blog/2023/04/05/x.html"])
    }

    @Test func zolaAtLinksStartAtTheContentFolder() async throws {
        let result = try await build([
            "a.md": article("A", body: "[B](@/blog/b.md#part)"),
            "blog/b.md": article("B"),
        ])
        #expect(formatted(result.diagnostics) == "")
        let a = try #require(result.site.articles.first { $0.slug == "a" })
        #expect(a.body.html == "<p><a href=\"../blog/b/#part\">B</a></p>\n")
    }

    @Test func aPermalinkEndingInIndexHTMLIsTheFolder() async throws {
        let result = try await build(["about.md": article("About", extra: "permalink: /about/index.html\n")])
        #expect(formatted(result.diagnostics) == "")
        let about = try #require(result.site.articles.first)
        #expect(about.path == "about")
        #expect(about.redirects.isEmpty)
    }

    @Test func aliasesAndRedirectFromAreMerged() async throws {
        let result = try await build([
            "a.md": article("A", extra: "aliases: [/one/, /two/]\nredirect_from: [/two/, /three.html]\n"),
        ])
        #expect(formatted(result.diagnostics) == "")
        #expect(result.site.articles.first?.redirects.map(\.file) == ["one/index.html", "two/index.html", "three.html"])
    }

    @Test func aBadAliasIsReportedAtItsOwnItem() async throws {
        let result = try await build([
            "block.md": "---\ntitle: A\npublish_date: 2025-01-02\nredirect_from:\n  - /good/\n  - /bad/../x/\n---\n",
            "flow.md": "---\ntitle: B\npublish_date: 2025-01-02\naliases: [/good2/, /bad/../y/]\n---\n",
        ])
        #expect(formatted(result.diagnostics) == """
            content/block.md:6:5: error: alias '/bad/../x/' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]
            content/flow.md:4:20: error: alias '/bad/../y/' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]

            """)
    }

    @Test func aBadAliasInATOMLArrayIsReportedAtItsOwnItem() async throws {
        let result = try await build([
            "multi.md": "+++\ntitle = \"A\"\ndate = 2025-01-02\naliases = [\n  \"/good/\", # fine\n  \"/bad/../x/\",\n]\n+++\n",
            "flow.md": "+++\ntitle = \"B\"\ndate = 2025-01-02\naliases = ['/go,od/', \"/bad/../y/\"]\n+++\n",
        ])
        #expect(formatted(result.diagnostics) == """
            content/flow.md:4:23: error: alias '/bad/../y/' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]
            content/multi.md:6:3: error: alias '/bad/../x/' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]

            """)
    }
}
