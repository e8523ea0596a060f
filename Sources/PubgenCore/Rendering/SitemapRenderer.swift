import PubgenXML

/// `sitemap.xml` (every published page, with `lastmod`; redirect pages are left out) and `robots.txt` pointing to it.
/// Sitemaps need absolute URLs, so without a base URL only `robots.txt` is written.
package enum SitemapRenderer {
    package static let path = "sitemap.xml"

    /// The paths `render` writes, without rendering.
    package static func paths(of site: Site) -> [String] {
        site.configuration.baseURL == nil ? ["robots.txt"] : [path, "robots.txt"]
    }

    package static func render(_ site: Site) throws -> [OutputFile] {
        guard site.configuration.baseURL != nil else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n")]
        }
        let newest = site.articles.map { $0.latestDate }.max()?.iso8601
        var entries: [SitemapWriter.Entry] = []
        func add(_ url: String, _ lastModified: String?) {
            entries.append(SitemapWriter.Entry(location: site.absoluteURL(url)!, lastModified: lastModified))
        }
        let pageCount = Paginator(size: site.configuration.paginate).pages(site.articles.count).count
        for number in 1...pageCount { add(Route.page(number, of: ""), newest) }
        for article in site.articles { add(article.relativeURL, article.latestDate.iso8601) }
        if !site.tags.isEmpty { add(Route.tags, newest) }
        for tag in site.tags {
            let lastModified = tag.articleIndices.map { site.articles[$0].latestDate }.max()?.iso8601
            let pages = Paginator(size: site.configuration.paginate).pages(tag.articleIndices.count).count
            for number in 1...pages { add(Route.page(number, of: tag.relativeURL), lastModified) }
        }
        for section in site.sections {
            let lastModified = section.articleIndices.map { site.articles[$0].latestDate }.max()?.iso8601
            let pages = Paginator(size: site.configuration.paginate).pages(section.articleIndices.count).count
            for number in 1...pages { add(Route.page(number, of: section.relativeURL), lastModified) }
        }
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(site.absoluteURL(path)!)\n"
        return [OutputFile(path: path, bytes: try SitemapWriter.write(entries)), OutputFile(path: "robots.txt", text: robots)]
    }
}
