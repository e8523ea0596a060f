import PubgenDiagnostics

/// schema.org structured data for search engines, as compact JSON whose strings are
/// escaped by `JSONText.quote` (which also escapes `<`, `>` and `&`, so no title can
/// close the `<script>` element early). Keys are written in sorted order.
enum JSONLD {
    static func blogPosting(for article: Article, site: Site) -> String {
        let frontMatter = article.frontMatter
        var fields: [(String, String)] = [
            ("@context", JSONText.quote("https://schema.org")),
            ("@type", JSONText.quote("BlogPosting")),
            ("headline", JSONText.quote(frontMatter.title)),
            ("datePublished", JSONText.quote(article.date.iso8601)),
            ("dateModified", JSONText.quote((frontMatter.updatedDate ?? article.date).iso8601)),
            ("inLanguage", JSONText.quote(site.configuration.language)),
            ("publisher", object([("@type", JSONText.quote("Organization")), ("name", JSONText.quote(site.configuration.title))])),
        ]
        if !article.summary.isEmpty { fields.append(("description", JSONText.quote(article.summary))) }
        let people = article.authorNames(site.configuration).map { object([("@type", JSONText.quote("Person")), ("name", JSONText.quote($0))]) }
        // One Person per author: a list only when there are several, as schema.org allows.
        if people.count == 1 {
            fields.append(("author", people[0]))
        } else if !people.isEmpty {
            fields.append(("author", "[" + people.joined(separator: ",") + "]"))
        }
        if let url = site.absoluteURL(article.relativeURL) {
            fields.append(("url", JSONText.quote(url)))
            fields.append(("mainEntityOfPage", object([("@id", JSONText.quote(url)), ("@type", JSONText.quote("WebPage"))])))
        }
        if let image = article.absoluteHeroImageURL(in: site) { fields.append(("image", JSONText.quote(image))) }
        if !frontMatter.tags.isEmpty { fields.append(("keywords", JSONText.quote(frontMatter.tags.joined(separator: ", ")))) }
        return object(fields)
    }

    /// `{"key":value,…}` with keys sorted, values already JSON.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.sorted { $0.0 < $1.0 }.map { "\(JSONText.quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
