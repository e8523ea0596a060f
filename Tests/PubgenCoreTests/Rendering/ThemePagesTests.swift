import Foundation
@testable import PubgenCore
import PubgenTestSupport
import Synchronization
import Testing

/// `ThemePages` writes the built-in theme's article and list pages without the
/// template engine; every page must be, byte for byte, what the theme's templates give.
struct ThemePagesTests {
    /// Every page `PageRenderer` writes for `site`, written by `ThemePages` or not. A
    /// path can be written twice (two articles claim one slug in the hostile fixture,
    /// which a real build reports as an error), in either order: hence lists, sorted.
    static func pages(of site: Site, builtIn: Bool, templates: URL? = nil) async throws -> [String: [[UInt8]]] {
        var set = try #require(TemplateSet.load(directory: templates, displayPath: "templates").0)
        set.writesThemePages = builtIn
        let written = Mutex<[String: [[UInt8]]]>([:])
        try await PageRenderer(templates: set, concurrency: 3).render(site) { file in written.withLock { $0[file.path, default: []].append(file.bytes) } }
        return written.withLock { $0 }.mapValues { $0.sorted { $0.lexicographicallyPrecedes($1) } }
    }

    static func site(_ content: URL, _ configuration: SiteConfiguration) async throws -> Site {
        try await SiteBuilder(contentDirectory: content, contentDisplayPath: "content", configuration: configuration, options: .testing())
            .build().site
    }

    /// The site configurations the theme prints differently.
    static var configurations: [SiteConfiguration] {
        var plain = SiteConfiguration()
        plain.paginate = 2
        var full = SiteConfiguration()
        full.title = "Field <Notes> & \"Co\""
        full.description = "Long-form articles on software & the web."
        full.baseURL = "https://example.org/blog/"
        full.author = "The Editors"
        full.language = "de"
        full.paginate = 3
        var onePage = full
        onePage.paginate = 0
        var single = plain
        single.paginate = 1
        single.description = "Just one per page."
        return [plain, full, onePage, single]
    }

    static func expectSamePages(_ site: Site, _ what: String) async throws {
        let expected = try await pages(of: site, builtIn: false)
        let written = try await pages(of: site, builtIn: true)
        #expect(written.keys.sorted() == expected.keys.sorted(), "\(what)")
        var differing = 0
        for (path, bytes) in expected where written[path] != bytes {
            differing += 1
            if differing <= 3 {
                Issue.record("\(what): \(path) differs\n--- templates\n\(String(decoding: bytes.joined(), as: UTF8.self))\n--- ThemePages\n\(String(decoding: (written[path] ?? []).joined(), as: UTF8.self))")
            }
        }
        #expect(differing == 0, "\(what): \(differing) of \(expected.count) pages differ")
    }

    @Test(arguments: ["site", "jekyll", "hostile"])
    func fixtureSitesGiveTheTemplatesBytes(_ name: String) async throws {
        let content = Fixtures.url(name).appendingPathComponent("content")
        for (number, configuration) in Self.configurations.enumerated() {
            try await Self.expectSamePages(try await Self.site(content, configuration), "\(name), configuration \(number)")
        }
    }

