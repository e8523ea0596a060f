import Foundation
@testable import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

struct SourceCacheTests {
    /// Front matter with every stored property set to something other than its default.
    static func fullFrontMatter() -> FrontMatter {
        let at = { (line: Int) in SourceLocation(path: "content/a.md", line: line, column: 3) }
        var frontMatter = FrontMatter()
        frontMatter.title = "Café – ☕"
        frontMatter.subtitle = "Sub"
        frontMatter.description = "Desc"
        frontMatter.author = "Ana, Bo"
        frontMatter.authors = ["Ana", "Bo"]
        frontMatter.readTime = "4 min"
        frontMatter.publishDate = try? PublicationDate.parse("2024-02-29T10:20:30+05:30", zone: .gmt).get()
        frontMatter.createdDate = try? PublicationDate.parse("2023-01-01", zone: TimeZone(identifier: "Europe/Paris")!).get()
        frontMatter.updatedDate = try? PublicationDate.parse("2025-12-31T23:59:59-08:00", zone: .gmt).get()
        frontMatter.heroImage = "hero.png"
        frontMatter.heroImageAlt = "A hero"
        frontMatter.cta = "Subscribe"
        frontMatter.tags = ["Swift", "Cafés"]
        frontMatter.tagSlugs = ["swift", "cafes"]
        frontMatter.draft = true
        frontMatter.slug = "my-slug"
        frontMatter.path = "notes/my-slug"
        frontMatter.aliases = ["/old/", "/older.html"]
        frontMatter.aliasLocations = [at(8), SourceLocation(path: "elsewhere.md", line: 9, column: 1)]
        frontMatter.categories = ["cat"]
        frontMatter.extra = [("series", .text("One")), ("list", .list([.text("a"), .map([("k", .text("v"))])]))]
        frontMatter.locations = ["title": at(2), "tags": at(5)]
        frontMatter.keyLocations = ["title": at(2), "tags": at(4)]
        frontMatter.writtenKeys = [("title", at(2)), ("Tags", at(4))]
        return frontMatter
    }

    /// `frontMatter` written as the cache writes it, and read back from those bytes.
    static func roundTrip(_ frontMatter: FrontMatter) throws -> (bytes: [UInt8], restored: FrontMatter) {
        var writer = BinaryWriter()
        frontMatter.write(to: &writer)
        var reader = BinaryReader(writer.bytes)
        let restored = try FrontMatter(from: &reader)
        #expect(reader.isAtEnd)
        return (writer.bytes, restored)
    }

    @Test func frontMatterSurvivesTheCacheFieldByField() throws {
        let original = Self.fullFrontMatter()
        let (_, restored) = try Self.roundTrip(original)
        // The key-location tables stay encoded until read: compare them decoded.
        #expect(restored.fields.encodedPlaces != nil)
        let fields = Mirror(reflecting: original.fields.decodingPlaces()).children
        let restoredFields = Mirror(reflecting: restored.fields.decodingPlaces()).children
        #expect(fields.count == restoredFields.count)
        for (field, restoredField) in zip(fields, restoredFields) {
            #expect(field.label == restoredField.label)
            // Every field is set, so a field the cache forgot would come back as its default.
            if let table = field.value as? KeyLocations {
                #expect(table == restoredField.value as? KeyLocations, "\(field.label ?? "?")")
            } else {
                #expect(String(describing: field.value) == String(describing: restoredField.value), "\(field.label ?? "?")")
            }
        }
        #expect(restored.locations == original.locations && restored.keyLocations == original.keyLocations)
        #expect(restored.writtenKeys.map(\.key) == original.writtenKeys.map(\.key))
        #expect(restored.publishDate?.iso8601 == original.publishDate?.iso8601)
        #expect(restored.publishDate?.instant == original.publishDate?.instant)
    }

