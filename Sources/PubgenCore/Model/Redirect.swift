import PubgenDiagnostics

/// One old URL of an article, as a redirect page to write.
package struct Redirect: Sendable, Equatable {
    /// The file in the output folder (`2019/old/index.html`, `old.html`).
    package var file: String
    /// Where the old URL was written (its `aliases` key), for collision errors.
    package var location: SourceLocation?
}
