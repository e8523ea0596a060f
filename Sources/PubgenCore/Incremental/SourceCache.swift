import PubgenDiagnostics

/// What the previous build read from each article's file, so a rebuild parses only the
/// front matter of files whose bytes changed, and reads only files whose stamp changed.
///
/// At 10,000 articles, reading front matter was half of a one-article rebuild. An
/// entry depends on the file's bytes (its content hash) and path and on the
/// configuration, which the global fingerprint covers; not on other articles. Its
/// `FileStamp` says whether the file can have changed without being read. It is kept
/// in its own file in the output folder (`fileName`), in `BinaryWriter`'s format.
package struct SourceCache: Sendable {
    package static let fileName = ".pubgen-sources"
    static let magic = "pubgen-sources 4"

    /// The global fingerprint the entries were made under (`BuildManifest.global`).
    package var global: String
    /// Entries made in this build, by content-relative path.
    private var made: [String: Item] = [:]

    /// An entry to write: made in this build, or reused as the bytes a previous build wrote.
    package enum Item: Sendable {
        case entry(Entry)
        case stored(ArraySlice<UInt8>)

        /// `entry` encoded at once, on the task that made it: encoding 10,000 entries
        /// at the end of a build was 2% of its time, on one core.
        package static func encoding(_ entry: Entry) -> Item {
            var writer = BinaryWriter()
            entry.write(to: &writer)
            return .stored(writer.bytes[...])
        }
    }
    /// Entries read from a previous build's file, by path: each is decoded only when
    /// asked for, on whichever task asks, so 10,000 of them are decoded on all cores.
    private var stored: [String: Range<Int>] = [:]
    private var bytes: [UInt8] = []

    /// One article as read from its file, without its texts.
    package struct Entry: Sendable {
        package var contentHash: String
        package var frontMatter: FrontMatter
        package var slug: String
        package var path: String
        package var section: String
        package var redirects: [Redirect]
        /// What loading reported (the encoding's diagnostics are made again).
        package var diagnostics: [Diagnostic]
        /// The line the body starts after, to restore the article without its file.
        package var bodyLineOffset: Int
        /// The file's stamp when it was read, if it had settled and its encoding was
        /// faultless: a file with the same stamp is not read again.
        package var stamp: FileStamp?

        package init(_ source: ArticleSource, diagnostics: [Diagnostic], stamp: FileStamp? = nil) {
            contentHash = source.contentHash
            frontMatter = source.frontMatter
            slug = source.slug
            path = source.path
            section = source.section
            redirects = source.redirects
            bodyLineOffset = source.bodyLineOffset
            self.diagnostics = diagnostics
            self.stamp = stamp
        }
    }

    package init(global: String, entries: [String: Entry]) {
        self.init(global: global, items: entries.mapValues(Item.entry))
    }

    package init(global: String, items: [String: Item]) {
        self.global = global
        made = items
    }

    /// The entry for a content-relative path; `nil` when there is none or it is damaged.
    package func entry(_ relativePath: String) -> Entry? {
        switch made[relativePath] {
        case let .entry(entry)?:
            return entry
        case let .stored(slice)?:
            return Self.decodeEntry(Array(slice), range: 0..<slice.count)
        case nil:
            guard let range = stored[relativePath] else { return nil }
            return Self.decodeEntry(bytes, range: range)
        }
    }

    private static func decodeEntry(_ bytes: [UInt8], range: Range<Int>) -> Entry? {
        var reader = BinaryReader(bytes, range: range)
        guard let entry = try? Entry(from: &reader), reader.isAtEnd else { return nil }
        return entry
    }

    /// The content-relative paths that have an entry, sorted.
    package var paths: [String] {
        Set(made.keys).union(stored.keys).sorted()
    }

    /// A previous build's entry as its bytes, to write again unchanged (re-encoding
    /// 10,000 unchanged entries was 6% of a one-article rebuild).
    package func storedItem(_ relativePath: String) -> Item? {
        stored[relativePath].map { .stored(bytes[$0]) }
    }

    /// Entries sorted by path; identical but for the file stamps they hold, which say
    /// when each file was written, not what it holds.
    package func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        // Sized once (entries are nearly all encoded already): growing by doubling
        // briefly held twice the cache's 8 MB at 10,000 articles.
        writer.reserveCapacity(made.reduce(256 + global.utf8.count) { total, item in
            if case let .stored(bytes) = item.value { return total + item.key.utf8.count + bytes.count + 20 }
            return total + item.key.utf8.count + 1_024
        })
        writer.string(Self.magic)
        writer.string(PubgenVersion.current)
        writer.string(global)
        writer.int(made.count)
        for (relativePath, item) in made.sorted(by: { $0.key < $1.key }) {
            writer.string(relativePath)
            switch item {
            case let .entry(entry):
                // Each entry on its own (its own string table), so it can be read alone.
                var entryWriter = BinaryWriter()
                entry.write(to: &entryWriter)
                writer.block(entryWriter.bytes[...])
            case let .stored(bytes):
                writer.block(bytes)
            }
        }
        return writer.bytes
    }

    /// The cache in `bytes`, or `nil` when it is not one this version wrote. Only the
    /// paths are read here; entries are decoded by `entry(_:)`.
    package static func decode(_ bytes: [UInt8]) -> SourceCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.string() == magic, try reader.string() == PubgenVersion.current else { return nil }
            var cache = SourceCache(global: try reader.string(), entries: [:])
            let count = try reader.int()
            cache.stored.reserveCapacity(max(0, count))
            for _ in 0..<max(0, count) {
                let relativePath = try reader.string()
                cache.stored[relativePath] = try reader.skip(try reader.int())
            }
            guard reader.isAtEnd else { return nil }
            cache.bytes = bytes
            return cache
        } catch {
            return nil
        }
    }
}

