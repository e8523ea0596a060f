import Mustache

/// A template view as Mustache sees it.
///
/// swift-mustache finds names by casting each context object to `MustacheParent`;
/// for a `[String: Any]` that is a conditional conformance, which the Swift runtime
/// resolves by demangling generic requirements on every cast — a third of a large
/// build went there. A final class conforms unconditionally, so the cast is a cached
/// lookup. Views are built as dictionaries and wrapped just before rendering.
final class TemplateView: MustacheParent, @unchecked Sendable {
    // @unchecked: immutable after init, and only read while rendering one page.
    private let values: [String: Any]

    private init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    /// Wraps dictionaries (and dictionaries inside arrays) as views, recursively.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: TemplateView(dictionary.mapValues(wrap))
        case let array as [[String: Any]]: array.map { TemplateView($0.mapValues(wrap)) }
        case let array as [Any]: array.map(wrap)
        default: value
        }
    }
}
