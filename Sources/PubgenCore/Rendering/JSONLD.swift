import PubgenDiagnostics

/// schema.org structured data for search engines, as compact JSON whose strings are
/// escaped by `JSONText` (which also escapes `<`, `>` and `&`, so no title can close the
/// `<script>` element early). Keys are written in sorted order.
enum JSONLD {
    static func blogPosting(for article: Article, site: Site) -> String {
        var bytes: [UInt8] = []
        write(blogPostingFor: article, site: site, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON to `output`, written straight into bytes: building it as a
    /// string, piece by piece, was 2% of a 10,000-article build.
    static func write(blogPostingFor article: Article, site: Site, to output: inout [UInt8]) {
        let frontMatter = article.frontMatter
        let configuration = site.configuration
        var json = Writer(output: output)
        output = []  // `json` holds the only reference while it grows.
        json.open()
        json.key("@context", literal: "\"https://schema.org\"")
        json.key("@type", literal: "\"BlogPosting\"")
        let authors = article.authorNames(configuration)
        // One Person per author: a list only when there are several, as schema.org allows.
        if !authors.isEmpty {
            json.key("author")
            if authors.count > 1 { json.raw("[") }
            for (index, name) in authors.enumerated() {
                if index > 0 { json.raw(",") }
                json.open()
                json.key("@type", literal: "\"Person\"")
                json.key("name", name)
                json.close()
            }
            if authors.count > 1 { json.raw("]") }
        }
        json.key("dateModified", (frontMatter.updatedDate ?? article.date).iso8601)
        json.key("datePublished", article.date.iso8601)
        if !article.summary.isEmpty { json.key("description", article.summary) }
        json.key("headline", frontMatter.title)
        if let image = article.absoluteHeroImageURL(in: site) { json.key("image", image) }
        json.key("inLanguage", configuration.language)
        if !frontMatter.tags.isEmpty { json.key("keywords", frontMatter.tags.joined(separator: ", ")) }
        let url = site.absoluteURL(article.relativeURL)
        if let url {
            json.key("mainEntityOfPage")
            json.open()
            json.key("@id", url)
            json.key("@type", literal: "\"WebPage\"")
            json.close()
        }
        json.key("publisher")
        json.open()
        json.key("@type", literal: "\"Organization\"")
        json.key("name", configuration.title)
        json.close()
        if let url { json.key("url", url) }
        json.close()
        output = json.output
    }

    /// JSON written field by field into bytes; the caller adds keys in sorted order.
    private struct Writer {
        var output: [UInt8]
        /// Whether the next key follows a value of the same object.
        private var needsComma = false

        init(output: [UInt8]) {
            self.output = output
            self.output.reserveCapacity(output.count + 1024)
        }

        mutating func open() {
            output.append(UInt8(ascii: "{"))
            needsComma = false
        }

        mutating func close() {
            output.append(UInt8(ascii: "}"))
            needsComma = true
        }

        mutating func raw(_ text: StaticString) {
            output.append(literal: text)
        }

        /// `"name":`, after a comma when a value came before; the value comes next.
        mutating func key(_ name: StaticString) {
            if needsComma { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\""))
            raw(name)
            output.append(literal: "\":")
            needsComma = true
        }

        mutating func key(_ name: StaticString, _ value: String) {
            key(name)
            JSONText.append(quoting: value, to: &output)
        }

        mutating func key(_ name: StaticString, literal value: StaticString) {
            key(name)
            raw(value)
        }
    }
}
