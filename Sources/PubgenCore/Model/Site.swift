/// The whole site after compilation: configuration, published articles newest first
/// (ties broken by URL path so the order never depends on the file system), tags and sections.
package struct Site: Sendable {
    package var configuration: SiteConfiguration
    package var articles: [Article]
    /// Every tag, sorted by slug; tags whose slugs are equal are one tag.
    package var tags: [Tag]
    /// Every section (folder of articles), sorted by path.
    package var sections: [Section] = []
    /// Per article, up to three related articles (see `related(to:)`).
    package private(set) var relatedIndices: [[Int]] = []

    /// One tag and its articles (indices into `articles`, newest first).
    package struct Tag: Sendable, Equatable {
        /// The spelling of the tag's first use, newest article first.
        package var name: String
        package var slug: String
        package var articleIndices: [Int]

        package var relativeURL: String { "tags/\(slug)/" }
    }

    /// - Parameter sectionIndexes: What the content's `_index.md` files say about their sections.
    package init(configuration: SiteConfiguration, articles: [Article], sectionIndexes: [SectionIndex] = []) {
        self.configuration = configuration
        // Newest first, then by path. The keys are sorted, not the articles: moving
        // 10,000 large values through a merge sort held up the start of every build.
        let keys = articles.map { (instant: $0.date.instant, path: $0.path) }
        let order = keys.indices.sorted { lhs, rhs in
            if keys[lhs].instant != keys[rhs].instant { return keys[lhs].instant > keys[rhs].instant }
            return keys[lhs].path < keys[rhs].path
        }
        self.articles = order.map { articles[$0] }
        var tags: [String: Tag] = [:]
        var seen = SeenTagSlugs()
        for index in self.articles.indices {
            seen.removeAll()
            // Read in place: a copy of each article's front matter was most of this loop.
            let (names, slugs) = (self.articles[index].frontMatter.tags, self.articles[index].frontMatter.tagSlugs)
            for (name, slug) in zip(names, slugs) {
                guard !slug.isEmpty, seen.insert(slug) else { continue }
                tags[slug, default: Tag(name: name, slug: slug, articleIndices: [])].articleIndices.append(index)
            }
        }
        self.tags = tags.values.sorted { $0.slug < $1.slug }
        self.relatedIndices = Site.relatedIndices(articles: self.articles, tags: self.tags)
        self.sections = Section.sections(of: self.articles, indexes: sectionIndexes)
    }

    /// An absolute URL for a site-relative path, when the site has a base URL.
    package func absoluteURL(_ relative: String) -> String? {
        configuration.baseURL.map { $0 + relative }
    }
}
