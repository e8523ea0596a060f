import Foundation
import PubgenCore
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

    /// The third article's file is rewritten while the first one's page is written, after
    /// every front matter was read and before its body is: the build stops, naming it.
    @Test func aFileChangedBeforeItsBodyIsReadStopsTheBuild() async throws {
        let site = try TemporaryDirectory("body-reread-changed")
        for (slug, day) in [("a", 3), ("b", 2), ("c", 1)] {
            try site.write("content/\(slug).md", "---\ntitle: \(slug)\npublish_date: 2025-01-0\(day)\n---\n\nOld body of \(slug).\n")
        }
        let changed = site.appending("content/c.md")
        let written = Mutex<[String]>([])
        // One task: pages are written in order, the first while the second is added
        // (`PendingPages`), before the third article is compiled.
        await #expect(throws: PubgenError.cannotRead(path: "content/c.md", reason: "it changed while pubgen was building; build again")) {
            _ = try await build(in: site, retainingSources: false, concurrency: 1) { _, article, _ in
                written.withLock { $0.append(article.slug) }
                if article.slug == "a" {
                    try "---\ntitle: Renamed\npublish_date: 2025-01-01\n---\n\nNew body.\n".write(to: changed, atomically: false, encoding: .utf8)
                }
            }
        }
        #expect(written.withLock { $0 } == ["a"])
    }
}
