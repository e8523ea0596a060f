import Foundation
import PubgenDiagnostics

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), encoded by `JSONEncoder`.
enum JSONFeed {
    struct Document: Encodable {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var home_page_url: String?
        var feed_url: String?
        var description: String?
        var language: String
        var authors: [Author]?
        var items: [Item]
    }

    struct Author: Encodable {
        var name: String
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var content_html: String
        var summary: String?
        var image: String?
        var date_published: String
        var date_modified: String?
        var authors: [Author]?
        var tags: [String]?
    }

    static func encode(_ site: Site, indices: [Int], content: (Int) -> String) throws -> [UInt8] {
        let configuration = site.configuration
        let base = configuration.baseURL ?? ""
        let items = indices.map { index -> Item in
            let article = site.articles[index]
            let url = base + article.relativeURL
            let authors = article.authorNames(configuration).map { Author(name: $0) }
            return Item(
                id: url, url: url, title: article.title, content_html: content(index),
                summary: PageContexts.nonEmpty(article.summary),
                image: article.absoluteHeroImageURL(in: site),
                date_published: article.date.rfc3339, date_modified: article.frontMatter.updatedDate?.rfc3339,
                authors: authors.isEmpty ? nil : authors, tags: article.frontMatter.tags.isEmpty ? nil : article.frontMatter.tags)
        }
        let document = Document(
            title: configuration.title, home_page_url: configuration.baseURL, feed_url: configuration.baseURL.map { $0 + FeedRenderer.jsonPath },
            description: PageContexts.nonEmpty(configuration.description), language: configuration.language,
            authors: PageContexts.nonEmpty(configuration.author).map { [Author(name: $0)] }, items: items)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.escapingMarkup(try encoder.encode(document)) + [0x0A]
    }
}