    /// Tables restored encoded decode on first write too, and keep what was not written;
    /// a restored front matter encodes to the bytes it was read from.
    @Test func encodedKeyLocationsDecodeWhenReadOrChanged() throws {
        let original = Self.fullFrontMatter()
        var (bytes, restored) = try Self.roundTrip(original)
        var again = BinaryWriter()
        restored.write(to: &again)
        #expect(again.bytes == bytes)
        let moved = SourceLocation(path: "content/a.md", line: 40, column: 2)
        restored.locations["title"] = moved
        #expect(restored.fields.encodedPlaces == nil)
        #expect(restored.locations["title"] == moved && restored.locations["tags"] == original.locations["tags"])
        #expect(restored.keyLocations == original.keyLocations)
        #expect(restored.writtenKeys.map(\.key) == original.writtenKeys.map(\.key))
    }

    @Test func aCacheOfAnotherVersionOrCutShortIsIgnored() throws {
        let frontMatter = Self.fullFrontMatter()
        var source = ArticleSource(
            file: SourceFile(displayPath: "content/a.md", relativePath: "a.md", url: URL(fileURLWithPath: "/tmp/a.md"), text: ""),
            frontMatter: frontMatter, slug: "a", path: "a", section: "", body: "", bodyLineOffset: 4)
        source.contentHash = "abc"
        let warning = Diagnostic.warning("quoted oddly", rule: "front-matter.quoting", at: SourceLocation(path: "content/a.md", line: 2, column: 8), fix: "use double quotes")
        let stamp = FileStamp(
            size: 9_120, inode: 1 << 40 | 7, modified: .init(seconds: 1_700_000_000, nanoseconds: 123_456_789),
            changed: .init(seconds: 1_700_000_001, nanoseconds: 999_999_999))
        let cache = SourceCache(global: "g", entries: [
            "a.md": SourceCache.Entry(source, diagnostics: [warning], stamp: stamp),
            "b/c.md": SourceCache.Entry(source, diagnostics: []),
        ])
        let bytes = cache.encoded()
        let decoded = try #require(SourceCache.decode(bytes))
        #expect(decoded.global == "g")
        #expect(decoded.entry("a.md")?.diagnostics == [warning])
        #expect(decoded.entry("a.md")?.slug == "a")
        #expect(decoded.entry("a.md")?.bodyLineOffset == 4)
        #expect(decoded.entry("a.md")?.stamp == stamp)
        #expect(decoded.entry("b/c.md")?.stamp == nil)
        #expect(decoded.entry("b.md") == nil)
        #expect(try #require(SourceCache.decode(cache.encoded())).entry("b/c.md") != nil)
        #expect(SourceCache.decode(Array(bytes.dropLast())) == nil)
        #expect(SourceCache.decode(Array("pubgen-sources 0".utf8)) == nil)
        // An entry damaged inside (its length intact) is not used: here the length of
        // its content hash, the first thing it holds.
        let hash = Array("abc".utf8)
        let hashOffset = try #require((0...(bytes.count - hash.count)).last { Array(bytes[$0..<$0 + hash.count]) == hash })
        var damaged = bytes
        damaged[hashOffset - 1] = 0xFF
        #expect(SourceCache.decode(damaged).map { $0.entry("b/c.md") == nil } ?? true)
        // Its key-location tables are decoded only when read: damaged, they are empty,
        // and a diagnostic falls back to the file's first line.
        var damagedTables = bytes
        damagedTables[damagedTables.count - 3] = 0xFF
        let withDamagedTables = try #require(SourceCache.decode(damagedTables)?.entry("b/c.md"))
        #expect(withDamagedTables.slug == "a" && withDamagedTables.frontMatter.locations.count == 0)
        #expect(cache.encoded() == bytes, "deterministic")
    }

