import Mustache
import PubgenMarkdown

/// HTML escaping for templates.
///
/// swift-mustache's built-in HTML escaping walks `Character`s and builds a new string
/// for every value; it was a tenth of a large build. This content type escapes the
/// same five characters with `HTMLText.escape` (one pass over bytes) and is selected
/// by a `CONTENT_TYPE` pragma that `TemplateSet` puts before every template.
struct HTMLContent: MustacheContentType {
    static let name = "PUBGEN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the type with swift-mustache once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
