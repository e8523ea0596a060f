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
    func write(to writer: inout BinaryWriter) {
        writer.string(title)
        for text in [subtitle, description, author, readTime, heroImage, heroImageAlt, cta, slug, path] {
            writer.optional(text) { $0.string($1) }
        }
        for date in [publishDate, createdDate, updatedDate] {
            writer.optional(date) { $1.write(to: &$0) }
        }
        for list in [authors, tags, tagSlugs, aliases, categories] {
            writer.array(list) { $0.string($1) }
        }
        writer.bool(draft)
        writer.array(aliasLocations) { $0.location($1) }
        writer.array(extra) { writer, pair in
            writer.string(pair.key)
            pair.value.write(to: &writer)
        }
        for map in [locations, keyLocations] {
            writer.array(map.sorted { $0.key < $1.key }) { writer, pair in
                writer.interned(pair.key)
                writer.location(pair.value)
            }
        }
        writer.array(writtenKeys) { writer, pair in
            writer.interned(pair.key)
            writer.location(pair.location)
        }
    }

    init(from reader: inout BinaryReader) throws {
        self.init()
        title = try reader.string()
        var texts: [String?] = []
        for _ in 0..<9 { texts.append(try reader.optional { try $0.string() }) }
        (subtitle, description, author, readTime, heroImage, heroImageAlt, cta, slug, path) =
            (texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], texts[8])
        publishDate = try reader.optional { try PublicationDate(from: &$0) }
        createdDate = try reader.optional { try PublicationDate(from: &$0) }
        updatedDate = try reader.optional { try PublicationDate(from: &$0) }
        var lists: [[String]] = []
        for _ in 0..<5 { lists.append(try reader.array { try $0.string() }) }
        (authors, tags, tagSlugs, aliases, categories) = (lists[0], lists[1], lists[2], lists[3], lists[4])
        draft = try reader.bool()
        aliasLocations = try reader.array { try $0.location() }
        extra = try reader.array { reader in (key: try reader.string(), value: try FrontMatterValue(from: &reader)) }
        var maps: [[String: SourceLocation]] = []
        for _ in 0..<2 {
            let pairs = try reader.array { reader in (try reader.interned(), try reader.location()) }
            maps.append(Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
        }
        (locations, keyLocations) = (maps[0], maps[1])
        writtenKeys = try reader.array { reader in (key: try reader.interned(), location: try reader.location()) }
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
