import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

struct SiteBuilderTests {
    func build(_ files: [String: String], options: BuildOptions = .testing()) async throws -> BuildResult {
        let site = try TemporaryDirectory("builder")
        for (path, text) in files { try site.write("content/\(path)", text) }
        let builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: SiteConfiguration(), options: options)
        return try await builder.build()
    }

    func article(_ title: String, date: String, extra: String = "", body: String = "Body.") -> String {
        "---\ntitle: \"\(title)\"\npublish_date: \(date)\n\(extra)---\n\n\(body)\n"
    }

    @Test func ordersArticlesNewestFirstThenBySlug() async throws {
        let result = try await build([
            "b.md": article("B", date: "2025-01-02"),
            "a.md": article("A", date: "2025-01-02"),
            "c.md": article("C", date: "2025-03-01"),
        ])
        #expect(result.site.articles.map(\.slug) == ["c", "a", "b"])
        #expect(result.diagnostics.isEmpty)
    }

    /// `publish_date:` with no value was "no date; add a 'date'" at 1:1, naming another key.
    @Test func anEmptyDateIsAnErrorAtTheKeyThatIsEmpty() async throws {
        let result = try await build(["k.md": "---\ntitle: K\npublish_date:\n---\n\nBody.\n"])
        #expect(result.diagnostics.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "content/k.md:3:14 the date is empty; write it as YYYY-MM-DD"
        ])
    }

    /// Jekyll titles a post from its file name when `title` is missing or left empty.
    @Test func aJekyllPostWithAnEmptyTitleTakesItsFileName() async throws {
        let result = try await build(["_posts/2023-04-05-hello-world.md": "---\ntitle:\n---\n\nBody.\n"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.site.articles.map(\.title) == ["Hello World"])
    }

    /// `C`, `C++` and `C#` all became tags/c/ without a word.
    @Test func tagsThatGetOnePageAreAWarningButCaseAloneIsNot() async throws {
        let result = try await build([
            "a.md": article("A", date: "2025-01-01", extra: "tags: [C, Python]\n"),
            "b.md": article("B", date: "2025-01-02", extra: "tags: [C++, python]\n"),
            "c.md": article("C", date: "2025-01-03", extra: "tags: [c++, \"C#\"]\n"),
        ])
        #expect(result.diagnostics.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "content/b.md:4:7 tag 'C++' gets the same page as 'C', tags/c/ (a tag's URL keeps only letters and digits); rename one if they are different topics",
            "content/c.md:4:7 tag 'C#' gets the same page as 'C', tags/c/ (a tag's URL keeps only letters and digits); rename one if they are different topics",
        ])
        #expect(result.site.tags.map(\.slug) == ["c", "python"])
    }

    @Test func leavesOutDraftsAndFutureArticlesUnlessAsked() async throws {
        let files = [
            "draft.md": article("Draft", date: "2025-01-02", extra: "draft: true\n"),
            "future.md": article("Future", date: "2031-06-01"),
            "now.md": article("Now", date: "2025-01-02"),
        ]
        let normal = try await build(files)
        #expect(normal.site.articles.map(\.slug) == ["now"])
        #expect(normal.excluded == [.draft: 1, .future: 1])
        let everything = try await build(files, options: .testing(drafts: true, future: true))
        #expect(everything.site.articles.map(\.slug) == ["future", "draft", "now"])
        #expect(everything.excluded.isEmpty)
    }

    @Test func rewritesLinksBetweenArticlesToTheirPages() async throws {
        let result = try await build([
            "posts/a.md": article("A", date: "2025-01-02", body: "[B](../b.md#intro) and [ext](https://example.org/x.md) and [top](#top)"),
            "b.md": article("B", date: "2025-01-01", extra: "slug: bee\n"),
        ])
        let html = try #require(result.site.articles.first { $0.slug == "a" }).body.html
        // `posts/a.md` is in the section `posts`, so its page is `posts/a/`, two folders deep.
        #expect(html.contains("<a href=\"../../bee/#intro\">B</a>"))
        #expect(html.contains("<a href=\"https://example.org/x.md\">ext</a>"))
        #expect(html.contains("<a href=\"#top\">top</a>"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aLinkToAMissingFileIsAnErrorAtTheLink() async throws {
        let result = try await build(["a.md": article("A", date: "2025-01-02", body: "Intro line.\n\nSee [missing](nowhere.md).")])
        #expect(formatted(result.diagnostics) == """
            content/a.md:8:5: error: link to 'nowhere.md' leads nowhere: there is no 'nowhere.md' in the content folder [link.broken]

            """)
    }

    /// Links and images resolved once while rendering, their answers read back for the
    /// checks: repeats, a URL used by both, and images and links interleaved.
    @Test func everyLinkAndImageIsCheckedWhateverItsOrderAndRepeats() async throws {
        let result = try await build([
            "a.md": article("A", date: "2025-01-02", body: """
                ![x](missing.png) [a](missing.png) [b](gone.md)
                ![y](gone.md) [c](gone.md) [d](https://example.org/) [e](d.md)
                """),
            "d.md": article("D", date: "2025-01-02", extra: "draft: true\n"),
        ], options: .testing())
        #expect(formatted(result.diagnostics) == """
            content/a.md:6:1: error: image to 'missing.png', which does not exist [link.missing-file]
            content/a.md:6:19: error: link to 'missing.png', which does not exist [link.missing-file]
            content/a.md:6:36: error: link to 'gone.md' leads nowhere: there is no 'gone.md' in the content folder [link.broken]
            content/a.md:7:15: error: link to 'gone.md' leads nowhere: there is no 'gone.md' in the content folder [link.broken]
            content/a.md:7:54: warning: link to 'd.md' points at 'd', which this build leaves out (draft or future-dated) [link.unpublished]

            """)
    }

    @Test func aLinkToADraftIsAWarning() async throws {
        let result = try await build([
            "a.md": article("A", date: "2025-01-02", body: "[d](d.md)"),
            "d.md": article("D", date: "2025-01-02", extra: "draft: true\n"),
        ])
        #expect(result.diagnostics.map(\.rule) == ["link.unpublished"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func duplicateSlugsAreAnErrorAtEachFileNamingTheOther() async throws {
        let result = try await build([
            "one.md": article("One", date: "2025-01-02", extra: "slug: same\n"),
            "two.md": article("Two", date: "2025-01-03", extra: "slug: SAME\n"),
        ])
        #expect(formatted(result.diagnostics) == """
            content/one.md:4:7: error: slug 'same' is also used by 'content/two.md'; both would be written to same/index.html [slug.duplicate]
            content/two.md:4:7: error: slug 'same' is also used by 'content/one.md'; both would be written to same/index.html [slug.duplicate]

            """)
    }

    @Test func slugsComeFromFileNamesAndFolderIndexes() async throws {
        let result = try await build([
            "Café Notes.md": article("X", date: "2025-01-01"),
            "deep/dive/index.md": article("Y", date: "2025-01-02"),
        ])
        #expect(Set(result.site.articles.map(\.slug)) == ["cafe-notes", "dive"])
    }

    @Test func skipsHiddenAndUnderscoreFiles() async throws {
        let result = try await build([
            "a.md": article("A", date: "2025-01-01"),
            ".hidden.md": "not front matter",
            "_partial.md": "not front matter",
            "notes.txt": "ignored",
        ])
        #expect(result.fileCount == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readingTimeIsComputedUnlessWritten() async throws {
        let words = Array(repeating: "word", count: 690).joined(separator: " ")
        let result = try await build([
            "computed.md": article("C", date: "2025-01-01", body: words + "\n\n```\n" + words + "\n```"),
            "written.md": article("W", date: "2025-01-02", extra: "read_time: '40 mins'\n", body: words),
        ])
        let byslug = Dictionary(uniqueKeysWithValues: result.site.articles.map { ($0.slug, $0.readingTime) })
        #expect(byslug["computed"] == "3 min read")
        #expect(byslug["written"] == "40 mins")
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() async throws {
        let site = try TemporaryDirectory("utf8")
        try site.write("content/bad.md", bytes: Array("---\ntitle: \"é ok\"\npublish_date: 2025-01-01\n---\n\nAbc ".utf8) + [0xFF, 0x41])
        let builder = SiteBuilder(contentDirectory: site.appending("content"), contentDisplayPath: "content",
                                  configuration: SiteConfiguration(), options: .testing())
        let result = try await builder.build()
        #expect(formatted(result.diagnostics) == "content/bad.md:6:5: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8 [encoding.utf8]\n")
    }

    @Test func aByteOrderMarkIsIgnored() async throws {
        let site = try TemporaryDirectory("bom")
        try site.write("content/bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array(article("BOM", date: "2025-01-01").utf8))
        let builder = SiteBuilder(contentDirectory: site.appending("content"), contentDisplayPath: "content",
                                  configuration: SiteConfiguration(), options: .testing())
        let result = try await builder.build()
        #expect(result.diagnostics.isEmpty)
        #expect(result.site.articles.map(\.title) == ["BOM"])
    }

    /// The body is the file's own bytes after the mark and the front matter: what it
    /// renders and where its diagnostics point must not move by the mark's three bytes.
    @Test func aByteOrderMarkMovesNoPositionAndNoText() async throws {
        let site = try TemporaryDirectory("bom-body")
        let text = article("BOM", date: "2025-01-01", body: "Intro é.\n\nSee [gone](gone.md).")
        try site.write("content/bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        try site.write("content/plain.md", text.replacingOccurrences(of: "BOM", with: "Plain"))
        let builder = SiteBuilder(contentDirectory: site.appending("content"), contentDisplayPath: "content",
                                  configuration: SiteConfiguration(), options: .testing())
        let result = try await builder.build()
        let lines = formatted(result.diagnostics).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.map { $0.replacingOccurrences(of: "bom.md", with: "plain.md") }.allSatisfy { $0 == lines.last })
        let bodies = result.site.articles.map { $0.body.html }
        #expect(bodies.count == 2 && bodies[0] == bodies[1] && bodies[0].contains("Intro é."))
    }
}
