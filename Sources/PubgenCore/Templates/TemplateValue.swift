/// A value as templates see it: what a page's view is made of.
///
/// Views used to be `[String: Any]`, and every name lookup cast `Any` to a handful of
/// protocols; a closed set of cases lets the compiled renderer switch instead. The
/// cases are the types pubgen's views hold, so swift-mustache, which renders the
/// templates the compiled renderer cannot, sees exactly what it saw before
/// (see `anyValue`).
package enum TemplateValue: Sendable, Equatable {
    case string(String)
    /// A string held as its UTF-8: an article's body HTML, which pages print as it is.
    /// Anything that needs it as text (a transform, swift-mustache) sees `.string`.
    case utf8([UInt8])
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// `nil` stays `nil`, so optional fields are left out of a view.
    package init?(_ text: String?) {
        guard let text else { return nil }
        self = .string(text)
    }

    /// The value as swift-mustache expects it: strings, numbers, booleans, arrays,
    /// and objects wrapped as `TemplateView`.
    var anyValue: Any {
        switch self {
        case let .string(text): text
        case let .utf8(bytes): String(decoding: bytes, as: UTF8.self)
        case let .int(number): number
        case let .bool(flag): flag
        case let .list(items): items.map(\.anyValue)
        case let .object(fields): TemplateView(fields)
        }
    }

    /// The text of `{{value}}`, as swift-mustache prints it (`String(describing:)`).
    var renderedText: String {
        switch self {
        case let .string(text): text
        case let .utf8(bytes): String(decoding: bytes, as: UTF8.self)
        case let .int(number): String(number)
        case let .bool(flag): flag ? "true" : "false"
        case .list, .object: String(describing: anyValue)
        }
    }

    /// A field of an object; `nil` for every other case, as for swift-mustache, which
    /// finds no named child in a string, number, boolean or array.
    @inline(__always)
    func field(_ key: TemplateKey) -> TemplateValue? {
        guard case let .object(fields) = self else { return nil }
        return fields[key]
    }

    /// `field`, with `body` called on the value where it is stored instead of a copy.
    @inline(__always)
    func withField<Result>(_ key: TemplateKey, _ body: (TemplateValue) -> Result) -> Result? {
        guard case let .object(fields) = self else { return nil }
        return fields.withValue(key, body)
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(pairs: elements))
    }
}
