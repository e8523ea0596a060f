import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// A rebuild reuses what did not change and must give exactly what a clean build gives.
struct IncrementalBuildTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var find: String
        var replace: String
        var testDescription: String { name }
    }

    static let edits = [
        Edit(name: "article body", path: "content/designing-json-apis.md", find: "An API is a promise", replace: "An API is a contract"),
        Edit(name: "article title", path: "content/shipping-a-swift-cli.md", find: "title: \"Shipping", replace: "title: \"Releasing"),
        Edit(name: "article tags", path: "content/cafe-facades-unicode.md", find: "  - python", replace: "  - swift"),
        Edit(name: "configuration", path: "pubgen.yml", find: "title: \"Field Notes\"", replace: "title: \"Field Notes Weekly\""),
        Edit(name: "draft published", path: "content/sqlite-in-production.md", find: "draft: true", replace: "draft: false"),
    ]

    func build(_ site: URL, into out: URL, clean: Bool = false) async throws -> Publisher.Report {
        var options = BuildOptions.testing()
        options.clean = clean
        return try await publish(site: site, output: out, options: options)
    }

    /// A copy of the example site, without its expected output.
    func exampleSite(in folder: TemporaryDirectory) throws -> URL {
        let site = try folder.copyFixture("site", to: "site")
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        return site
    }

    /// The example site copied and built once into `incremental/`.
    func builtExampleSite() async throws -> (TemporaryDirectory, site: URL, out: URL) {
        let folder = try TemporaryDirectory("incremental")
        let site = try exampleSite(in: folder)
        let out = folder.appending("incremental")
        _ = try await build(site, into: out)
        return (folder, site, out)
    }

    func edit(_ site: URL, _ path: String, replacing find: String, with replacement: String) throws {
        let file = site.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(find))
        try text.replacingOccurrences(of: find, with: replacement).write(to: file, atomically: true, encoding: .utf8)
    }

    /// `output` holds what a clean build of `site` gives, and nothing is left beside it.
    func expectCleanBuildsOutput(_ site: URL, in output: URL, folder: TemporaryDirectory) async throws {
        _ = try await build(site, into: folder.appending("clean"), clean: true)
        let differences = DirectorySnapshot.differences(
            expected: Self.snapshot(folder.appending("clean")), actual: Self.snapshot(output))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".pubgen-") }
        #expect(leftovers.isEmpty, "no staging or backup folder is left beside the output")
    }

    @Test(arguments: edits)
    func aRebuildAfterAnEditEqualsACleanBuild(_ edit: Edit) async throws {
        let folder = try TemporaryDirectory("incremental")
        let site = try folder.copyFixture("site", to: "site")
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let incremental = folder.appending("incremental")
        let first = try await build(site, into: incremental)
        #expect(first.wroteOutput && first.reusedOutputCount == 0)

        let file = site.appendingPathComponent(edit.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(edit.find))
        try text.replacingOccurrences(of: edit.find, with: edit.replace).write(to: file, atomically: true, encoding: .utf8)

        let rebuild = try await build(site, into: incremental)
        let clean = try await build(site, into: folder.appending("clean"), clean: true)
        #expect(clean.reusedOutputCount == 0)
        let differences = DirectorySnapshot.differences(
            expected: Self.snapshot(folder.appending("clean")), actual: Self.snapshot(incremental))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        switch edit.name {
        case "configuration", "draft published":
            // The configuration, or which articles exist, is an input of every page.
            #expect(rebuild.reusedOutputCount == 0)
        default:
            #expect(rebuild.reusedOutputCount > 0, "unchanged pages are reused")
        }
    }

    /// Section indexes, aliases and paths are inputs too (the Zola-shaped fixture).
    static let migratedEdits = [
        Edit(name: "section index", path: "content/blog/_index.md", find: "title = \"The Blog\"", replace: "title = \"The Log\""),
        Edit(name: "alias", path: "content/blog/first-light.md", find: "/posts/first-light.html", replace: "/posts/dawn.html"),
        Edit(name: "path", path: "content/blog/tide-tables.md", find: "path = \"guides/tide-tables\"", replace: "path = \"guides/tides\""),
    ]

    @Test(arguments: migratedEdits)
    func aRebuildOfAMigratedSiteEqualsACleanBuild(_ edit: Edit) async throws {
        let folder = try TemporaryDirectory("incremental")
        let site = try folder.copyFixture("zola", to: "site")
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let incremental = folder.appending("incremental")
        _ = try await build(site, into: incremental)
        let file = site.appendingPathComponent(edit.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(edit.find))
        try text.replacingOccurrences(of: edit.find, with: edit.replace).write(to: file, atomically: true, encoding: .utf8)
        let rebuild = try await build(site, into: incremental)
        #expect(rebuild.wroteOutput && !rebuild.diagnostics.hasErrors)
        _ = try await build(site, into: folder.appending("clean"), clean: true)
        let differences = DirectorySnapshot.differences(
            expected: Self.snapshot(folder.appending("clean")), actual: Self.snapshot(incremental))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// A rebuild updates the output in place (`OutputPatch`): a renamed tag takes its
    /// pages and emptied folder with it, and the result is still a clean build's.
    @Test func aRebuildThatDropsATagUpdatesTheOutputInPlace() async throws {
        let (folder, site, out) = try await builtExampleSite()
        let folderBefore = try Self.inode(of: out)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("tags/unicode/index.html").path))
        // The only article tagged `unicode`.
        try edit(site, "content/cafe-facades-unicode.md", replacing: "  - unicode", with: "  - text-encoding")

        let rebuild = try await build(site, into: out)
        #expect(rebuild.wroteOutput && rebuild.reusedOutputCount > 0)
        #expect(try Self.inode(of: out) == folderBefore, "the output folder itself was kept")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("tags/unicode").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("tags/text-encoding/feed.xml").path))
        try await expectCleanBuildsOutput(site, in: out, folder: folder)
    }

    /// When the output cannot be patched (here a folder stands where the edited page
    /// goes), the patch is undone and the build replaces the output whole instead.
    @Test func anOutputThatCannotBePatchedIsReplacedWhole() async throws {
        let (folder, site, out) = try await builtExampleSite()
        let folderBefore = try Self.inode(of: out)
        try FileManager.default.removeItem(at: out.appendingPathComponent("custom-slug-example/index.html"))
        try folder.write("incremental/custom-slug-example/index.html/stray.txt", "in the way")
        try edit(site, "content/designing-json-apis.md", replacing: "An API is a promise", with: "An API is a contract")

        let rebuild = try await build(site, into: out)
        #expect(rebuild.wroteOutput && rebuild.reusedOutputCount > 0 && !rebuild.diagnostics.hasErrors)
        #expect(try Self.inode(of: out) != folderBefore, "the output was swapped, not patched")
        try await expectCleanBuildsOutput(site, in: out, folder: folder)
    }

    /// A build killed while patching leaves the placeholder marker, a mix of old and new
    /// files and its backup folder; the next build must replace the output whole.
    @Test func aBuildKilledWhilePatchingIsFollowedByAWholeBuild() async throws {
        let (folder, site, out) = try await builtExampleSite()
        // What `OutputPatch` leaves after its first steps: the placeholder marker, one
        // page replaced by a newer version, one removed, and the backup beside it.
        try folder.write("incremental/\(OutputWriter.marker)", "This folder was generated by pubgen; a build was updating it.\n")
        try folder.write("incremental/custom-slug-example/index.html", "<p>half-way</p>")
        try FileManager.default.removeItem(at: out.appendingPathComponent("tags/unicode/feed.xml"))
        try folder.write(".incremental.pubgen-old-0badf00d/tags/unicode/feed.xml", "<rss/>")

        let next = try await build(site, into: out)
        #expect(next.wroteOutput && next.reusedOutputCount == 0, "no manifest: nothing is reused")
        try await expectCleanBuildsOutput(site, in: out, folder: folder)
    }

    /// Files that had settled before a build are not read by the next one when their
    /// `FileStamp` is the same; a file whose bytes changed is, even when the edit kept
    /// its size and put its modification time back (its change time still moved).
    @Test func aRebuildReadsOnlyFilesWhoseStampChanged() async throws {
        let folder = try TemporaryDirectory("incremental")
        let site = try exampleSite(in: folder)
        let out = folder.appending("incremental")
        // A stamp is kept only for a file last changed a second before the build began.
        try await Task.sleep(for: .milliseconds(1_100))
        let first = try await build(site, into: out)
        #expect(first.unreadFileCount == 0)

        let file = site.appendingPathComponent("content/designing-json-apis.md")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "An API is a promise", with: "An API is a contact")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        try edited.write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let editedBy = Date()

        let rebuild = try await build(site, into: out)
        let rebuiltBy = Date()
        #expect(rebuild.unreadFileCount == first.articleCount - 1, "of the published articles, only the edited one was read (drafts always are)")
        #expect(rebuild.reusedOutputCount > 0)
        #expect(try String(contentsOf: out.appendingPathComponent("custom-slug-example/index.html"), encoding: .utf8)
            .contains("An API is a contact"))
        try await expectCleanBuildsOutput(site, in: out, folder: folder)

        // The edited file had not settled when the rebuild began, so it is read again;
        // the others still are not. (On a machine so loaded that the rebuild ended a
        // second or more after the edit, it may have settled first: then it is not.)
        let third = try await build(site, into: out)
        if rebuiltBy.timeIntervalSince(editedBy) < 0.9 {
            #expect(third.unreadFileCount == first.articleCount - 1)
        } else {
            #expect([first.articleCount - 1, first.articleCount].contains(third.unreadFileCount))
        }
        #expect(Self.snapshot(out) == Self.snapshot(folder.appending("clean")))
    }

    /// A rebuild keeps the cached articles' key locations encoded until a diagnostic
    /// needs one: a new article taking a cached one's slug is reported where a clean
    /// build reports it, at both articles' `slug` lines.
    @Test func aClashWithAnUnreadArticleIsReportedWhereACleanBuildReportsIt() async throws {
        let folder = try TemporaryDirectory("incremental")
        let site = try exampleSite(in: folder)
        let out = folder.appending("incremental")
        try await Task.sleep(for: .milliseconds(1_100))  // stamps kept: files restored unread
        _ = try await build(site, into: out)
        try "---\ntitle: \"Clash\"\npublish_date: 2024-01-01\nslug: custom-slug-example\n---\n\nBody.\n"
            .write(to: site.appendingPathComponent("content/clash.md"), atomically: true, encoding: .utf8)
        let rebuild = try await build(site, into: out)
        let clean = try await build(site, into: folder.appending("clean"), clean: true)
        #expect(rebuild.unreadFileCount > 0)
        let clashes = formatted(rebuild.diagnostics).split(separator: "\n").filter { $0.contains("slug.duplicate") }
        #expect(clashes.count == 2)
        #expect(clashes.contains { $0.hasPrefix("content/designing-json-apis.md:9:7: error: slug 'custom-slug-example'") })
        #expect(formatted(rebuild.diagnostics) == formatted(clean.diagnostics))
    }

    /// The files of an output, with the source cache's file stamps left out: they say
    /// when each file was last written and whether it had settled, not what it holds.
    static func snapshot(_ output: URL) -> [String: [UInt8]] {
        var files = DirectorySnapshot.files(in: output)
        if let bytes = files[SourceCache.fileName], let cache = SourceCache.decode(bytes) {
            var entries: [String: SourceCache.Entry] = [:]
            for path in cache.paths {
                guard var entry = cache.entry(path) else { continue }
                entry.stamp = nil
                entries[path] = entry
            }
            files[SourceCache.fileName] = SourceCache(global: cache.global, entries: entries).encoded()
        }
        return files
    }

    static func inode(of url: URL) throws -> UInt64 {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    @Test func anUnchangedRebuildReusesEveryPageAndFeed() async throws {
        let folder = try TemporaryDirectory("incremental")
        let out = folder.appending("out")
        let first = try await build(Fixtures.url("site"), into: out)
        let before = Self.snapshot(out)
        let second = try await build(Fixtures.url("site"), into: out)
        // 5 articles, 1 index page, 10 tag pages, 3 site feeds, 10 tag feeds.
        #expect(second.reusedOutputCount == 29)
        #expect(first.compiledArticleCount == 5)
        #expect(second.compiledArticleCount == 0, "every article comes from the manifest")
        #expect(first.outputFileCount == second.outputFileCount)
        #expect(Self.snapshot(out) == before)
    }

    @Test func aTemplateChangeReRendersEveryPage() async throws {
        let folder = try TemporaryDirectory("incremental")
        let site = try folder.copyFixture("site", to: "site")
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        let out = folder.appending("out")
        _ = try await build(site, into: out)
        try folder.write("site/templates/footer.mustache", "<footer>new footer</footer>")
        let rebuild = try await build(site, into: out)
        #expect(rebuild.reusedOutputCount == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("<footer>new footer</footer>"))
    }
}
