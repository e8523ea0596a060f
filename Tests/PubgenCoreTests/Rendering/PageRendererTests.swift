import Foundation
@testable import PubgenCore
import PubgenTestSupport
import Synchronization
import Testing

struct PageRendererTests {
    /// A list longer than one job's run of pages is split across jobs; together they
    /// must write exactly the pages one job would, with the same bytes.
    @Test func listPagesRenderedInRunsEqualOneRun() async throws {
        let folder = try TemporaryDirectory("pages")
        let count = 2 * PageRenderer.pagesPerJob + 7
        for index in 0..<count {
            try folder.write("content/p\(index).md", "---\ntitle: P\(index)\npublish_date: 2025-01-01T00:\(String(format: "%02d", index / 60)):\(String(format: "%02d", index % 60))Z\ntags: [one]\n---\n\nBody.\n")
        }
        var configuration = SiteConfiguration()
        configuration.paginate = 1
        let site = try await SiteBuilder(contentDirectory: folder.appending("content"), contentDisplayPath: "content",
                                         configuration: configuration, options: .testing()).build().site
        let templates = try #require(TemplateSet.load(directory: nil, displayPath: "templates").0)
        let renderer = PageRenderer(templates: templates, concurrency: 4)
        let whole = renderer.listPages(site, job: .init(base: "", indices: Array(site.articles.indices), template: "index"))
        #expect(whole.count == count)

        let written = Mutex<[String: [UInt8]]>([:])
        try await renderer.render(site) { file in written.withLock { $0[file.path] = file.bytes } }
        let pages = written.withLock { $0 }
        for file in whole { #expect(pages[file.path] == file.bytes, "\(file.path)") }
        let tagPages = pages.keys.filter { $0.hasPrefix("tags/one/") }
        #expect(tagPages.count == count)
    }

    /// List views are made once from the site root (`PageRenderer.listViews`); a relative
    /// hero image must still be relative to each list page's own root.
    @Test func listedArticlesShowTheirHeroImageFromEachPagesRoot() async throws {
        let folder = try TemporaryDirectory("pages-hero")
        let heroes = ["heroImage: pics/p0.png\n", "heroImage: https://cdn.example.org/p1.png\n", ""]
        for (index, hero) in heroes.enumerated() {
            try folder.write("content/p\(index).md", "---\ntitle: P\(index)\npublish_date: 2025-01-0\(index + 1)\n\(hero)tags: [one]\n---\n\nBody.\n")
        }
        try folder.write("content/pics/p0.png", "png")
        for template in ["index", "tag"] {
            try folder.write("templates/\(template).mustache", "{{#articles}}[{{heroImage}}]{{/articles}}\n")
        }
        var configuration = SiteConfiguration()
        configuration.paginate = 1
        let site = try await SiteBuilder(contentDirectory: folder.appending("content"), contentDisplayPath: "content",
                                         configuration: configuration, options: .testing()).build().site
        let templates = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        let renderer = PageRenderer(templates: templates, concurrency: 2)
        let written = Mutex<[String: String]>([:])
        try await renderer.render(site) { file in written.withLock { $0[file.path] = String(decoding: file.bytes, as: UTF8.self) } }
        let pages = written.withLock { $0 }
        // Newest first: p2 (no hero), p1 (absolute), p0 (relative).
        #expect(pages["index.html"] == "[]\n")
        #expect(pages["page/2/index.html"] == "[https://cdn.example.org/p1.png]\n")
        #expect(pages["page/3/index.html"] == "[../../pics/p0.png]\n")
        #expect(pages["tags/one/page/3/index.html"] == "[../../../../pics/p0.png]\n")
        // The same bytes as views made for each page.
        let uncached = renderer.listPages(site, job: .init(base: "", indices: Array(site.articles.indices), template: "index"))
        for file in uncached { #expect(pages[file.path] == String(decoding: file.bytes, as: UTF8.self), "\(file.path)") }
    }
}
