import Foundation
import PubgenDiagnostics

/// What a build remembers for the next one, kept in the output folder's marker file
/// (`.pubgen-output`): each article's cache key and compiled metadata, and each
/// output's fingerprint, and every file the build wrote. A rebuild re-renders only what
/// changed and keeps the rest of the previous output; deleting the file (or `--clean`)
/// forces a full build.
package struct BuildManifest: Sendable, Equatable {
    package static let format = 5  // 5: a record's word count may be absent

    package var format = BuildManifest.format
    package var generator = PubgenVersion.current
    /// Fingerprint of the configuration, templates and options.
    package var global: String
    /// By content-relative source path.
    package var articles: [String: ArticleRecord]
    /// By output path.
    package var outputs: [String: String]
    /// Every file the build put in the output but the marker, sorted: what a rebuild
    /// that updates the output in place deletes when this build no longer makes it.
    package var files: [String]
    /// The related articles this build ranked, for the next build to reuse when the site's
    /// order and tags are the same (`Site.RelatedArticles`).
    package var related: Site.RelatedArticles?

    /// What a page needs from an article it does not render itself.
    ///
    /// Its fields are in one copy-on-write box, like `Article`'s: a rebuild copies every
    /// record several times (out of the previous manifest, into stubs, into the next
    /// one), and a copy of eight fields was eight reference counts, 3% of the rebuild.
    @dynamicMemberLookup
    package struct ArticleRecord: Sendable, Equatable {
        private var box: CopyOnWriteBox<Fields>

        package struct Fields: Sendable, Equatable {
            package var key: String
            /// Nil when the build did not count them (see `ArticleCompiler.countsAllWords`).
            package var wordCount: Int?
            package var firstParagraph: String
            package var summaryText: String?
            package var summaryHTML: String?
            package var heroImage: String?
            package var assets: [String]
            /// Compiling's diagnostics, notes and fix hints included, so a rebuild prints
            /// them exactly as the build that compiled the article did.
            package var diagnostics: [Diagnostic]
        }

        package init(
            key: String, wordCount: Int?, firstParagraph: String, summaryText: String?, summaryHTML: String?,
            heroImage: String?, assets: [String], diagnostics: [Diagnostic]
        ) {
            box = CopyOnWriteBox(Fields(
                key: key, wordCount: wordCount, firstParagraph: firstParagraph, summaryText: summaryText,
                summaryHTML: summaryHTML, heroImage: heroImage, assets: assets, diagnostics: diagnostics))
        }

        /// A field, read or written as a plain property (`record.key`).
        package subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
            get { box.fields[keyPath: keyPath] }
            _modify { yield &box.fields[keyPath: keyPath] }
        }

        package static func == (lhs: ArticleRecord, rhs: ArticleRecord) -> Bool {
            lhs.box.fields == rhs.box.fields
        }
    }

    package init(
        global: String, articles: [String: ArticleRecord], outputs: [String: String], files: [String] = [],
        related: Site.RelatedArticles? = nil
    ) {
        self.global = global
        self.articles = articles
        self.outputs = outputs
        self.files = files.sorted()
        self.related = related
    }

    /// The manifest of a previous build, if the marker holds one this version can use.
    package static func load(from output: URL) -> BuildManifest? {
        guard case let .success(bytes) = RegularFile.read(output.appendingPathComponent(OutputWriter.marker).path) else { return nil }
        return decode(bytes)
    }

    /// The manifest in `bytes` (`BinaryWriter`'s format, like the source cache: JSON was
    /// 5 MB at 10,000 articles and its decoding a tenth of a one-article rebuild).
    package static func decode(_ bytes: [UInt8]) -> BuildManifest? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.string() == magic, try reader.int() == format, try reader.string() == PubgenVersion.current else {
                return nil
            }
            let global = try reader.string()
            // Both tables sized once: grown entry by entry, 10,000 records and 13,000
            // fingerprints were rehashed a dozen times on the rebuild's serial start.
            let records = try reader.array { reader in (try reader.string(), try ArticleRecord(from: &reader)) }
            var articles = [String: ArticleRecord](minimumCapacity: records.count)
            for (path, record) in records { articles[path] = record }
            let fingerprints = try reader.array { reader in (try reader.string(), try reader.string()) }
            var outputs = [String: String](minimumCapacity: fingerprints.count)
            for (path, fingerprint) in fingerprints { outputs[path] = fingerprint }
            let files = try reader.array { try $0.string() }
            let related = try reader.optional { reader in
                Site.RelatedArticles(shape: try reader.string(), indices: try reader.array { try $0.array { try $0.int() } })
            }
            guard reader.isAtEnd else { return nil }
            var manifest = BuildManifest(global: global, articles: articles, outputs: outputs, related: related)
            manifest.files = files  // Written sorted: not sorted again on every rebuild.
            return manifest
        } catch {
            return nil
        }
    }

    static let magic = "pubgen-output"

    /// The article records as `encoded` writes them. They are most of the manifest and
    /// known as soon as compiling ends, so a build encodes them then, beside its other
    /// work: encoded with the rest after the last page, they were the last 15 ms of a
    /// one-article rebuild, on one core.
    package struct EncodedArticles: Sendable {
        fileprivate var writer: BinaryWriter
        /// How many records, to catch records spliced into another manifest.
        fileprivate var count: Int
    }

    package static func encode(articles: [String: ArticleRecord]) -> EncodedArticles {
        var writer = BinaryWriter()
        // Sorted (String's order, whose ASCII path is a byte comparison) so that identical
        // builds write identical bytes.
        writer.array(articles.sorted { $0.key < $1.key }) { writer, pair in
            writer.string(pair.key)
            pair.value.write(to: &writer)
        }
        return EncodedArticles(writer: writer, count: articles.count)
    }

    /// Deterministic bytes (sorted keys), so two identical builds leave identical folders.
    /// - Parameter encodedArticles: `encode(articles:)` of this manifest's articles, when
    ///   made already.
    package func encoded(articles encodedArticles: EncodedArticles? = nil) -> [UInt8] {
        var writer = BinaryWriter()
        writer.string(Self.magic)
        writer.int(format)
        writer.string(generator)
        writer.string(global)
        let records = encodedArticles ?? Self.encode(articles: articles)
        assert(records.count == articles.count, "the records encoded are another manifest's")
        writer.append(records.writer)
        writer.array(outputs.sorted { $0.key < $1.key }) { writer, pair in
            writer.string(pair.key)
            writer.string(pair.value)
        }
        writer.array(files) { $0.string($1) }
        writer.optional(related) { writer, related in
            writer.string(related.shape)
            writer.array(related.indices) { writer, list in writer.array(list) { $0.int($1) } }
        }
        return writer.bytes
    }
}

