import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// Paths, aliases and sections chosen by content: unsafe ones are refused where they
/// are written, and two pages for one file are an error at each, naming the other.
struct PathCollisionTests {
    /// Builds a throw-away site; the folder lives as long as the returned value.
    func build(_ files: [String: String], config: String? = nil) async throws -> (Publisher.Report, TemporaryDirectory) {
        let site = try TemporaryDirectory("paths")
        for (path, text) in files { try site.write(path, text) }
        if let config { try site.write("pubgen.yml", config) }
        return (try await publish(site: site.url, output: site.appending("out"), baseURL: "https://example.org/"), site)
    }

    static func post(_ title: String, _ extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: 2024-01-02\n\(extra)---\n\nText.\n"
    }

    @Test func anAliasOnAnotherArticlesPageIsAnErrorNamingBothFiles() async throws {
        let (report, _) = try await build([
            "content/a.md": Self.post("A", "aliases: [/b/]\n"),
            "content/b.md": Self.post("B"),
        ])
        #expect(formatted(report.diagnostics) == """
            content/a.md:4:11: error: 'b/index.html' would be written by both a redirect (alias) of 'content/a.md' and the article 'content/b.md'; every URL can hold one page [slug.duplicate]
            content/b.md:2:8: error: 'b/index.html' would be written by both the article 'content/b.md' and a redirect (alias) of 'content/a.md'; every URL can hold one page [slug.duplicate]

            """)
        #expect(!report.wroteOutput)
    }

    @Test func twoArticlesWithOnePathAndTwoEqualAliasesCollide() async throws {
        let (report, _) = try await build([
            "content/a.md": Self.post("A", "path: /same/\nredirect_from: /old/\n"),
            "content/b.md": Self.post("B", "url: same\naliases: [old]\n"),
        ])
        let messages = report.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
        #expect(messages.filter { $0.contains("'same/index.html'") }.count == 2)
        #expect(messages.filter { $0.contains("'old/index.html'") }.count == 2)
        #expect(messages.contains { $0.hasPrefix("content/a.md:4:7 ") && $0.contains("'content/b.md'") })
    }

    /// Pages are written as soon as they are compiled; forty articles racing for one
    /// file ended the build on "cannot write …: File exists", with no diagnostic at all.
    @Test func manyArticlesWithOneSlugAreAnErrorAtEachAndNoWriteRace() async throws {
        var files: [String: String] = [:]
        for number in 1...40 { files["content/a\(number).md"] = Self.post("A \(number)", "slug: same\n") }
        let (report, site) = try await build(files)
        let errors = report.diagnostics.filter { $0.rule == "slug.duplicate" }
        #expect(errors.count == 40)
        #expect(errors.allSatisfy { $0.location?.line == 4 && $0.message.contains("all 40 would be written to same/index.html") })
        #expect(errors.first?.message.contains("and 36 more") == true)
        #expect(!report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: site.appending("out").path))
    }

    @Test func threeClaimsOnOneFileNameTheOtherTwoAtEach() async throws {
        let (report, _) = try await build([
            "content/a.md": Self.post("A", "aliases: [/b/]\n"),
            "content/b.md": Self.post("B"),
            "content/c.md": Self.post("C", "aliases: [/b/]\n"),
        ])
        #expect(report.diagnostics.map(\.message).contains(
            "'b/index.html' would be written by the article 'content/b.md' and by 2 others (a redirect (alias) of 'content/a.md', a redirect (alias) of 'content/c.md'); every URL can hold one page"))
        #expect(report.diagnostics.filter { $0.rule == "slug.duplicate" }.count == 3)
    }

    @Test func aSectionPageAndAnArticlePathCollide() async throws {
        let (report, _) = try await build([
            "content/news/a.md": Self.post("A"),
            "content/b.md": Self.post("B", "path: news\n"),
        ])
        #expect(report.diagnostics.contains { $0.location?.path == "content/b.md" && $0.message.contains("the section page of 'news'") })
    }

    @Test(arguments: ["../../escape", "/a/%2F..%2F/b", "a\\\\b", "https://evil.example/", "/tags/x/"])
    func unsafeOrReservedPathsAreErrorsAndNothingIsWritten(_ path: String) async throws {
        let (report, site) = try await build(["content/a.md": Self.post("A", "path: \"\(path)\"\n")])
        #expect(report.diagnostics.hasErrors)
        #expect(report.diagnostics.contains { $0.location?.description == "content/a.md:4:7" }, "\(formatted(report.diagnostics))")
        #expect(!report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: site.appending("escape").path))
    }

    @Test func anUnsafePathIsReportedUnderTheKeyAsWritten() async throws {
        let (report, _) = try await build(["content/a.md": Self.post("A", "permalink: /a/../../b/\n")])
        #expect(formatted(report.diagnostics) == """
            content/a.md:4:12: error: 'permalink' '/a/../../b/' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]

