import PubgenDiagnostics

/// A heading of the document, with the id its HTML element got.
package struct MarkdownHeading: Hashable, Sendable {
    package var level: Int
    package var text: String
    package var id: String
    package var location: SourceLocation
}

/// A link as written in the source, before any rewriting.
package struct MarkdownLink: Hashable, Sendable {
    package var destination: String
    package var location: SourceLocation
}

/// An image as written in the source.
package struct MarkdownImage: Hashable, Sendable {
    package var source: String
    package var alt: String
    package var location: SourceLocation
}
