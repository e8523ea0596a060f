import PubgenMarkdown
import Foundation

/// Article HTML made fit for feed readers, which show it outside the site: every
/// link and image absolute, and the heading self-links (a lone "#") removed.
enum FeedHTML {
    /// The article's HTML for a feed: the hero image first (readers show no page
    /// header), then the body.
    static func content(of article: Article, pageURL: String) -> String {
        var html = article.body.html
        if let hero = article.heroImageURL(root: "../") {
            html = "<p><img src=\"\(HTMLText.escape(hero))\" alt=\"\(HTMLText.escape(article.frontMatter.heroImageAlt ?? article.title))\" /></p>\n" + html
        }
        return prepare(html, pageURL: pageURL)
    }

    static func prepare(_ html: String, pageURL: String) -> String {
        absolutize(removingHeadingAnchors(html), against: URL(string: pageURL))
    }

    /// Rewrites `href="…"` and `src="…"` values against `base`.
    ///
    /// The HTML comes from cmark-gfm, which always writes these attributes with double
    /// quotes and escapes `"` inside them, so a scan for the attribute is exact.
    static func absolutize(_ html: String, against base: URL?) -> String {
        guard let base, base.scheme != nil else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let match = nextAttribute(in: rest) {
            result += rest[..<match.valueStart]
            let value = String(rest[match.valueStart..<match.valueEnd])
            result += absolute(value, base: base)
            rest = rest[match.valueEnd...]
        }
        result += rest
        return result
    }

    static func removingHeadingAnchors(_ html: String) -> String {
        let opening = " <a class=\"heading-anchor\" href=\""
        let closing = "aria-label=\"Link to this section\">#</a>"
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: opening), let end = rest[start.upperBound...].range(of: closing) {
            result += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        result += rest
        return result
    }

    private static func nextAttribute(in text: Substring) -> (valueStart: Substring.Index, valueEnd: Substring.Index)? {
        let href = text.range(of: " href=\"")
        let src = text.range(of: " src=\"")
        let first: Range<Substring.Index>? = switch (href, src) {
        case let (h?, s?): h.lowerBound < s.lowerBound ? h : s
        case let (h?, nil): h
        case let (nil, s?): s
        default: nil
        }
        guard let first, let close = text[first.upperBound...].firstIndex(of: "\"") else { return nil }
        return (first.upperBound, close)
    }

    private static func absolute(_ value: String, base: URL) -> String {
        let unescaped = value.replacingOccurrences(of: "&amp;", with: "&")
        guard !unescaped.isEmpty, let url = URL(string: unescaped, relativeTo: base) else { return value }
        return url.absoluteString.replacingOccurrences(of: "&", with: "&amp;")
    }
}
