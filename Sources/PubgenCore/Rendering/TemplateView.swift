import Mustache

/// An object of a template view as swift-mustache sees it, for templates the compiled
/// renderer does not handle.
///
/// swift-mustache finds names by casting each context object to `MustacheParent`;
/// for a `[String: Any]` that is a conditional conformance, which the Swift runtime
/// resolves by demangling generic requirements on every cast. A final class conforms
/// unconditionally, so the cast is a cached lookup.
final class TemplateView: MustacheParent, @unchecked Sendable {
    // @unchecked: immutable after init, and only read while rendering one page.
    private let values: [String: Any]

    init(_ fields: TemplateObject) {
        self.values = Dictionary(fields.fields.map { ($0.name, $0.value.anyValue) }, uniquingKeysWith: { first, _ in first })
    }

    func child(named name: String) -> Any? { values[name] }
}
