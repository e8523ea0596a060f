import Foundation
import PubgenDiagnostics
import PubgenMarkdown

/// Article HTML made fit for feed readers, which show it outside the site: the hero
/// image first, every link and image absolute, and the heading self-links (a lone
/// "#") removed.
enum FeedHTML {
    static func content(of article: Article, pageURL: String) -> String {
        // On the body's bytes: a string of it would check its UTF-8 once more, and
        // the result is checked once anyway (each was 3% of a 1,000-article build).
        guard let hero = article.heroImageURL(root: "../") else {
            return article.body.htmlUTF8.withUnsafeBufferPointer { prepare($0, pageURL: pageURL) }
        }
        let alt = article.frontMatter.heroImageAlt ?? article.title
        var html = Array("<p><img src=\"\(HTMLText.escape(hero))\" alt=\"\(HTMLText.escape(alt))\" /></p>\n".utf8)
        html.append(contentsOf: article.body.htmlUTF8)
        return html.withUnsafeBufferPointer { prepare($0, pageURL: pageURL) }
    }

    /// `html` (an article's body) as `content(of:pageURL:)` makes it fit for feeds.
    static func prepare(_ html: String, pageURL: String) -> String {
        var html = html
        return html.withUTF8 { prepare($0, pageURL: pageURL) }
    }

    /// One pass over the bytes, from one `=` to the next: every attribute this rewrites
    /// or drops has one, and prose has few, so `memchr` skips the text between (a byte
    /// loop over every article of every feed was 1% of a build). The HTML comes from
    /// cmark-gfm and pubgen, which always write `href="…"` and `src="…"` with double
    /// quotes and escape `"` inside, so a scan for the attribute is exact.
    private static func prepare(_ bytes: UnsafeBufferPointer<UInt8>, pageURL: String) -> String {
        let base = URL(string: pageURL).flatMap { $0.scheme == nil ? nil : $0 }
        guard let start = bytes.baseAddress else { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1024)
        var copied = 0  // bytes before this one are in `output`, or dropped
        var index = 0
        while index < bytes.count, let found = memchr(start + index, Int32(UInt8(ascii: "=")), bytes.count - index) {
            let equals = UnsafeRawPointer(found) - UnsafeRawPointer(start)
            index = equals + 1
            let anchor = equals - anchorEquals
            if anchor >= copied, bytes.hasBytes(anchorOpening, at: anchor), let end = find(bytes, anchorClosing, from: anchor) {
                output.append(contentsOf: bytes[copied..<anchor])
                copied = end + anchorClosing.count
                index = copied
                continue
            }
            guard let base, let attribute = attributeStart(bytes, equals), attribute >= copied else { continue }
            let valueStart = equals + 2  // after `="`
            var valueEnd = valueStart
            while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
            output.append(contentsOf: bytes[copied..<valueStart])
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            output.append(contentsOf: absolute(value, base: base).utf8)
            copied = valueEnd
            index = valueEnd
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    private static let anchorOpening = Array(" <a class=\"heading-anchor\" href=\"".utf8)
    private static let anchorClosing = Array("aria-label=\"Link to this section\">#</a>".utf8)
    private static let href = Array(" href=\"".utf8)
    private static let src = Array(" src=\"".utf8)

    /// Where the `=` of `anchorOpening` stands in it.
    private static let anchorEquals = anchorOpening.firstIndex(of: UInt8(ascii: "="))!

    /// Where ` href="` or ` src="` starts, given the index of its `=`.
    private static func attributeStart(_ bytes: UnsafeBufferPointer<UInt8>, _ equals: Int) -> Int? {
        if bytes.hasBytes(href, at: equals - 5) { return equals - 5 }
        if bytes.hasBytes(src, at: equals - 4) { return equals - 4 }
        return nil
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes.hasBytes(pattern, at: index) { return index }
            if bytes[index] == UInt8(ascii: "\n") { return nil }  // anchors never span lines
            index += 1
        }
        return nil
    }

    private static func absolute(_ value: String, base: URL) -> String {
        let unescaped = value.replacingScalars("&amp;", with: "&")
        guard !unescaped.isEmpty, let url = URL(string: unescaped, relativeTo: base) else { return value }
        return url.absoluteString.replacingScalars("&", with: "&amp;")
    }
}
