/// The whole site after compilation: configuration and published articles,
/// newest first (ties broken by slug so the order never depends on the file system).
package struct Site: Sendable {
    package var configuration: SiteConfiguration
    package var articles: [Article]

    package init(configuration: SiteConfiguration, articles: [Article]) {
        self.configuration = configuration
        self.articles = articles.sorted { lhs, rhs in
            if lhs.date.instant != rhs.date.instant { return lhs.date.instant > rhs.date.instant }
            return lhs.slug < rhs.slug
        }
    }

    /// An absolute URL for a site-relative path, when the site has a base URL.
    package func absoluteURL(_ relative: String) -> String? {
        configuration.baseURL.map { $0 + relative }
    }
}
