import Foundation
import PubgenXML

/// `Site` → RSS 2.0 (`feed.xml`) through libxml2.
package enum FeedRenderer {
    package static let path = "feed.xml"

    package static func render(_ site: Site) throws -> OutputFile {
        let configuration = site.configuration
        let base = configuration.baseURL ?? ""
        let newest = site.articles.prefix(configuration.feedLimit)
        let channel = FeedDocument.Channel(
            title: configuration.title,
            link: base,
            description: configuration.description.isEmpty ? configuration.title : configuration.description,
            language: configuration.language,
            lastBuildDate: site.articles.map(\.date).max()?.rfc822,
            selfURL: base + path,
            generator: PageContexts.generator)
        let items = newest.map { article in
            let link = base + article.relativeURL
            return FeedDocument.Item(
                title: article.title,
                link: link,
                guid: link,
                pubDate: article.date.rfc822,
                description: article.summary,
                contentHTML: FeedHTML.prepare(article.body.html, pageURL: link),
                creator: article.frontMatter.author ?? PageContexts.nonEmpty(configuration.author),
                categories: article.frontMatter.tags)
        }
        return OutputFile(path: path, bytes: try RSSWriter.write(FeedDocument(channel: channel, items: Array(items))))
    }
}