extension BuildManifest.ArticleRecord {
    func write(to writer: inout BinaryWriter) {
        writer.string(self.key)
        writer.optional(self.wordCount) { $0.int($1) }
        writer.string(self.firstParagraph)
        for text in [self.summaryText, self.summaryHTML, self.heroImage] { writer.optional(text) { $0.string($1) } }
        writer.array(self.assets) { $0.string($1) }
        writer.array(self.diagnostics) { $0.diagnostic($1) }
    }

    init(from reader: inout BinaryReader) throws {
        self.init(
            key: try reader.string(), wordCount: try reader.optional { try $0.int() }, firstParagraph: try reader.string(),
            summaryText: try reader.optional { try $0.string() }, summaryHTML: try reader.optional { try $0.string() },
            heroImage: try reader.optional { try $0.string() }, assets: try reader.array { try $0.string() },
            diagnostics: try reader.array { try $0.diagnostic() })
    }
}

extension BuildManifest.ArticleRecord {
    init(_ article: Article, key: String, diagnostics: [Diagnostic]) {
        self.init(
            key: key, wordCount: article.body.wordCount, firstParagraph: article.body.firstParagraph,
            summaryText: article.body.summaryText, summaryHTML: article.body.summaryHTML,
            heroImage: article.frontMatter.heroImage, assets: article.assets, diagnostics: diagnostics)
    }
}