// MARK: - Entries

extension SourceCache.Entry {
    func write(to writer: inout BinaryWriter) {
        writer.string(contentHash)
        writer.string(slug)
        writer.string(path)
        writer.string(section)
        writer.array(redirects) { writer, redirect in
            writer.string(redirect.file)
            writer.optional(redirect.location) { $0.location($1) }
        }
        writer.array(diagnostics) { $0.diagnostic($1) }
        writer.int(bodyLineOffset)
        writer.optional(stamp) { $0.stamp($1) }
        frontMatter.write(to: &writer)
    }

    init(from reader: inout BinaryReader) throws {
        contentHash = try reader.string()
        slug = try reader.string()
        path = try reader.string()
        section = try reader.string()
        redirects = try reader.array { reader in
            Redirect(file: try reader.string(), location: try reader.optional { try $0.location() })
        }
        diagnostics = try reader.array { try $0.diagnostic() }
        bodyLineOffset = try reader.int()
        stamp = try reader.optional { try $0.stamp() }
        frontMatter = try FrontMatter(from: &reader)
    }
}

extension BinaryWriter {
    mutating func location(_ location: SourceLocation) {
        interned(location.path)
        int(location.line)
        int(location.column)
    }

    /// A diagnostic whole: severity, rule, message, location, notes and fix.
    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        string(diagnostic.rule)
        string(diagnostic.message)
        optional(diagnostic.location) { $0.location($1) }
        optional(diagnostic.fix) { $0.string($1) }
        array(diagnostic.notes) { writer, note in
            writer.string(note.message)
            writer.optional(note.location) { $0.location($1) }
        }
    }
}

extension BinaryReader {
    mutating func location() throws -> SourceLocation {
        SourceLocation(path: try interned(), line: try int(), column: try int())
    }

    mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Truncated() }
        let rule = try string()
        let message = try string()
        let location = try optional { try $0.location() }
        let fix = try optional { try $0.string() }
        let notes = try array { reader in
            Diagnostic.Note(try reader.string(), at: try reader.optional { try $0.location() })
        }
        return Diagnostic(severity, message, rule: rule, at: location, notes: notes, fix: fix)
    }
}