    /// Front matter and bodies that take every branch of the theme: empty values that
    /// Mustache treats as present, missing ones, markup to escape, relative and absolute
    /// hero images, repeated and unsluggable tags, headings that do and do not make a
    /// table of contents, updated dates.
    @Test func edgeCasesGiveTheTemplatesBytes() async throws {
        let folder = try TemporaryDirectory("theme-pages")
        let articles: [(String, String, String)] = [
            ("empty-values", "subtitle: \"\"\nauthor: \"\"\ncta: \"\"\ndescription: \"\"\ntags: []", "Text only.\n"),
            ("markup", "title: \"<script>alert('x')</script> & \\\"quotes\\\"\"\nsubtitle: \"a < b\"\nauthor: \"Ann & Bo\"\ncta: \"Say <hi>\"\ntags: [\"C++\", \"c++\", \"!!!\", \"Swift\", \"swift\"]",
             "# Top\n\n## A & B\n\n### Sub <1>\n\n#### Deep\n\n## C\n\n### D\n\n### E\n"),
            ("hero-relative", "hero_image: images/cover.png\nhero_image_alt: \"A \\\"cover\\\"\"\nupdated_date: 2025-03-04\ntags: [one]", "### Orphan\n\n## Two\n\n## Three\n"),
            ("hero-absolute", "hero_image: https://cdn.example.org/x.jpg?a=1&b=2\nauthor: Writer\ntags: [one, two]", "## Only\n\n## Two\n"),
            ("unicode", "title: \"Café – 日本語 🚀\"\nsubtitle: Sub\ndescription: \"Ünïcödé & more\"\ntags: [\"Café\", één]", "Body with *em* and `code`.\n\n## Ä\n\n## Ö\n\n## Ü\n"),
            ("with-summary-marker", "tags: [two]", "First paragraph.\n\n<!-- more -->\n\nRest.\n"),
            ("no-title-needed", "title: Plain\ntags: [one]", "Plain body.\n"),
        ]
        for (index, (name, extra, body)) in articles.enumerated() {
            let title = extra.hasPrefix("title:") ? "" : "title: \"\(name)\"\n"
            try folder.write("content/\(name).md", "---\n\(title)publish_date: 2025-01-\(String(format: "%02d", index + 1))\n\(extra)\n---\n\n\(body)")
        }
        for (number, configuration) in Self.configurations.enumerated() {
            try await Self.expectSamePages(try await Self.site(folder.appending("content"), configuration), "edge cases, configuration \(number)")
        }
    }

    @Test func aSiteWithoutArticlesGivesTheTemplatesBytes() async throws {
        let folder = try TemporaryDirectory("theme-pages")
        try folder.write("content/.keep", "")
        for configuration in Self.configurations {
            try await Self.expectSamePages(try await Self.site(folder.appending("content"), configuration), "empty site")
        }
    }

    /// An overridden template takes the pages that use it back to the template engine;
    /// pages that do not use it stay with `ThemePages`.
    @Test func overriddenTemplatesAreUsed() async throws {
        let folder = try TemporaryDirectory("theme-pages")
        try folder.write("content/a.md", "---\ntitle: A\npublish_date: 2025-01-01\ntags: [t]\n---\n\nBody.\n")
        try folder.write("templates/footer.mustache", "<footer>custom {{site.title}}</footer>\n")
        let site = try await Self.site(folder.appending("content"), SiteConfiguration())
        let pages = try await Self.pages(of: site, builtIn: true, templates: folder.appending("templates"))
        for path in ["a/index.html", "index.html", "tags/t/index.html"] {
            #expect(String(decoding: (pages[path] ?? []).joined(), as: UTF8.self).contains("<footer>custom My Blog</footer>"), "\(path)")
        }
        var set = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        #expect(!set.writesBuiltIn("article") && !set.writesBuiltIn("index") && !set.writesBuiltIn("tag"))
        try FileManager.default.removeItem(at: folder.appending("templates/footer.mustache"))
        try folder.write("templates/pagination.mustache", "{{#pagination}}pages{{/pagination}}\n")
        set = try #require(TemplateSet.load(directory: folder.appending("templates"), displayPath: "templates").0)
        #expect(set.writesBuiltIn("article") && !set.writesBuiltIn("index") && !set.writesBuiltIn("tag"))
    }

    /// A list page made from entries made once (a full build) is the page made entry by
    /// entry (a rebuild), on the index and every tag, at every page.
    @Test(arguments: ["site", "hostile"])
    func entriesMadeOnceGiveTheSameListPages(_ name: String) async throws {
        let content = Fixtures.url(name).appendingPathComponent("content")
        for configuration in Self.configurations {
            let site = try await Self.site(content, configuration)
            let tails = site.articles.indices.map { ThemePages.entryTail(site.articles[$0], site: site) }
            let lists: [(String, [Int], Site.Tag?)] = [("", Array(site.articles.indices), nil)] + site.tags.map { ($0.relativeURL, $0.articleIndices, $0) }
            var compared = 0
            for (base, indices, tag) in lists {
                let pages = Paginator(size: configuration.paginate).pages(indices.count)
                for (offset, range) in pages.enumerated() {
                    let once = ThemePages.list(
                        site, base: base, indices: indices[range], number: offset + 1, pages: pages.count, tag: tag, entryTails: tails)
                    let each = ThemePages.list(site, base: base, indices: indices[range], number: offset + 1, pages: pages.count, tag: tag)
                    #expect(once == each, "\(name): page \(offset + 1) of '\(base)'")
                    compared += 1
                }
            }
            #expect(compared > site.tags.count)
        }
    }
}
