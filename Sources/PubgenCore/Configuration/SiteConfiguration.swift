import Foundation

/// The site's settings: `pubgen.yml` at the site root, then command-line overrides.
/// Every field has a default, so a folder of Markdown builds with no configuration.
package struct SiteConfiguration: Sendable, Equatable {
    package var title: String = "My Blog"
    package var description: String = ""
    /// Absolute URL with a trailing slash, or `nil` when the site has none.
    package var baseURL: String?
    package var language: String = "en"
    package var author: String = ""
    /// Time zone of dates written without an offset (an IANA name).
    package var timeZone: TimeZone = TimeZone(identifier: "UTC")!
    /// How many of the newest articles the feed carries.
    package var feedLimit: Int = 20
    package var unsafeHTML: Bool = false
    package var smartPunctuation: Bool = true
    /// Articles per index or tag page; 0 puts them all on one page.
    package var paginate: Int = 10
    /// Highlight fenced code at build time.
    package var highlight: Bool = true
    /// A templates folder (relative to the site root) that replaces the built-in theme's files.
    package var theme: String?
    /// Where articles go (`/:year/:month/:day/:slug/`), so a migrated site keeps its URLs;
    /// `nil`: the section and the slug.
    package var permalink: PermalinkPattern?

    package init() {}

    /// The path part of the base URL (`/blog/`), or `/`: where the site lives on its host.
    package var basePath: String {
        guard let baseURL, let url = URL(string: baseURL) else { return "/" }
        let path = url.path.isEmpty ? "/" : url.path
        return path.hasSuffix("/") ? path : path + "/"
    }
}
