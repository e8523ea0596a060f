import PubgenDiagnostics

/// schema.org structured data for search engines, as compact JSON whose strings are
/// escaped by `JSONText.quote` (which also escapes `<`, `>` and `&`, so no title can
/// close the `<script>` element early). Keys are written in sorted order.
enum JSONLD {
    static func blogPosting(for article: Article, site: Site) -> String {
        let frontMatter = article.frontMatter
        let configuration = site.configuration
        // Written straight into one string, its keys in sorted order: building a pair
        // per field and sorting them was 2% of a 10,000-article build.
        var json = Object()
        json.add("@context", "\"https://schema.org\"")
        json.add("@type", "\"BlogPosting\"")
        let people = article.authorNames(configuration).map { name in
            var person = Object()
            person.add("@type", "\"Person\"")
            person.add("name", JSONText.quote(name))
            return person.closed
        }
        // One Person per author: a list only when there are several, as schema.org allows.
        if people.count == 1 {
            json.add("author", people[0])
        } else if !people.isEmpty {
            json.add("author", "[" + people.joined(separator: ",") + "]")
        }
        json.add("dateModified", JSONText.quote((frontMatter.updatedDate ?? article.date).iso8601))
        json.add("datePublished", JSONText.quote(article.date.iso8601))
        if !article.summary.isEmpty { json.add("description", JSONText.quote(article.summary)) }
        json.add("headline", JSONText.quote(frontMatter.title))
        if let image = article.absoluteHeroImageURL(in: site) { json.add("image", JSONText.quote(image)) }
        json.add("inLanguage", JSONText.quote(configuration.language))
        if !frontMatter.tags.isEmpty { json.add("keywords", JSONText.quote(frontMatter.tags.joined(separator: ", "))) }
        let url = site.absoluteURL(article.relativeURL)
        if let url {
            var page = Object()
            page.add("@id", JSONText.quote(url))
            page.add("@type", "\"WebPage\"")
            json.add("mainEntityOfPage", page.closed)
        }
        var publisher = Object()
        publisher.add("@type", "\"Organization\"")
        publisher.add("name", JSONText.quote(configuration.title))
        json.add("publisher", publisher.closed)
        if let url { json.add("url", JSONText.quote(url)) }
        return json.closed
    }

    /// A JSON object written field by field; the caller adds keys in sorted order and
    /// values already as JSON.
    struct Object {
        private var text = "{"

        init() {
            text.reserveCapacity(512)
        }

        mutating func add(_ key: String, _ value: String) {
            if text.utf8.count > 1 { text.append(",") }
            text.append("\"")
            text.append(key)
            text.append("\":")
            text.append(value)
        }

        var closed: String {
            var text = text
            text.append("}")
            return text
        }
    }
}
