import PubgenDiagnostics

/// Front matter as a tree of located values, whatever format it was written in.
///
/// YAML, TOML and JSON front matter are each turned into this shape right after
/// parsing, so reading keys, checking types and mapping other generators' keys is
/// written once. Every node carries its file-absolute position.
package indirect enum FrontMatterNode: Sendable {
    /// A single value as text. `plain` is true when the format leaves its type open
    /// (a YAML plain scalar, a TOML or JSON number, boolean or date), so `true` or `null`
    /// may be read as a flag or nothing; a quoted string is always text.
    case scalar(String, plain: Bool, at: SourceLocation)
    case list([FrontMatterNode], at: SourceLocation)
    case map([Entry], at: SourceLocation)

    /// One key of a mapping, with where the key itself was written.
    package struct Entry: Sendable {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: FrontMatterNode

        package init(key: String, keyLocation: SourceLocation, value: FrontMatterNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    package var location: SourceLocation {
        switch self {
        case let .scalar(_, _, at), let .list(_, at), let .map(_, at): at
        }
    }

    /// A scalar's text; `nil` for lists and mappings.
    package var scalarText: String? {
        if case let .scalar(text, _, _) = self { return text }
        return nil
    }

    /// True for an empty or `null` value (YAML's `~`, JSON's `null`).
    package var isNull: Bool {
        guard case let .scalar(text, plain, _) = self else { return false }
        return plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A mapping's value for `key`, if the node is a mapping that has it.
    package subscript(key: String) -> FrontMatterNode? {
        guard case let .map(entries, _) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var kindDescription: String {
        switch self {
        case .scalar: "a single value"
        case .map: "a mapping"
        case .list: "a list"
        }
    }

    /// The value for templates, without positions.
    var loose: FrontMatterValue {
        switch self {
        case let .scalar(text, _, _): .text(text)
        case let .list(items, _): .list(items.map(\.loose))
        case let .map(entries, _): .map(entries.map { ($0.key, $0.value.loose) })
        }
    }
}
