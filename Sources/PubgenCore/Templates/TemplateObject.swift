import Foundation

/// The fields of a template view: names to values, in a form a template looks names
/// up in without hashing them.
///
/// A view has a few dozen fields and is built once per page, and every name a
/// template prints is looked up in several: a `Dictionary` hashed each key with SipHash
/// on every insert and every lookup, which was 4% of a 10,000-article build. Here each
/// key carries a hash computed once (for a template's names, when it is compiled),
/// and a small object is a list searched by that hash. An object with many fields
/// (a large map in front matter) keeps a dictionary instead, so no lookup is slow.
package struct TemplateObject: Sendable, Equatable {
    private enum Storage: Sendable {
        case small(ContiguousArray<Entry>)
        case large([String: TemplateValue])
    }

    private struct Entry: Sendable {
        var key: TemplateKey
        var value: TemplateValue
    }

    /// Above this many fields, a search by hash costs more than a dictionary lookup.
    private static let smallLimit = 48

    private var storage: Storage

    package init() {
        storage = .small([])
    }

    package init(minimumCapacity: Int) {
        var entries = ContiguousArray<Entry>()
        entries.reserveCapacity(min(minimumCapacity, Self.smallLimit))
        storage = .small(entries)
    }

    package init(_ fields: [String: TemplateValue]) {
        if fields.count > Self.smallLimit {
            storage = .large(fields)
        } else {
            // A dictionary's keys are distinct already: no search per insert.
            storage = .small(ContiguousArray(fields.map { Entry(key: TemplateKey($0.key), value: $0.value) }))
        }
    }

    package var count: Int {
        switch storage {
        case let .small(entries): entries.count
        case let .large(fields): fields.count
        }
    }

    /// The value of `name`; setting `nil` removes it, as for a dictionary.
    package subscript(name: String) -> TemplateValue? {
        get { self[TemplateKey(name)] }
        set { set(TemplateKey(name), newValue) }
    }

    /// The value of a key whose hash is already known.
    @inline(__always)
    package subscript(key: TemplateKey) -> TemplateValue? {
        withValue(key) { $0 }
    }

    /// Calls `body` with the value of `key` where it is stored, without copying it out;
    /// `nil` when there is no such field.
    @inline(__always)
    func withValue<Result>(_ key: TemplateKey, _ body: (TemplateValue) -> Result) -> Result? {
        switch storage {
        case let .large(fields):
            return fields[key.name].map(body)
        case let .small(entries):
            // Through the buffer, so that the scan reads hashes in place instead of
            // copying (and retaining) every entry it passes.
            return entries.withUnsafeBufferPointer { entries in
                for index in entries.indices where entries[index].key.hash == key.hash && entries[index].key.name == key.name {
                    return body(entries[index].value)
                }
                return nil
            }
        }
    }

    fileprivate mutating func set(_ key: TemplateKey, _ value: TemplateValue?) {
        switch storage {
        case var .small(entries):
            storage = .small([])  // Let `entries` be the only reference while it changes.
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let value { entries[index].value = value } else { entries.remove(at: index) }
            } else if let value {
                entries.append(Entry(key: key, value: value))
            }
            storage = entries.count > Self.smallLimit
                ? .large(Dictionary(entries.map { ($0.key.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
                : .small(entries)
        case var .large(fields):
            storage = .small([])
            fields[key.name] = value
            storage = .large(fields)
        }
    }

    /// The fields as name–value pairs, in no particular order.
    package var fields: [(name: String, value: TemplateValue)] {
        switch storage {
        case let .small(entries): entries.map { ($0.key.name, $0.value) }
        case let .large(fields): fields.map { ($0.key, $0.value) }
        }
    }

    /// The object without the fields `isIncluded` rejects.
    package func filter(_ isIncluded: (_ name: String, _ value: TemplateValue) -> Bool) -> TemplateObject {
        var result = self
        switch storage {
        case let .small(entries): result.storage = .small(entries.filter { isIncluded($0.key.name, $0.value) })
        case let .large(fields): result.storage = .large(fields.filter { isIncluded($0.key, $0.value) })
        }
        return result
    }

    /// Equal when they have the same names with equal values, whatever the order.
    package static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.fields.allSatisfy { rhs[$0.name] == $0.value }
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// The first of repeated names wins, as in the `Dictionary` views used to be.
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(pairs: elements)
    }

    /// The pairs as fields; the first of repeated names wins.
    init(pairs: [(String, TemplateValue)]) {
        self.init(minimumCapacity: pairs.count)
        for (name, value) in pairs {
            let key = TemplateKey(name)
            if self[key] == nil { set(key, value) }
        }
    }
}

/// A field name with its hash, computed once.
package struct TemplateKey: Sendable, Equatable {
    package let name: String
    package let hash: UInt64

    package init(_ name: String) {
        self.name = name
        // Strings are equal when canonically equivalent (`é` and `e` + U+0301), which
        // their bytes do not show. A non-ASCII name is hashed by its composed form when
        // that is ASCII (U+212A KELVIN SIGN is `K`); every other one gets one hash, and
        // `String`'s own comparison decides between them.
        if let hash = Self.hash(ofASCII: name) {
            self.hash = hash
        } else {
            self.hash = Self.hash(ofASCII: name.precomposedStringWithCanonicalMapping) ?? 0
        }
    }

    /// FNV-1a of an ASCII name (field names are short, and only equality within one
    /// object matters); `nil` for a name with any other byte.
    private static func hash(ofASCII name: String) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    @inline(__always)
    package static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool {
        lhs.hash == rhs.hash && lhs.name == rhs.name
    }
}
