import Foundation
import PubgenDiagnostics

/// Every path a build of a site writes, by kind, and the collisions among them.
///
/// One place for `build`, which writes them, and `lint`, which must fail on the same
/// collisions (a static file where a page goes) without writing anything.
package struct OutputPaths: Sendable {
    /// Files copied as they are: `static/` and the content files articles use.
    package var copies: [SiteFiles.Copy]
    package var pagePaths: [String]
    package var feedPaths: [String]
    /// The sitemap, robots.txt and the theme's assets.
    package var generatedPaths: [String]
    /// All of them, generated files first.
    package var all: [String]
    /// Two outputs for one path, or a file where another needs a folder.
    package var collisions: [Diagnostic]

    package init(
        site: Site, templates: TemplateSet, staticFiles: [SiteFiles.Copy], contentDirectory: URL, contentDisplayPath: String
    ) {
        copies = staticFiles + SiteFiles.articleAssets(of: site, contentDirectory: contentDirectory, displayPath: contentDisplayPath)
        pagePaths = PageRenderer.paths(of: site)
        feedPaths = FeedRenderer.paths(of: site)
        generatedPaths = SitemapRenderer.paths(of: site) + templates.assets.map(\.path)
        all = pagePaths + feedPaths + generatedPaths.filter { !FeedRenderer.isFeed($0) } + copies.map(\.path)
        collisions = SiteFiles.collisions(
            in: all, origins: Dictionary(copies.map { ($0.path, $0.origin) }, uniquingKeysWith: { first, _ in first }))
    }
}
