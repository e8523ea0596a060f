import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// The Jekyll- and Zola-shaped fixture sites build and lint with no error and no
/// warning, get one page per post, and every old URL leads to its post (the page
/// itself or a redirect to it). Their golden output is checked by `SiteGoldenTests`.
struct MigratedSiteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var site: String
        /// Every post's URL.
        var posts: [String]
        /// Old URL → the post's URL it must lead to.
        var oldURLs: [String: String]
        var testDescription: String { site }
    }

    static let cases = [
        Case(site: "jekyll", posts: [
            "harbour/2023/04/05/hello-world/", "harbour/tides/2023/05/10/spring-tides/", "new-year/",
        ], oldURLs: [
            // Jekyll's own URLs under `permalink: date`, now redirects to the clean URL.
            "harbour/2023/04/05/hello-world.html": "harbour/2023/04/05/hello-world/",
            "harbour/tides/2023/05/10/spring-tides.html": "harbour/tides/2023/05/10/spring-tides/",
            // redirect_from
            "hello/": "harbour/2023/04/05/hello-world/",
            "2023/hello-world.html": "harbour/2023/04/05/hello-world/",
            "2024/01/02/new-year.html": "new-year/",
            // a per-post permalink
            "new-year/": "new-year/",
        ]),
        Case(site: "zola", posts: [
            "blog/first-light/", "guides/tide-tables/", "notes/field-work/",
        ], oldURLs: [
            // Zola's URLs: section folder and file name, or `path`.
            "blog/first-light/": "blog/first-light/",
            "guides/tide-tables/": "guides/tide-tables/",
            "notes/field-work/": "notes/field-work/",
            // aliases
            "2024/03/first-light/": "blog/first-light/",
            "posts/first-light.html": "blog/first-light/",
            "blog/tide-tables/": "guides/tide-tables/",
            "field-work/": "notes/field-work/",
        ]),
    ]

    @Test(arguments: cases)
    func buildsWithNoErrorAndNoWarning(_ fixture: Case) async throws {
        let temporary = try TemporaryDirectory("migrated")
        let report = try await publish(site: Fixtures.url(fixture.site), output: temporary.appending("out"))
        let problems = report.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(report.wroteOutput)
        #expect(report.articleCount == fixture.posts.count)
    }

    @Test(arguments: cases)
    func lintsWithNoErrorAndNoWarning(_ fixture: Case) async throws {
        let site = Fixtures.url(fixture.site)
        let report = try await Linter(contentDirectory: site.appendingPathComponent("content"), contentDisplayPath: "content", now: fixedNow).lint()
        let problems = report.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map { "\($0.location?.description ?? "-") \($0.message)" })")
    }

    @Test(arguments: cases)
    func onePagePerPostAndEveryOldURLLeadsToItsPost(_ fixture: Case) async throws {
        let temporary = try TemporaryDirectory("migrated")
        let out = temporary.appending("out")
        _ = try await publish(site: Fixtures.url(fixture.site), output: out)
        let files = DirectorySnapshot.files(in: out)
        let articlePages = files.filter { String(decoding: $0.value, as: UTF8.self).contains("\"@type\":\"BlogPosting\"") }.keys.sorted()
        #expect(articlePages == fixture.posts.map { $0 + "index.html" }.sorted())
        for (old, post) in fixture.oldURLs.sorted(by: { $0.key < $1.key }) {
            let file = old.hasSuffix("/") ? old + "index.html" : old
            guard let bytes = files[file] else {
                Issue.record("\(old): no file at \(file)")
                continue
            }
            let html = String(decoding: bytes, as: UTF8.self)
            if old == post {
                #expect(articlePages.contains(file), "\(old) is not the post's page")
                continue
            }
            let target = try #require(Self.refreshTarget(in: html), "\(old) is neither the post nor a redirect")
            #expect(Self.resolve(target, from: file) == post, "\(old) redirects to \(target)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://") && html.contains("/\(post)\">"), "\(old): canonical link")
            #expect(html.contains("<a href=\"\(target)\">"), "\(old): no plain link for people without refresh")
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
        let sitemap = String(decoding: files["sitemap.xml"] ?? [], as: UTF8.self)
        for (old, post) in fixture.oldURLs where old != post {
            #expect(!sitemap.contains(".example.org/\(old)</loc>"), "the redirect \(old) is in the sitemap")
        }
    }

    /// The `url=` of a meta refresh.
    static func refreshTarget(in html: String) -> String? {
        guard let match = html.firstMatch(of: /<meta http-equiv="refresh" content="0; url=([^"]+)">/) else { return nil }
        return String(match.output.1)
    }

    /// A relative URL resolved from the page at `file`, as a site-relative path.
    static func resolve(_ relative: String, from file: String) -> String {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/") + (relative.hasSuffix("/") ? "/" : "")
    }
}
