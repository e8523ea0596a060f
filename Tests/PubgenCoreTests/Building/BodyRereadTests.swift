import Foundation
@testable import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Synchronization
import Testing

/// A build lets go of each article's bytes after reading its front matter and reads the
/// body again to compile it (`ArticleLoader.readBody`); lint keeps every body. Both must
/// compile the same Markdown, and a file that changes in between must not be published
/// with the front matter of one version and the body of another.
struct BodyRereadTests {
    private func build(in site: TemporaryDirectory, retainingSources: Bool, concurrency: Int? = nil,
                       onCompiled: (@Sendable (Int, Article, Site) throws -> Void)? = nil) async throws -> BuildResult {
        var options = BuildOptions.testing()
        options.retainSources = retainingSources
        if let concurrency { options.concurrency = concurrency }
        var builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: SiteConfiguration(), options: options)
        builder.onCompiled = onCompiled
        return try await builder.build()
    }

    /// Every way a body can start and every repair loading makes: the body read again
    /// (by its offset, or split and scanned again) compiles as the body kept does.
    @Test func aBodyReadAgainCompilesAsTheBodyKept() async throws {
        let site = try TemporaryDirectory("body-reread")
        let files: [String: [UInt8]] = [
            "plain.md": Array("---\ntitle: Plain\npublish_date: 2025-01-01\n---\n\n# Café\n\nText *here*.\n".utf8),
            "bom.md": [0xEF, 0xBB, 0xBF] + Array("---\ntitle: BOM\npublish_date: 2025-01-02\n---\nAfter a byte-order mark.\n".utf8),
            "crlf.md": Array("---\r\ntitle: CRLF\r\npublish_date: 2025-01-03\r\n---\r\n\r\nLine one\r\nline two.\r\n".utf8),
            "control.md": Array("---\ntitle: Control\npublish_date: 2025-01-04\n---\n\nA bell \u{07} and an escape \u{1B}[0m.\n".utf8),
            "toml.md": Array("+++\ntitle = \"TOML\"\npublish_date = 2025-01-05\n+++\n\nFrom TOML.\n".utf8),
            "json.md": Array("{\n\"title\": \"JSON\", \"publish_date\": \"2025-01-06\"\n}\nFrom JSON.\n".utf8),
            "latin1.md": Array("---\ntitle: Latin-1\npublish_date: 2025-01-07\n---\n\nna".utf8) + [0xEF] + Array("ve\n".utf8),
            "empty.md": Array("---\ntitle: Empty\npublish_date: 2025-01-08\n---\n".utf8),
        ]
        for (path, bytes) in files { try site.write("content/\(path)", bytes: bytes) }
        let built = try await build(in: site, retainingSources: false)
        let kept = try await build(in: site, retainingSources: true)
        #expect(built.site.articles.count == files.count)
        #expect(built.site.articles.map(\.slug) == kept.site.articles.map(\.slug))
        for (rebuilt, original) in zip(built.site.articles, kept.site.articles) {
            #expect(rebuilt.body.html == original.body.html, "\(rebuilt.slug)")
            #expect(rebuilt.body.wordCount == original.body.wordCount, "\(rebuilt.slug)")
        }
        #expect(built.diagnostics.diagnostics == kept.diagnostics.diagnostics)
        let html = { (slug: String) in built.site.articles.first { $0.slug == slug }?.body.html ?? "" }
        #expect(html("control").contains("A bell  and an escape [0m."))
        #expect(html("latin1").contains("na\u{FFFD}ve"))
        #expect(html("bom").contains("After a byte-order mark."))
        #expect(html("json").contains("From JSON."))
    }

    /// The third article's file is rewritten, or deleted, while the first one's page is
    /// written: after every front matter was read and before its body is. The build stops,
    /// naming it, either way.
    @Test(arguments: [false, true])
    func aFileChangedBeforeItsBodyIsReadStopsTheBuild(deleting: Bool) async throws {
        let site = try TemporaryDirectory("body-reread-changed")
        for (slug, day) in [("a", 3), ("b", 2), ("c", 1)] {
            try site.write("content/\(slug).md", "---\ntitle: \(slug)\npublish_date: 2025-01-0\(day)\n---\n\nOld body of \(slug).\n")
        }
        let changed = site.appending("content/c.md")
        let written = Mutex<[String]>([])
        // One task: pages are written in order, the first while the second is added
        // (`PendingPages`), before the third article is compiled.
        await #expect(throws: PubgenError.changedDuringBuild(path: "content/c.md")) {
            _ = try await build(in: site, retainingSources: false, concurrency: 1) { _, article, _ in
                written.withLock { $0.append(article.slug) }
                guard article.slug == "a" else { return }
                if deleting {
                    try FileManager.default.removeItem(at: changed)
                } else {
                    try "---\ntitle: Renamed\npublish_date: 2025-01-01\n---\n\nNew body.\n".write(to: changed, atomically: false, encoding: .utf8)
                }
            }
        }
        #expect(written.withLock { $0 } == ["a"])
    }

    /// Where a body starts is kept only when it is the file's own text from there on (a
    /// body that lost a control character is split and scanned again), by loading and by
    /// restoring a file read again from the source cache alike.
    @Test func loadingKeepsWhereAWholeBodyStarts() throws {
        let loader = ArticleLoader(parser: .utc)
        let front = "---\ntitle: A\npublish_date: 2025-01-01\n---\n"
        for (body, offset) in [("\nCafé.\n", front.utf8.count), ("", front.utf8.count), ("\nA bell \u{07}.\n", nil)] {
            let file = SourceFile(displayPath: "content/a.md", relativePath: "a.md", filePath: "/nonexistent/a.md", text: front + body)
            let loaded = try #require(loader.load(file).0)
            #expect(loaded.bodyByteOffset == offset, "\(body.debugDescription)")
            let cached = SourceCache.Entry(loaded, diagnostics: [])
            let restored = try #require(loader.restore(file, contentHash: loaded.contentHash, from: cached)).0
            #expect(restored.bodyByteOffset == offset, "\(body.debugDescription)")
            #expect(restored.body == loaded.body)
        }
    }
}
