/// The whole site after compilation: configuration, published articles newest first
/// (ties broken by URL path so the order never depends on the file system), tags and sections.
package struct Site: Sendable {
    package var configuration: SiteConfiguration
    package var articles: [Article]
    /// Every tag, sorted by slug; tags whose slugs are equal are one tag.
    package var tags: [Tag]
    /// Every section (folder of articles), sorted by path.
    package var sections: [Section] = []
    /// Per article, up to three related articles (see `related(to:)`). Stored, not read
    /// out of `related`: every page reads it, and a copy of the array on each read counted
    /// references on one object from both cores.
    package private(set) var relatedIndices: [[Int]] = []
    /// Fingerprint of what `relatedIndices` were ranked from (see `RelatedArticles.shape`).
    private var relatedShape = ""

    /// One tag and its articles (indices into `articles`, newest first).
    package struct Tag: Sendable, Equatable {
        /// The spelling of the tag's first use, newest article first.
        package var name: String
        package var slug: String
        package var articleIndices: [Int]

        package var relativeURL: String { "tags/\(slug)/" }
    }

    /// Related articles as a build ranked them, with what the ranking read: the next build
    /// reuses them when its site has the same shape (a one-article edit rarely changes
    /// an order or a tag), instead of ranking 10,000 articles again (5% of a rebuild).
    package struct RelatedArticles: Sendable, Equatable {
        /// Fingerprint of every article's URL path and tag slugs, in the site's order.
        package var shape: String
        package var indices: [[Int]]

        package init(shape: String, indices: [[Int]]) {
            self.shape = shape
            self.indices = indices
        }
    }

    /// The related articles with the shape they were ranked from, for the next build
    /// (`BuildManifest.related`).
    package var related: RelatedArticles { RelatedArticles(shape: relatedShape, indices: relatedIndices) }

    /// - Parameter sectionIndexes: What the content's `_index.md` files say about their sections.
    /// - Parameter previousRelated: The previous build's ranking, used when the shape is the same.
    package init(
        configuration: SiteConfiguration, articles: [Article], sectionIndexes: [SectionIndex] = [],
        previousRelated: RelatedArticles? = nil
    ) {
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
            let frontMatter = self.articles[index].frontMatter
            for (name, slug) in zip(frontMatter.tags, frontMatter.tagSlugs) {
                guard !slug.isEmpty, seen.insert(slug) else { continue }
                tags[slug, default: Tag(name: name, slug: slug, articleIndices: [])].articleIndices.append(index)
            }
        }
        self.tags = tags.values.sorted { $0.slug < $1.slug }
        var shape = Fingerprint()
        for article in self.articles {
            shape.combine(article.path)
            shape.combine(article.frontMatter.tagSlugs.count)
            for slug in article.frontMatter.tagSlugs { shape.combine(slug) }
        }
        self.relatedShape = shape.hex
        if let previousRelated, previousRelated.shape == relatedShape, previousRelated.indices.count == self.articles.count {
            self.relatedIndices = previousRelated.indices
        } else {
            self.relatedIndices = Site.relatedIndices(articles: self.articles, tags: self.tags)
        }
        self.sections = Section.sections(of: self.articles, indexes: sectionIndexes)
    }

    /// An absolute URL for a site-relative path, when the site has a base URL.
    package func absoluteURL(_ relative: String) -> String? {
        configuration.baseURL.map { $0 + relative }
    }
}
