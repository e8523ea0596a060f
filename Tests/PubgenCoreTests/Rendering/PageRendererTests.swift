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
}