    /// An article restored unread (its stamp matched) reads its body when compiled, and
    /// only if the file still has the bytes its front matter was restored from.
    @Test func aBodyReadLaterMustComeFromTheSameBytes() throws {
        let folder = try TemporaryDirectory("source-cache-body")
        let text = "---\ntitle: A\n---\n\nThe body.\n"
        try folder.write("a.md", text)
        var source = ArticleSource(
            file: SourceFile(displayPath: "content/a.md", relativePath: "a.md", url: folder.appending("a.md"), text: ""),
            frontMatter: Self.fullFrontMatter(), slug: "a", path: "a", section: "", body: "", bodyLineOffset: 3)
        source.contentHash = Fingerprint.of(text)
        source.bodyIsUnread = true
        var read = source
        try ArticleLoader.readBody(of: &read)
        #expect(read.body.string.contains("The body.") && !read.body.string.contains("title:"))
        #expect(!read.bodyIsUnread)

        try folder.write("a.md", "---\ntitle: A\n---\n\nAnother body.\n")
        #expect(throws: PubgenError.changedDuringBuild(path: "content/a.md")) {
            try ArticleLoader.readBody(of: &source)
        }
    }

    /// An article with quoting warnings: a rebuild that reuses its cached front matter
    /// must report them exactly as the first build did.
    @Test func aRebuildReportsTheSameDiagnosticsForAnUnchangedFile() async throws {
        let folder = try TemporaryDirectory("source-cache")
        // Invalid YAML as real articles have it: a raw apostrophe inside single quotes.
        let seed = "---\ntitle: 'Python's reach'\ndescription: 'It\\'s fast'\npublish_date: '2024-03-01'\n---\n\nBody.\n"
        try folder.write("site/content/python-web-ml.md", seed)
        try folder.write("site/content/other.md", "---\ntitle: Other\npublish_date: 2024-01-01\n---\n\nText.\n")
        let out = folder.appending("out")
        let first = try await publish(site: folder.appending("site"), output: out, baseURL: "https://example.org/")
        #expect(first.wroteOutput && first.diagnostics.count(of: .warning) > 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(SourceCache.fileName).path))
        try folder.write("site/content/other.md", "---\ntitle: Other edited\npublish_date: 2024-01-01\n---\n\nText.\n")
        let second = try await publish(site: folder.appending("site"), output: out, baseURL: "https://example.org/")
        #expect(second.wroteOutput)
        #expect(second.diagnostics == first.diagnostics)
        // Entries reused as bytes and entries made anew give the file a clean build writes.
        let clean = folder.appending("clean")
        var options = BuildOptions.testing()
        options.clean = true
        _ = try await publish(site: folder.appending("site"), output: clean, options: options, baseURL: "https://example.org/")
        let name = SourceCache.fileName
        #expect(IncrementalBuildTests.snapshot(out)[name] == IncrementalBuildTests.snapshot(clean)[name])
        #expect(IncrementalBuildTests.snapshot(out)[name] != nil)
    }
}

struct BuildManifestTests {
    @Test func theManifestRoundTripsAndRefusesAnythingElse() throws {
        var record = BuildManifest.ArticleRecord(
            key: "k1", wordCount: 1234, firstParagraph: "First <b>paragraph</b> é", summaryText: "Sum", summaryHTML: nil,
            heroImage: "hero.png", assets: ["img/a.png", "b.pdf"], diagnostics: [])
        record.diagnostics = [Diagnostic(
            .warning, "link to 'x.md' missing", rule: "link.missing", at: SourceLocation(path: "content/a.md", line: 4, column: 9),
            notes: [Diagnostic.Note("written here", at: SourceLocation(path: "content/a.md", line: 2, column: 1))],
            fix: "link to an existing file")]
        let manifest = BuildManifest(
            global: "g", articles: ["a.md": record, "b/c.md": record], outputs: ["index.html": "f1", "a/index.html": "f2"],
            files: ["index.html", "a/index.html", "style.css", ".pubgen-sources"])
        #expect(manifest.files == [".pubgen-sources", "a/index.html", "index.html", "style.css"], "sorted")
        let bytes = manifest.encoded()
        #expect(BuildManifest.decode(bytes) == manifest)
        #expect(manifest.encoded() == bytes, "deterministic")
        // The records, encoded apart and spliced in, are the bytes one writer gives them.
        var single = BinaryWriter()
        single.string(BuildManifest.magic)
        single.int(manifest.format)
        single.string(manifest.generator)
        single.string(manifest.global)
        single.array(manifest.articles.sorted { $0.key < $1.key }) { writer, pair in
            writer.string(pair.key)
            pair.value.write(to: &writer)
        }
        #expect(bytes.starts(with: single.bytes))
        #expect(bytes.count > single.bytes.count)
        #expect(BuildManifest.decode(Array(bytes.dropLast())) == nil)
        #expect(BuildManifest.decode(Array("{}\n".utf8)) == nil, "an old JSON manifest is ignored")
    }
}
