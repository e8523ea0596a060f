import Foundation
import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// Inputs found while building the hostile fixture: each once crashed a build, broke a
/// page or a feed, or printed a diagnostic over several lines.
struct HostileInputTests {
    func build(_ files: KeyValuePairs<String, String>) async throws -> BuildResult {
        let site = try TemporaryDirectory("hostile-input")
        for (path, text) in files { try site.write("content/\(path)", text) }
        let builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: SiteConfiguration(), options: .testing())
        return try await builder.build()
    }

    func article(_ title: String, extra: String = "", body: String = "Body.") -> String {
        "---\ntitle: \"\(title)\"\npublish_date: 2025-01-02\n\(extra)---\n\n\(body)\n"
    }

    @Test func namesThatDifferOnlyInUnicodeNormalisationAreAnErrorNotACrash() async throws {
        let nfc = "caf\u{E9}.md", nfd = "cafe\u{301}.md"
        #expect(nfc == nfd, "Swift compares them as equal, which is what once crashed a dictionary")
        let result = try await build([nfc: article("One"), nfd: article("Two")])
        #expect(formatted(result.diagnostics).hasPrefix(
            "content/\(nfc):1:1: error: '\(nfc)' (NFC) and '\(nfd)' (NFD) are the same name in different Unicode forms"))
        #expect(result.site.articles.count == 1)
    }

    @Test func manyArticlesWithOneSlugNameAFewOthersEachNotAll() async throws {
        let result = try await build([
            "a.md": article("A", extra: "slug: same\n"), "b.md": article("B", extra: "slug: same\n"),
            "c.md": article("C", extra: "slug: same\n"), "d.md": article("D", extra: "slug: same\n"),
            "e.md": article("E", extra: "slug: same\n"), "f.md": article("F", extra: "slug: same\n"),
        ])
        #expect(formatted(result.diagnostics).hasPrefix(
            "content/a.md:4:7: error: slug 'same' is also used by 'content/b.md', 'content/c.md', 'content/d.md' and 2 more; "))
        #expect(result.diagnostics.diagnostics.count == 6)
    }

    @Test func controlCharactersInTheBodyAreRemovedWithAWarningAtTheFirst() async throws {
        let result = try await build(["bell.md": article("Bell", body: "Ring \u{7} the \u{1B}[31m bell.")])
        #expect(formatted(result.diagnostics)
            == "content/bell.md:6:6: warning: control character U+0007 and 1 more removed: HTML and XML cannot carry it [encoding.control]\n")
        #expect(result.site.articles.first?.body.html == "<p>Ring  the [31m bell.</p>\n")
    }

    @Test func aRawControlCharacterInFrontMatterIsAYAMLErrorAtItsColumn() async throws {
        let result = try await build(["raw.md": "---\ntitle: Ctrl \u{7} raw\npublish_date: 2025-01-02\n---\n"])
        #expect(formatted(result.diagnostics)
            == "content/raw.md:2:13: error: invalid YAML: control characters are not allowed (U+0007) [front-matter.syntax]\n")
    }

    @Test func aJavaScriptLinkInAnySpellingIsAWarningAndNeverPublished() async throws {
        let result = try await build(["links.md": article("Links", body: "[a](<java\tscript:alert(1)>) [b](&#x6A;avascript:x)")])
        #expect(formatted(result.diagnostics) == """
            content/links.md:6:1: warning: link to 'java\\tscript:alert(1)' removed: a URL that runs code is never published (unsafe_html: true keeps it) [link.active]
            content/links.md:6:29: warning: link to 'javascript:x' removed: a URL that runs code is never published (unsafe_html: true keeps it) [link.active]

            """)
        #expect(result.site.articles.first?.body.html == "<p><a href=\"\">a</a> <a href=\"\">b</a></p>\n")
    }
}

/// Reading content never follows a link or blocks on a FIFO, even when the file was
/// swapped after the folder scan.
struct RegularFileTests {
    @Test func readsAFileWholeIncludingAnEmptyOne() throws {
        let folder = try TemporaryDirectory("regular")
        let text = String(repeating: "0123456789", count: 1_000)
        #expect(try RegularFile.read(folder.write("a.md", text).path).get() == Array(text.utf8))
        #expect(try RegularFile.read(folder.write("empty.md", "").path).get() == [])
    }

    /// A file longer than its size said when it was opened (it grew, or it is one of
    /// /proc's, which all say 0) is read to its end.
    @Test func readsPastTheSizeTheFileHadWhenOpened() throws {
        let bytes = try RegularFile.read("/proc/self/maps").get()
        #expect(bytes.count > 4_096)
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"))
    }

    @Test func refusesLinksFIFOsAndFolders() throws {
        let folder = try TemporaryDirectory("regular")
        try FileManager.default.createSymbolicLink(at: folder.appending("link.md"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        #expect(mkfifo(folder.appending("fifo.md").path, 0o644) == 0)
        #expect(RegularFile.read(folder.appending("link.md").path) == .failure(.notRegular))
        #expect(RegularFile.read(folder.appending("fifo.md").path) == .failure(.notRegular))
        #expect(RegularFile.read(folder.path) == .failure(.notRegular))
        #expect(RegularFile.read(folder.appending("missing.md").path) == .failure(.cannotOpen("No such file or directory")))
    }
}

struct FailingLinkTargetTests {
    /// A link to an article whose front matter is broken is not "leads nowhere": the
    /// file exists, and its own error is the one to fix.
    @Test func aLinkToAnArticleWithErrorsIsNotReportedAsMissing() async throws {
        let site = try TemporaryDirectory("failing-link")
        try site.write("content/a.md", "---\ntitle: A\npublish_date: 2025-01-02\n---\n\nSee [b](b.md) and [c](c.md).\n")
        try site.write("content/b.md", "---\ntitle: [broken\n---\n")
        let builder = SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content", configuration: SiteConfiguration(), options: .testing())
        let text = formatted(try await builder.build().diagnostics)
        #expect(text.contains("content/b.md:3:1: error: invalid YAML"), "b.md's own error: \(text)")
        #expect(!text.contains("link to 'b.md'"), "\(text)")
        #expect(text.contains("content/a.md:6:19: error: link to 'c.md' leads nowhere"), "\(text)")
    }
}
