import Foundation

/// schema.org structured data for search engines, serialised by Foundation's JSON
/// encoder and made safe to embed in a `<script>` element.
enum JSONLD {
    static func blogPosting(for article: Article, site: Site) -> String {
        let frontMatter = article.frontMatter
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": frontMatter.title,
            "datePublished": article.date.iso8601,
            "dateModified": (frontMatter.updatedDate ?? article.date).iso8601,
            "inLanguage": site.configuration.language,
        ]
        object["description"] = article.summary.isEmpty ? nil : article.summary
        if let author = frontMatter.author ?? PageContexts.nonEmpty(site.configuration.author) {
            object["author"] = ["@type": "Person", "name": author]
        }
        if let url = site.absoluteURL(article.relativeURL) {
            object["url"] = url
            object["mainEntityOfPage"] = ["@type": "WebPage", "@id": url]
        }
        object["image"] = article.absoluteHeroImageURL(in: site)
        if !frontMatter.tags.isEmpty { object["keywords"] = frontMatter.tags.joined(separator: ", ") }
        object["publisher"] = ["@type": "Organization", "name": site.configuration.title]
        return scriptSafe(object)
    }

    /// JSON with `<`, `>` and `&` escaped, which can appear only inside JSON strings,
    /// so no title can close the `<script>` element early.
    static func scriptSafe(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        var text = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
