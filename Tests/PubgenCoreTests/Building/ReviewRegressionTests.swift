import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// Cases found in review: each failed before its fix.
struct ReviewRegressionTests {
    func site(_ files: [String: String]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("review")
        for (path, text) in files { try folder.write(path, text) }
        return folder
    }

    static func post(_ body: String, extra: String = "") -> String {
        "---\ntitle: \"P\"\npublish_date: 2025-01-01\n\(extra)---\n\n\(body)\n"
    }

    @Test func aSymlinkedFolderInsideContentNeverPublishesWhatItPointsTo() async throws {
        let folder = try site(["content/a.md": Self.post("[pw](etc/hostname) ![x](etc/hostname)")])
        try FileManager.default.createSymbolicLink(at: folder.appending("content/etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        let report = try await publish(site: folder.url, output: folder.appending("out"), baseURL: "https://example.org/")
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.filter { $0.rule == "link.missing-file" }.count == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out/etc/hostname").path))
    }

    @Test func deletingALinkedStaticFileIsCaughtByARebuild() async throws {
        let folder = try site(["content/a.md": Self.post("[f](/s.txt)"), "static/s.txt": "s"])
        let out = folder.appending("out")
        #expect(try await publish(site: folder.url, output: out, baseURL: "https://example.org/").wroteOutput)
        try FileManager.default.removeItem(at: folder.appending("static/s.txt"))
        let rebuild = try await publish(site: folder.url, output: out, baseURL: "https://example.org/")
        #expect(formatted(rebuild.diagnostics) == "content/a.md:6:1: error: link to '/s.txt', which does not exist [link.missing-file]\n")
    }

    @Test func aStaticFileWhereAPageNeedsAFolderIsACollisionNamingIt() async throws {
        let folder = try site(["content/a.md": Self.post("x", extra: "tags: [t]\n"), "static/tags": "not a folder"])
        let report = try await publish(site: folder.url, output: folder.appending("out"), baseURL: "https://example.org/")
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.map(\.location?.path).contains("static/tags"))
        #expect(report.diagnostics.contains { $0.rule == "output.collision" })
    }

    @Test func aScriptURLAsHeroImageIsAnError() async throws {
        let folder = try site(["content/a.md": Self.post("x", extra: "heroImage: \"javascript:alert(1)\"\n")])
        let report = try await publish(site: folder.url, output: folder.appending("out"), baseURL: "https://example.org/")
        #expect(report.diagnostics.map(\.rule) == ["front-matter.hero-image"])
        #expect(!report.wroteOutput)
    }

    @Test func aTagWithoutALatinSpellingIsReported() async throws {
        let folder = try site(["content/a.md": Self.post("x", extra: "tags: [日本語, swift]\n")])
        let report = try await publish(site: folder.url, output: folder.appending("out"), baseURL: "https://example.org/")
        #expect(report.diagnostics.map(\.rule) == ["front-matter.tag"])
        #expect(report.wroteOutput)
    }

    @Test func aMarkdownLinkThatClimbsOutOfTheContentFolderIsBroken() async throws {
        let folder = try site(["content/a.md": Self.post("[up](../../../a.md)")])
        let report = try await publish(site: folder.url, output: folder.appending("out"), baseURL: "https://example.org/")
        #expect(report.diagnostics.map(\.rule) == ["link.broken"])
    }
}
