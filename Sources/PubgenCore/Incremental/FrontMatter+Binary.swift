import PubgenDiagnostics

/// Front matter in the source cache's format (`SourceCache`). Every stored property is
/// written: `SourceCacheTests` round-trips front matter that sets all of them and
/// compares field by field, so a field added later cannot be forgotten silently.
extension FrontMatter {
    func write(to writer: inout BinaryWriter) {
        fields.write(to: &writer)
    }

    init(from reader: inout BinaryReader) throws {
        self.init(try Fields(from: &reader))
    }
}

extension FrontMatter.Fields {
    /// Field by field, with no temporary arrays, and key locations in the order they
    /// were set, which reading the same file always gives: sorting them and gathering
    /// fields into arrays first was 1.4% of a 10,000-article build, which encodes every
    /// front matter for the next build.
    func write(to writer: inout BinaryWriter) {
        func text(_ text: String?, _ writer: inout BinaryWriter) { writer.optional(text) { $0.string($1) } }
        func date(_ date: PublicationDate?, _ writer: inout BinaryWriter) { writer.optional(date) { $1.write(to: &$0) } }
        func list(_ list: [String], _ writer: inout BinaryWriter) { writer.array(list) { $0.string($1) } }
        writer.string(title)
        text(subtitle, &writer)
        text(description, &writer)
        text(author, &writer)
        text(readTime, &writer)
        text(heroImage, &writer)
        text(heroImageAlt, &writer)
        text(cta, &writer)
        text(slug, &writer)
        text(path, &writer)
        date(publishDate, &writer)
        date(createdDate, &writer)
        date(updatedDate, &writer)
        list(authors, &writer)
        list(tags, &writer)
        list(tagSlugs, &writer)
        list(aliases, &writer)
        list(categories, &writer)
        writer.bool(draft)
        writer.array(aliasLocations) { $0.location($1) }
        writer.array(extra) { writer, pair in
            writer.string(pair.key)
            pair.value.write(to: &writer)
        }
        // The tables in a block of their own, which a rebuild skips (`encodedPlaces`).
        // They end the front matter, as the block requires.
        let places = self.places
        writer.block { places.write(to: &$0) }
    }

    init(from reader: inout BinaryReader) throws {
        self.init()
        // Field by field, in `write`'s order, with no arrays in between: a one-article
        // rebuild decodes 10,000 of these.
        func text(_ reader: inout BinaryReader) throws -> String? { try reader.optional { try $0.string() } }
        func list(_ reader: inout BinaryReader) throws -> [String] { try reader.array { try $0.string() } }
        func date(_ reader: inout BinaryReader) throws -> PublicationDate? { try reader.optional { try PublicationDate(from: &$0) } }
        title = try reader.string()
        subtitle = try text(&reader)
        description = try text(&reader)
        author = try text(&reader)
        readTime = try text(&reader)
        heroImage = try text(&reader)
        heroImageAlt = try text(&reader)
        cta = try text(&reader)
        slug = try text(&reader)
        path = try text(&reader)
        publishDate = try date(&reader)
        createdDate = try date(&reader)
        updatedDate = try date(&reader)
        authors = try list(&reader)
        tags = try list(&reader)
        tagSlugs = try list(&reader)
        aliases = try list(&reader)
        categories = try list(&reader)
        draft = try reader.bool()
        aliasLocations = try reader.array { try $0.location() }
        extra = try reader.array { reader in (key: try reader.string(), value: try FrontMatterValue(from: &reader)) }
        encodedPlaces = EncodedPlaces(reader: try reader.block())
    }

    /// `Places` as the source cache holds them, decoded when first read.
    struct EncodedPlaces: Sendable {
        let reader: BinaryReader

        /// The tables; none when the block is damaged (a diagnostic then falls back to
        /// the file's first line).
        func decoded() -> FrontMatter.Places {
            var reader = self.reader
            guard let places = try? FrontMatter.Places(from: &reader), reader.isAtEnd else { return FrontMatter.Places() }
            return places
        }
    }
}

extension FrontMatter.Places {
    func write(to writer: inout BinaryWriter) {
        func table(_ table: KeyLocations, _ writer: inout BinaryWriter) {
            writer.array(table.entries) { writer, pair in
                writer.interned(pair.key)
                writer.location(pair.location)
            }
        }
        table(locations, &writer)
        table(keyLocations, &writer)
        writer.array(writtenKeys) { writer, pair in
            writer.interned(pair.key)
            writer.location(pair.location)
        }
    }

    init(from reader: inout BinaryReader) throws {
        locations = try Self.locationTable(&reader)
        keyLocations = try Self.locationTable(&reader)
        writtenKeys = try reader.array { reader in (key: try reader.interned(), location: try reader.location()) }
    }

    /// A key-to-location table as `write` stores it, in its order.
    private static func locationTable(_ reader: inout BinaryReader) throws -> KeyLocations {
        KeyLocations(entries: try reader.array { reader in (key: try reader.interned(), location: try reader.location()) })
    }
}

extension FrontMatterValue {
    func write(to writer: inout BinaryWriter) {
        switch self {
        case let .text(text):
            writer.int(0)
            writer.string(text)
        case let .list(items):
            writer.int(1)
            writer.array(items) { $1.write(to: &$0) }
        case let .map(pairs):
            writer.int(2)
            writer.array(pairs) { writer, pair in
                writer.string(pair.0)
                pair.1.write(to: &writer)
            }
        }
    }

    init(from reader: inout BinaryReader) throws {
        switch try reader.int() {
        case 0: self = .text(try reader.string())
        case 1: self = .list(try reader.array { try FrontMatterValue(from: &$0) })
        case 2: self = .map(try reader.array { reader in (try reader.string(), try FrontMatterValue(from: &reader)) })
        default: throw BinaryReader.Truncated()
        }
    }
}
