import Foundation
import PubgenCore
import PubgenTestSupport
import PubgenXML
import Testing

/// Tags, pagination, neighbours, summaries, contents, feeds, sitemap, assets and base paths,
/// built end to end through `Publisher` into a temporary folder.
struct BlogSurfaceTests {
    struct Built {
        let folder: TemporaryDirectory
        let report: Publisher.Report
        var out: URL { folder.appending("out") }

        func text(_ path: String) throws -> String {
            try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
        }

        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path)
        }
    }

    static func post(_ title: String, date: String, tags: [String] = [], extra: String = "", body: String = "Body text.") -> String {
        "---\ntitle: \"\(title)\"\npublish_date: \(date)\ntags: [\(tags.joined(separator: ", "))]\n\(extra)---\n\n\(body)\n"
    }

    func build(_ files: [String: String], config: String = "base_url: https://example.org/blog/\n", binary: [String: [UInt8]] = [:]) async throws -> Built {
        let folder = try TemporaryDirectory("surface")
        for (path, text) in files { try folder.write(path, text) }
        for (path, bytes) in binary { try folder.write(path, bytes: bytes) }
        try folder.write("pubgen.yml", config)
        let report = try await publish(site: folder.url, output: folder.appending("out"))
        return Built(folder: folder, report: report)
    }

    @Test func tagsGetAnIndexAPageAndAFeedAndMergeBySlug() async throws {
        let built = try await build([
            "content/a.md": Self.post("A", date: "2025-01-01", tags: ["Swift", "C++"]),
            "content/b.md": Self.post("B", date: "2025-01-02", tags: ["swift"]),
        ])
        #expect(built.report.wroteOutput, "\(formatted(built.report.diagnostics))")
        let index = try built.text("tags/index.html")
        #expect(index.contains("<a href=\"../tags/swift/\">swift</a> <span class=\"count\">2</span>"))
        #expect(index.contains("<a href=\"../tags/c/\">C++</a> <span class=\"count\">1</span>"))
        let swift = try built.text("tags/swift/index.html")
        #expect(swift.contains("<a href=\"../../b/\">B</a>"))
        #expect(swift.contains("<a href=\"../../a/\">A</a>"))
        let feed = try built.text("tags/swift/feed.xml")
        #expect(feed.contains("<link>https://example.org/blog/tags/swift/</link>"))
        #expect(feed.components(separatedBy: "<item>").count == 3)
        #expect(try built.text("a/index.html").contains("<li><a href=\"../tags/swift/\">Swift</a></li>"))
    }

    @Test func listsPaginateWithPrevAndNext() async throws {
        var files: [String: String] = [:]
        for day in 1...5 { files["content/p\(day).md"] = Self.post("P\(day)", date: "2025-01-0\(day)", tags: ["all"]) }
        let built = try await build(files, config: "base_url: https://example.org/\npaginate: 2\n")
        #expect(built.exists("index.html") && built.exists("page/2/index.html") && built.exists("page/3/index.html"))
        #expect(!built.exists("page/4/index.html"))
        let second = try built.text("page/2/index.html")
        #expect(second.contains("<link rel=\"prev\" href=\"../../\">"))
        #expect(second.contains("<link rel=\"next\" href=\"../../page/3/\">"))
        #expect(second.contains("<a href=\"../../p3/\">P3</a>"))
        #expect(second.contains("<link rel=\"stylesheet\" href=\"../../style.css\">"))
        #expect(built.exists("tags/all/page/3/index.html"))
        let sitemap = try built.text("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/page/3/</loc>"))
    }

    @Test func paginateZeroPutsEveryArticleOnOnePage() async throws {
        var files: [String: String] = [:]
        for day in 1...5 { files["content/p\(day).md"] = Self.post("P\(day)", date: "2025-01-0\(day)") }
        let built = try await build(files, config: "base_url: https://example.org/\npaginate: 0\n")
        #expect(!built.exists("page/2/index.html"))
        let index = try built.text("index.html")
        for day in 1...5 { #expect(index.contains("<a href=\"p\(day)/\">P\(day)</a>")) }
        #expect(!index.contains("class=\"pagination\""))
    }

    @Test func articlesLinkTheirNeighboursAndRelatedArticles() async throws {
        let built = try await build([
            "content/a.md": Self.post("A", date: "2025-01-01", tags: ["x", "y"]),
            "content/b.md": Self.post("B", date: "2025-01-02", tags: ["x"]),
            "content/c.md": Self.post("C", date: "2025-01-03", tags: ["x", "y"]),
            "content/d.md": Self.post("D", date: "2025-01-04"),
        ])
        let b = try built.text("b/index.html")
        #expect(b.contains("rel=\"prev\" href=\"../a/\"><span>Older</span> A</a>"))
        #expect(b.contains("rel=\"next\" href=\"../c/\"><span>Newer</span> C</a>"))
        let a = try built.text("a/index.html")
        let related = try #require(a.range(of: "Related articles")).upperBound
        let afterRelated = String(a[related...])
        #expect(afterRelated.range(of: "../c/")!.lowerBound < afterRelated.range(of: "../b/")!.lowerBound, "C shares two tags with A, B one")
        #expect(!afterRelated.prefix(400).contains("../d/"))
    }

    @Test func aMoreMarkerEndsTheSummary() async throws {
        let body = "First part.\n\nStill the summary.\n\n<!-- more -->\n\nThe rest."
        let built = try await build(["content/a.md": Self.post("A", date: "2025-01-01", body: body)])
        #expect(try built.text("index.html").contains("<p class=\"summary\">First part. Still the summary.</p>"))
        #expect(try built.text("feed.xml").contains("<description>First part. Still the summary.</description>"))
        let page = try built.text("a/index.html")
        #expect(!page.contains("more"))
        #expect(page.contains("<p>The rest.</p>"))
        #expect(built.report.diagnostics.isEmpty, "the marker is not raw HTML to warn about")
    }

    @Test func aTableOfContentsAppearsFromThreeHeadings() async throws {
        let built = try await build([
            "content/long.md": Self.post("L", date: "2025-01-01", body: "## One\n\n### One.a\n\n## Two\n\nText."),
            "content/short.md": Self.post("S", date: "2025-01-02", body: "## Only\n\n## Two"),
        ])
        let long = try built.text("long/index.html")
        #expect(long.contains("<nav class=\"toc\" aria-labelledby=\"toc-label\">"))
        #expect(long.contains("<li><a href=\"#onea\">One.a</a></li>"))
        #expect(!(try built.text("short/index.html")).contains("class=\"toc\""))
    }

    @Test func atomAndJSONFeedsCarryFullContentWithAbsoluteLinks() async throws {
        let built = try await build([
            "content/a.md": Self.post("A & <b>", date: "2025-01-01", extra: "description: \"Desc\"\nheroImage: pics/hero.png\n", body: "[rel](b.md) ![i](pics/hero.png)"),
            "content/b.md": Self.post("B", date: "2025-01-02", extra: "updated_date: 2025-02-01\n"),
        ], binary: ["content/pics/hero.png": [0x89, 0x50, 0x4E, 0x47]])
        let atom = try built.text("atom.xml")
        #expect(HTMLInspector.xmlProblems(Array(atom.utf8)).isEmpty)
        #expect(atom.contains("<updated>2025-02-01T00:00:00Z</updated>"))
        #expect(atom.contains("<title>A &amp; &lt;b&gt;</title>"))
        #expect(atom.contains("&lt;a href=&quot;https://example.org/blog/b/&quot;&gt;rel&lt;/a&gt;"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(built.text("feed.json").utf8)) as? [String: Any])
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["feed_url"] as? String == "https://example.org/blog/feed.json")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["https://example.org/blog/b/", "https://example.org/blog/a/"])
        #expect(items[1]["image"] as? String == "https://example.org/blog/pics/hero.png")
        #expect((items[1]["content_html"] as? String)?.contains("<img src=\"https://example.org/blog/pics/hero.png\" alt=\"i\" />") == true)
        let page = try built.text("a/index.html")
        for feed in ["feed.xml\" title", "atom.xml\" title", "feed.json\" title"] {
            #expect(page.contains("application/") && page.contains("href=\"https://example.org/blog/" + feed.prefix(9)))
        }
    }

    @Test func sitemapRobotsAnd404() async throws {
        let built = try await build(["content/a.md": Self.post("A", date: "2025-01-01", extra: "updated_date: 2025-03-04\n")])
        let sitemap = try built.text("sitemap.xml")
        #expect(sitemap.contains("<url>\n    <loc>https://example.org/blog/a/</loc>\n    <lastmod>2025-03-04</lastmod>\n  </url>"))
        #expect(try built.text("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n")
        let notFound = try built.text("404.html")
        #expect(notFound.contains("<link rel=\"stylesheet\" href=\"https://example.org/blog/style.css\">"))
        #expect(notFound.contains("<a href=\"https://example.org/blog/a/\">A</a>"))
    }

    /// Served at any missing path (/x/y/), the 404 page's relative links pointed nowhere.
    @Test func withoutABaseURLThe404PageLinksFromTheHostsRoot() async throws {
        let built = try await build(["content/a.md": Self.post("A", date: "2025-01-01")], config: "title: T\n")
        let notFound = try built.text("404.html")
        #expect(notFound.contains("<link rel=\"stylesheet\" href=\"/style.css\">"))
        #expect(notFound.contains("<a href=\"/a/\">A</a>"))
    }

    @Test func staticFilesAndArticleAssetsAreCopiedAndLinksRewritten() async throws {
        let built = try await build([
            "static/css/extra.css": "body{}",
            "content/flat.md": Self.post("Flat", date: "2025-01-01", body: "![d](images/d.svg) [css](/css/extra.css) [tags](/tags/) [pdf](<files/a b.pdf>)"),
            "content/images/d.svg": "<svg/>",
            "content/files/a b.pdf": "pdf",
            "content/bundle/index.md": Self.post("Bundle", date: "2025-01-02", body: "![here](photo.png)"),
            "content/bundle/photo.png": "png",
        ])
        #expect(built.report.wroteOutput, "\(formatted(built.report.diagnostics))")
        for path in ["css/extra.css", "images/d.svg", "files/a b.pdf", "bundle/photo.png"] { #expect(built.exists(path), "\(path)") }
        let flat = try built.text("flat/index.html")
        #expect(flat.contains("<img src=\"../images/d.svg\" alt=\"d\" />"))
        #expect(flat.contains("<a href=\"../css/extra.css\">css</a>"))
        #expect(flat.contains("<a href=\"../tags/\">tags</a>"))
        #expect(flat.contains("<a href=\"../files/a%20b.pdf\">pdf</a>"))
        #expect(try built.text("bundle/index.html").contains("<img src=\"../bundle/photo.png\" alt=\"here\" />"))
    }

    @Test func aMissingLocalFileIsAnErrorAtTheReference() async throws {
        let built = try await build(["content/a.md": Self.post("A", date: "2025-01-01", body: "Text.\n\n![gone](gone.png) and [up](../../etc/passwd)")])
        #expect(!built.report.wroteOutput)
        #expect(formatted(built.report.diagnostics) == """
            content/a.md:9:1: error: image to 'gone.png', which does not exist [link.missing-file]
            content/a.md:9:23: error: link to '../../etc/passwd' leaves the content folder; pubgen only publishes files inside it [link.missing-file]

            """)
    }

    @Test func generatedFolderNamesAreReservedSlugs() async throws {
        let built = try await build(["content/tags.md": Self.post("Tags", date: "2025-01-01")])
        #expect(built.report.diagnostics.map(\.message) == ["slug 'tags' is reserved for pubgen's own pages; choose another 'slug'"])
    }

    @Test func aThemeFolderFromTheConfigurationReplacesTemplates() async throws {
        let built = try await build([
            "content/a.md": Self.post("A", date: "2025-01-01"),
            "mytheme/footer.mustache": "<footer>themed</footer>",
        ], config: "base_url: https://example.org/\ntheme: mytheme\n")
        #expect(try built.text("index.html").contains("<footer>themed</footer>"))
    }
}
