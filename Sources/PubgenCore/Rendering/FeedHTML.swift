import Foundation
import PubgenDiagnostics
import PubgenMarkdown

/// Article HTML made fit for feed readers, which show it outside the site: the hero
/// image first, every link and image absolute, and the heading self-links (a lone
/// "#") removed.
enum FeedHTML {
    static func content(of article: Article, pageURL: String) -> String {
        var html = article.body.html
        if let hero = article.heroImageURL(root: "../") {
            html = "<p><img src=\"\(HTMLText.escape(hero))\" alt=\"\(HTMLText.escape(article.frontMatter.heroImageAlt ?? article.title))\" /></p>\n" + html
        }
        return prepare(html, pageURL: pageURL)
    }

    /// One pass over the bytes. The HTML comes from cmark-gfm and pubgen, which always
    /// write `href="…"` and `src="…"` with double quotes and escape `"` inside, so a
    /// scan for the attribute is exact.
    static func prepare(_ html: String, pageURL: String) -> String {
        let base = URL(string: pageURL).flatMap { $0.scheme == nil ? nil : $0 }
        var html = html
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1024)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: " ") {
                    if bytes.hasBytes(anchorOpening, at: index), let end = find(bytes, anchorClosing, from: index) {
                        index = end + anchorClosing.count
                        continue
                    }
                    if let base, let valueStart = attributeValueStart(bytes, index) {
                        var valueEnd = valueStart
                        while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                        output.append(contentsOf: bytes[index..<valueStart])
                        let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                        output.append(contentsOf: absolute(value, base: base).utf8)
                        index = valueEnd
                        continue
                    }
                }
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static let anchorOpening = Array(" <a class=\"heading-anchor\" href=\"".utf8)
    private static let anchorClosing = Array("aria-label=\"Link to this section\">#</a>".utf8)
    private static let href = Array(" href=\"".utf8)
    private static let src = Array(" src=\"".utf8)

    private static func attributeValueStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        if bytes.hasBytes(href, at: index) { return index + href.count }
        if bytes.hasBytes(src, at: index) { return index + src.count }
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
