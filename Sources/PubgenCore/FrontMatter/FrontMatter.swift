import PubgenDiagnostics

/// An article's front matter, typed, with where each value was written.
///
/// Its fields live in one copy-on-write box: front matter travels inside every article
/// source and article, which are copied through the whole build, and a copy of 25
/// fields cost 25 retains (a tenth of a one-article rebuild). Fields read and write as
/// plain properties (`frontMatter.title`) through dynamic member lookup.
@dynamicMemberLookup
package struct FrontMatter: Sendable {
    package struct Fields: Sendable {
        package var title: String = ""
        package var subtitle: String?
        package var description: String?
        package var author: String?
        /// Each author's name (`authors: [Ana, Bo]` is two); `author` joins them for display.
        package var authors: [String] = []
        /// As written (`'40 mins'`): shown as is.
        package var readTime: String?
        package var publishDate: PublicationDate?
        package var createdDate: PublicationDate?
        package var updatedDate: PublicationDate?
        package var heroImage: String?
        package var heroImageAlt: String?
        package var cta: String?
        package var tags: [String] = []
        /// The URL slug of each tag (same order), made once when the file is read: pages,
        /// feeds and related articles all need them.
        package var tagSlugs: [String] = []
        package var draft = false
        package var slug: String?
        /// A URL path as written (`path`, `url` or `permalink`), checked when the article's URL is made.
        package var path: String?
        /// Old URLs as written (`aliases`, `redirect_from`), checked when redirects are made.
        package var aliases: [String] = []
        /// Where each alias is written (same order), so a bad one is reported at its own line.
        package var aliasLocations: [SourceLocation] = []
        /// Categories (Jekyll's `categories`, Zola's `[taxonomies] categories`): also tags,
        /// and the `:categories` token of permalink patterns.
        package var categories: [String] = []
        /// Keys pubgen does not know, kept in order for templates (`params` there).
        package var extra: [(key: String, value: FrontMatterValue)] = []
        /// Where each canonical key's value starts, for later diagnostics.
        package var locations = KeyLocations()
        /// Where each key itself was written (canonical key to location).
        package var keyLocations = KeyLocations()
        /// Every key as written, in order, for unknown-key checks.
        package var writtenKeys: [(key: String, location: SourceLocation)] = []
        /// The three tables above as the source cache holds them, when this front matter
        /// came from it (the tables are then empty): `FrontMatter` decodes them when one is
        /// first read. A one-article rebuild restores 10,000 front matters and reads
        /// almost none of their tables; decoding them all was a tenth of it.
        var encodedPlaces: EncodedPlaces?

        /// The three tables, decoded if they are still encoded.
        var places: Places {
            encodedPlaces?.decoded() ?? Places(locations: locations, keyLocations: keyLocations, writtenKeys: writtenKeys)
        }

        /// These fields with the tables decoded (for comparing front matters field by field).
        package func decodingPlaces() -> Fields {
            var fields = self
            fields.decodePlaces()
            return fields
        }

        mutating func decodePlaces() {
            guard let encoded = encodedPlaces else { return }
            (locations, keyLocations, writtenKeys) = encoded.decoded().tables
            encodedPlaces = nil
        }
    }

    /// `Fields.locations`, `keyLocations` and `writtenKeys` together, as the cache keeps them.
    struct Places: Sendable {
        var locations = KeyLocations()
        var keyLocations = KeyLocations()
        var writtenKeys: [(key: String, location: SourceLocation)] = []

        var tables: (KeyLocations, KeyLocations, [(key: String, location: SourceLocation)]) { (locations, keyLocations, writtenKeys) }
    }

    private var box: CopyOnWriteBox<Fields>

    package init() {
        box = CopyOnWriteBox(Fields())
    }

    package init(_ fields: Fields) {
        box = CopyOnWriteBox(fields)
    }

    /// Every field at once (for tests that compare two front matters field by field).
    package var fields: Fields { box.fields }

    package subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: keyPath] }
        _modify { yield &box.fields[keyPath: keyPath] }
    }

    // The key-location tables, declared here rather than reached through dynamic member
    // lookup: restored from the cache, they are decoded when first read or changed.

    package var locations: KeyLocations {
        get { box.fields.encodedPlaces?.decoded().locations ?? box.fields.locations }
        _modify {
            box.fields.decodePlaces()
            yield &box.fields.locations
        }
    }

    package var keyLocations: KeyLocations {
        get { box.fields.encodedPlaces?.decoded().keyLocations ?? box.fields.keyLocations }
        _modify {
            box.fields.decodePlaces()
            yield &box.fields.keyLocations
        }
    }

    package var writtenKeys: [(key: String, location: SourceLocation)] {
        get { box.fields.encodedPlaces?.decoded().writtenKeys ?? box.fields.writtenKeys }
        _modify {
            box.fields.decodePlaces()
            yield &box.fields.writtenKeys
        }
    }
}

/// A front-matter value pubgen does not interpret, kept for templates.
package indirect enum FrontMatterValue: Sendable, Equatable {
    case text(String)
    case list([FrontMatterValue])
    case map([(String, FrontMatterValue)])

    package static func == (lhs: FrontMatterValue, rhs: FrontMatterValue) -> Bool {
        switch (lhs, rhs) {
        case let (.text(a), .text(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }
}
