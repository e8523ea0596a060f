import Foundation
import PubgenXML

/// `Site` → the feeds: RSS 2.0 for the site and each tag, Atom 1.0 and JSON Feed 1.1,
/// all with full content and absolute links. XML is written by libxml2, JSON by
/// Foundation's encoder.
package enum FeedRenderer {
    package static let rssPath = "feed.xml"
    package static let atomPath = "atom.xml"
    package static let jsonPath = "feed.json"

    /// Every feed file the site has.
    package static func paths(of site: Site) -> [String] {
        [rssPath, atomPath, jsonPath] + site.tags.map { $0.relativeURL + rssPath }
    }

    static func isFeed(_ path: String) -> Bool {
        path == rssPath || path == atomPath || path == jsonPath || (path.hasPrefix("tags/") && path.hasSuffix("/" + rssPath))
    }

    /// Indices of the articles whose bodies the feeds not in `skip` carry.
    package static func articlesNeeded(_ site: Site, skip: Set<String>) -> Set<Int> {
        let limit = site.configuration.feedLimit
        var needed = Set<Int>()
        if !(skip.contains(rssPath) && skip.contains(atomPath) && skip.contains(jsonPath)) { needed.formUnion(site.articles.indices.prefix(limit)) }
        for tag in site.tags where !skip.contains(tag.relativeURL + rssPath) { needed.formUnion(tag.articleIndices.prefix(limit)) }
        return needed
    }

    /// Every feed, except those in `skip` (kept from the previous output instead).
    ///
    /// Feeds carry full content (at 10,000 articles and 40 tags, 17 MB of XML), and
    /// each feed is independent of the others, so they are written on up to
    /// `concurrency` tasks; the order of the result does not depend on it.
    package static func render(_ site: Site, skip: Set<String> = [], concurrency: Int = 1) async throws -> [OutputFile] {
        let feeds = await Feeds(site, skip: skip, concurrency: concurrency)
        return try await feeds.jobs.concurrentMap(width: concurrency) { try feeds.file($0) }
    }

    /// The same feeds, each handed to `write` as soon as it is made: a tag feed carries
    /// its articles' full text, and holding every feed until all were made was 15 MB at
    /// the end of a 10,000-article build, where memory peaks.
    package static func render(
        _ site: Site, skip: Set<String> = [], concurrency: Int = 1, write: @escaping @Sendable (OutputFile) throws -> Void
    ) async throws {
        let feeds = await Feeds(site, skip: skip, concurrency: concurrency)
        _ = try await feeds.jobs.concurrentMap(width: concurrency) { try write(try feeds.file($0)) }
    }

    /// The feeds to make, with each needed article's feed HTML made once.
    private struct Feeds: Sendable {
        let site: Site
        let jobs: [Feed]
        let newest: [Int]
        let contents: [Int: String]

        init(_ site: Site, skip: Set<String>, concurrency: Int) async {
            self.site = site
            newest = Array(site.articles.indices.prefix(site.configuration.feedLimit))
            // Each article's feed HTML once, however many feeds (site, tags) carry it.
            let needed = articlesNeeded(site, skip: skip).sorted()
            let html = await needed.concurrentMap(width: concurrency) { index in
                FeedHTML.content(of: site.articles[index], pageURL: (site.configuration.baseURL ?? "") + site.articles[index].relativeURL)
            }
            contents = Dictionary(uniqueKeysWithValues: zip(needed, html))
            var jobs: [Feed] = []
            if !skip.contains(rssPath) { jobs.append(.rss) }
            if !skip.contains(atomPath) { jobs.append(.atom) }
            if !skip.contains(jsonPath) { jobs.append(.json) }
            jobs += site.tags.filter { !skip.contains($0.relativeURL + rssPath) }.map(Feed.tag)
            self.jobs = jobs
        }

        func file(_ job: Feed) throws -> OutputFile {
            let contents = self.contents
            let content = { @Sendable (index: Int) in contents[index] ?? "" }
            switch job {
            case .rss:
                return OutputFile(path: rssPath, bytes: try RSSWriter.write(rss(site, indices: newest, path: rssPath, title: site.configuration.title, content: content)))
            case .atom:
                return OutputFile(path: atomPath, bytes: try AtomWriter.write(atom(site, indices: newest, content: content)))
            case .json:
                return OutputFile(path: jsonPath, bytes: try JSONFeed.encode(site, indices: newest, content: content))
            case let .tag(tag):
                return OutputFile(path: tag.relativeURL + rssPath, bytes: try RSSWriter.write(rss(
                    site, indices: Array(tag.articleIndices.prefix(site.configuration.feedLimit)), path: tag.relativeURL + rssPath,
                    title: "\(site.configuration.title): \(tag.name)", link: tag.relativeURL, content: content)))
            }
        }
    }

    /// One feed file to write.
    private enum Feed: Sendable {
        case rss, atom, json
        case tag(Site.Tag)
    }

    static func rss(_ site: Site, indices: [Int], path: String, title: String, link: String = "", content: (Int) -> String) -> FeedDocument {
        let configuration = site.configuration
        let base = configuration.baseURL ?? ""
        let channel = FeedDocument.Channel(
            title: title,
            link: base + link,
            description: configuration.description.isEmpty ? configuration.title : configuration.description,
            language: configuration.language,
            lastBuildDate: indices.map { site.articles[$0].latestDate }.max()?.rfc822,
            selfURL: base + path,
            generator: PageContexts.generator)
        let items = indices.map { index in
            let article = site.articles[index]
            let link = base + article.relativeURL
            return FeedDocument.Item(
                title: article.title, link: link, guid: link, pubDate: article.date.rfc822, description: article.summary,
                contentHTML: content(index),
                creator: article.frontMatter.author ?? PageContexts.nonEmpty(configuration.author),
                categories: article.frontMatter.tags)
        }
        return FeedDocument(channel: channel, items: items)
    }

    static func atom(_ site: Site, indices: [Int], content: (Int) -> String) -> AtomDocument {
        let configuration = site.configuration
        let base = configuration.baseURL ?? ""
        // Ids must be absolute IRIs; without a base URL, links are relative and ids a URN.
        let feedID = base.isEmpty ? "urn:pubgen:\(Slug.make(from: configuration.title))" : base
        let entries = indices.map { index in
            let article = site.articles[index]
            let link = base + article.relativeURL
            return AtomDocument.Entry(
                title: article.title, link: link, id: base.isEmpty ? feedID + ":" + article.path : link, published: article.date.rfc3339,
                updated: article.latestDate.rfc3339,
                authors: article.authorNames(configuration),
                categories: article.frontMatter.tags, summary: article.summary,
                contentHTML: content(index))
        }
        return AtomDocument(
            title: configuration.title, subtitle: PageContexts.nonEmpty(configuration.description),
            homeURL: base, selfURL: base + atomPath, id: feedID,
            updated: indices.map { site.articles[$0].latestDate }.max()?.rfc3339 ?? "1970-01-01T00:00:00Z",
            author: configuration.author.isEmpty ? configuration.title : configuration.author,
            language: configuration.language, generator: PageContexts.generator, entries: entries)
    }
}

extension Article {
    /// `updated_date` when there is one, else the publication date.
    var latestDate: PublicationDate { self.frontMatter.updatedDate ?? date }
}
