import PubgenDiagnostics

/// Where each front-matter key (or its value) stands, by canonical key.
///
/// A short list searched in order, not a dictionary: a front matter has a dozen keys,
/// and hashing them, twice per article, was 6% of a one-article rebuild (which decodes
/// 10,000 of these) and a percent of reading front matter. Past `indexLimit` keys a
/// dictionary of positions keeps lookups constant-time, so a hostile front matter with
/// thousands of keys costs no more than before.
package struct KeyLocations: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The keys and locations, in the order they were first set.
    package private(set) var entries: [(key: String, location: SourceLocation)] = []
    /// Position of each key in `entries`, once there are more than `indexLimit`.
    private var positions: [String: Int] = [:]
    private static let indexLimit = 24

    package init() {}

    package init(dictionaryLiteral elements: (String, SourceLocation)...) {
        for (key, location) in elements { self[key] = location }
    }

    /// Keys and locations as another table listed them (`entries`), taken as they are:
    /// a rebuild decodes 10,000 pairs of these, and setting each key searched the ones
    /// before it. A key listed twice is harmless: lookups find its first entry, as
    /// setting keeps the first.
    package init(entries: [(key: String, location: SourceLocation)]) {
        self.entries = entries
        if entries.count > Self.indexLimit { positions = Self.index(entries) }
    }

    package var count: Int { entries.count }

    package subscript(key: String) -> SourceLocation? {
        get { position(of: key).map { entries[$0].location } }
        set {
            switch (position(of: key), newValue) {
            case let (position?, location?):
                entries[position].location = location
            case let (position?, nil):
                entries.remove(at: position)
                positions = entries.count > Self.indexLimit ? Self.index(entries) : [:]
            case let (nil, location?):
                entries.append((key, location))
                if entries.count > Self.indexLimit {
                    if positions.isEmpty { positions = Self.index(entries) } else { positions[key] = entries.count - 1 }
                }
            case (nil, nil):
                break
            }
        }
    }

    package mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// The same keys at the same locations, in any order.
    package static func == (lhs: KeyLocations, rhs: KeyLocations) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.location }
    }

    private func position(of key: String) -> Int? {
        if entries.count > Self.indexLimit { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    private static func index(_ entries: [(key: String, location: SourceLocation)]) -> [String: Int] {
        Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