            """)
    }

    @Test func anUnsafeAliasIsAnErrorAtItsItem() async throws {
        let (report, _) = try await build(["content/a.md": Self.post("A", "aliases: [\"../../../etc/x\"]\n")])
        #expect(formatted(report.diagnostics).contains(
            "content/a.md:4:11: error: alias '../../../etc/x' contains '..'; write the path from the site root without '.' or '..' [front-matter.path]"))
    }

    @Test func anAliasOnPubgensOwnFilesIsAnErrorAtTheAlias() async throws {
        let (report, _) = try await build(["content/a.md": Self.post("A", "aliases: [feed.xml, index.html, /tags/x/, /v1.2/]\n")])
        #expect(formatted(report.diagnostics) == """
            content/a.md:4:11: warning: alias 'feed.xml' ends in '.xml': a redirect page can only stand at a folder URL or a .html file, so it is left out [front-matter.path]
            content/a.md:4:21: error: alias 'index.html' is the site's home page, which the index uses [front-matter.path]
            content/a.md:4:33: error: the old URL 'tags/x/index.html' is inside a folder pubgen's own pages use (tags/, page/); it cannot be a redirect [slug.duplicate]

            """)
    }

    @Test func aPermalinkPatternPlacesArticlesAndItsHTMLFormBecomesARedirect() async throws {
        let (report, site) = try await build([
            "content/news/a.md": Self.post("A"),
        ], config: "permalink: /:section/:year/:month/:slug.html\n")
        let out = site.appending("out")
        #expect(!report.diagnostics.hasErrors, "\(formatted(report.diagnostics))")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("news/2024/01/a/index.html").path))
        let redirect = try String(contentsOf: out.appendingPathComponent("news/2024/01/a.html"), encoding: .utf8)
        #expect(redirect.contains("url=../../../news/2024/01/a/"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("news/index.html").path))
    }

    @Test func anUnknownPermalinkTokenIsAConfigurationError() async throws {
        let (report, _) = try await build(["content/a.md": Self.post("A")], config: "permalink: /:yeer/:slug/\n")
        #expect(formatted(report.diagnostics).contains("pubgen.yml:1:12: error: 'permalink': unknown token ':yeer'"))
    }

    @Test func aSectionIndexUnderTagsIsAnErrorAtTheIndexInBuildAndLint() async throws {
        let files = [
            "content/tags/_index.md": "---\ntitle: Topics\n---\n",
            "content/a.md": Self.post("A", "tags: [x]\n"),
        ]
        let (report, site) = try await build(files)
        #expect(formatted(report.diagnostics) == """
            content/tags/_index.md:1:1: error: the section page 'tags/index.html' of 'content/tags/_index.md' is inside 'tags/', which pubgen's own tag pages use; rename the folder [slug.duplicate]

            """)
        #expect(!FileManager.default.fileExists(atPath: site.appending("out").path))
        let lint = try await lintFindings(["tags/_index.md": "---\ntitle: Topics\n---\n", "a.md": lintArticle(extra: "tags: [x]\n")],
                                          rule: SiteChecks.duplicateSlugRule)
        #expect(lint == ["content/tags/_index.md:1:1: error: the section page 'tags/index.html' of 'content/tags/_index.md' is inside 'tags/', which pubgen's own tag pages use; rename the folder"])
    }

    @Test func anAliasOnASectionsSecondListPageIsAnErrorNamingBoth() async throws {
        let (report, _) = try await build([
            "content/posts/a.md": Self.post("A"),
            "content/posts/b.md": Self.post("B"),
            "content/c.md": Self.post("C", "aliases: [/posts/page/2/]\n"),
        ], config: "paginate: 1\n")
        #expect(formatted(report.diagnostics) == """
            content/c.md:4:11: error: 'posts/page/2/index.html' would be written by both a redirect (alias) of 'content/c.md' and a list page of 'posts'; every URL can hold one page [slug.duplicate]

            """)
    }

    /// A file that is also the folder of several outputs is reported for each of them,
    /// however the paths are ordered.
    @Test func aFileAboveManyOutputsIsReportedForEach() {
        let paths = ["posts", "posts/2024/a/index.html", "posts/2024/b/index.html", "posts/2024/c/index.html", "other/x.html"]
        for _ in 0..<5 {
            let diagnostics = SiteFiles.collisions(in: paths.shuffled(), origins: [:])
            #expect(diagnostics.count == 3)
            #expect(Set(diagnostics.map(\.message)).count == 3)
        }
    }
}

