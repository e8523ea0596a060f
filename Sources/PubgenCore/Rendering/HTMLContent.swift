import Mustache

/// HTML escaping for templates, one pass over UTF-8 bytes.
///
/// swift-mustache's built-in HTML escaping walks `Character`s and builds a new string
/// for every value; it was a tenth of a large build. This content type escapes the
/// same five characters the same way, returns values without them untouched, and is
/// selected by a `CONTENT_TYPE` pragma that `TemplateSet` puts before every template.
struct HTMLContent: MustacheContentType {
    static let name = "PUBGEN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the type with swift-mustache once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard bytes.contains(where: Self.needsEscape) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
