import Foundation
@testable import PubgenCore
import PubgenTestSupport
import PubgenXML
import Testing

struct FeedRendererTests {
    func site(
        articles count: Int, body: String = "See [b](b.md) and ![img](pics/x.png) and [a](#part).\n\n## Part\n",
        baseURL: String? = "https://example.org/blog/"
    ) async throws -> Site {
        let folder = try TemporaryDirectory("feed")
        for index in 0..<count {
            try folder.write("content/p\(index).md", "---\ntitle: \"Post <\(index)> & co\"\npublish_date: 2025-01-\(String(format: "%02d", index + 1))\n---\n\n\(body)")
        }
        try folder.write("content/b.md", "---\ntitle: B\npublish_date: 2024-01-01\n---\n\nB.")
        var configuration = SiteConfiguration()
        configuration.baseURL = baseURL
        configuration.feedLimit = 3
        let builder = SiteBuilder(contentDirectory: folder.appending("content"), contentDisplayPath: "content",
                                  configuration: configuration, options: .testing())
        return try await builder.build().site
    }

    @Test func theFeedIsWellFormedAndLimitedToTheNewest() async throws {
        let feed = try #require(try await FeedRenderer.render(try await site(articles: 5)).first { $0.path == "feed.xml" })
        #expect(HTMLInspector.xmlProblems(feed.bytes).isEmpty)
        let text = String(decoding: feed.bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "<item>").count - 1 == 3)
        #expect(text.contains("<title>Post &lt;4&gt; &amp; co</title>"))
        #expect(text.contains("<lastBuildDate>Sun, 05 Jan 2025 00:00:00 +0000</lastBuildDate>"))
        #expect(text.contains("<atom:link href=\"https://example.org/blog/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>"))
    }

    /// Without a base URL links are relative: an RSS guid marked as a permalink and
    /// Atom ids must be absolute, so the guid is not a permalink and the ids are URNs.
    @Test func withoutABaseURLGuidsAreNotPermalinksAndAtomIdsAreURNs() async throws {
        let files = try await FeedRenderer.render(try await site(articles: 1, baseURL: nil))
        let rss = String(decoding: try #require(files.first { $0.path == "feed.xml" }).bytes, as: UTF8.self)
        #expect(rss.contains("<guid isPermaLink=\"false\">p0/</guid>"))
        let atom = String(decoding: try #require(files.first { $0.path == "atom.xml" }).bytes, as: UTF8.self)
        #expect(atom.contains("<id>urn:pubgen:my-blog</id>"))
        #expect(atom.contains("<id>urn:pubgen:my-blog:p0</id>"))
    }

    @Test func contentHasEveryLinkAndImageAbsolute() async throws {
        let feed = try #require(try await FeedRenderer.render(try await site(articles: 1)).first { $0.path == "feed.xml" })
        let text = String(decoding: feed.bytes, as: UTF8.self)
        #expect(text.contains("<a href=\"https://example.org/blog/b/\">b</a>"))
        #expect(text.contains("<img src=\"https://example.org/blog/p0/pics/x.png\" alt=\"img\" />"))
        #expect(text.contains("<a href=\"https://example.org/blog/p0/#part\">a</a>"))
        #expect(!text.contains("heading-anchor"))
    }

    @Test func eachAuthorIsOnePersonInJSONFeedAtomAndJSONLD() async throws {
        let folder = try TemporaryDirectory("feed-authors")
        try folder.write("content/a.md", "+++\ntitle = \"A\"\ndate = 2025-01-02\nauthors = [\"Ana Example\", \"Bo Example\"]\n+++\nBody.\n")
        var configuration = SiteConfiguration()
        configuration.baseURL = "https://example.org/"
        let site = try await SiteBuilder(contentDirectory: folder.appending("content"), contentDisplayPath: "content",
                                         configuration: configuration, options: .testing()).build().site
        let feeds = try await FeedRenderer.render(site)
        let json = String(decoding: try #require(feeds.first { $0.path == "feed.json" }).bytes, as: UTF8.self)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let item = try #require((parsed?["items"] as? [[String: Any]])?.first)
        #expect((item["authors"] as? [[String: String]])?.map { $0["name"] } == ["Ana Example", "Bo Example"])
        let atom = String(decoding: try #require(feeds.first { $0.path == "atom.xml" }).bytes, as: UTF8.self)
        #expect(atom.contains("<name>Ana Example</name>") && atom.contains("<name>Bo Example</name>"))
        #expect(!atom.contains("Ana Example, Bo Example"))
        let article = try #require(site.articles.first)
        let ld = JSONLD.blogPosting(for: article, site: site)
        #expect(ld.contains(#""author":[{"@type":"Person","name":"Ana Example"},{"@type":"Person","name":"Bo Example"}]"#))
    }

    @Test func feedsWrittenInParallelEqualFeedsWrittenOneByOne() async throws {
        let folder = try TemporaryDirectory("feed-parallel")
        for index in 0..<12 {
            let tags = ["alpha", "beta", "gamma", "delta"].prefix(index % 4 + 1).joined(separator: ", ")
            try folder.write("content/p\(index).md", "---\ntitle: P\(index)\npublish_date: 2025-02-\(String(format: "%02d", index + 1))\ntags: [\(tags)]\n---\n\nBody [\(index)](p0.md).\n")
        }
        var configuration = SiteConfiguration()
        configuration.baseURL = "https://example.org/"
        configuration.feedLimit = 5
        let site = try await SiteBuilder(contentDirectory: folder.appending("content"), contentDisplayPath: "content",
                                         configuration: configuration, options: .testing()).build().site
        let serial = try await FeedRenderer.render(site, concurrency: 1)
        let parallel = try await FeedRenderer.render(site, concurrency: 8)
        #expect(serial.map(\.path) == ["feed.xml", "atom.xml", "feed.json"] + site.tags.map { $0.relativeURL + "feed.xml" })
        #expect(serial.map(\.path) == parallel.map(\.path))
        #expect(serial.map(\.bytes) == parallel.map(\.bytes))
    }
}
