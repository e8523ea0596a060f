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
        // What the passes below need of each article, read in one pass: 10,000 articles
        // and their front matters lie all over the heap, and each pass that read them
        // again waited on memory for every one (the tags took 11 ms and the related
        // articles' shape 8 ms, on one core, before any article could compile).
        let facts = articles.map { article in
            let frontMatter = article.frontMatter
            return (instant: frontMatter.publishDate!.instant, path: article.path, tags: frontMatter.tags, tagSlugs: frontMatter.tagSlugs)
        }
        // Newest first, then by path. The keys are sorted, not the articles: moving
        // 10,000 large values through a merge sort held up the start of every build.
        let order = facts.indices.sorted { lhs, rhs in
            if facts[lhs].instant != facts[rhs].instant { return facts[lhs].instant > facts[rhs].instant }
            return facts[lhs].path < facts[rhs].path
        }
        self.articles = order.map { articles[$0] }
        // One pass in site order makes the tags, each article's tags (as positions in
        // `tags`, repeats and empty slugs left out) for ranking related articles, and the
        // shape those rankings are kept by.
        var tagPositions: [String: Int] = [:]
        var tags: [Tag] = []
        var articleTags: [[Int]] = []
        articleTags.reserveCapacity(order.count)
        var shape = Fingerprint()
        var seen = SeenTagSlugs()
        for (index, original) in order.enumerated() {
            let (path, names, slugs) = (facts[original].path, facts[original].tags, facts[original].tagSlugs)
            shape.combine(path)
            shape.combine(slugs.count)
            for slug in slugs { shape.combine(slug) }
            seen.removeAll()
            var own: [Int] = []
            for (name, slug) in zip(names, slugs) {
                guard !slug.isEmpty, seen.insert(slug) else { continue }
                if let position = tagPositions[slug] {
                    tags[position].articleIndices.append(index)
                    own.append(position)
                } else {
                    own.append(tags.count)
                    tagPositions[slug] = tags.count
                    tags.append(Tag(name: name, slug: slug, articleIndices: [index]))
                }
            }
            articleTags.append(own)
        }
        // Tags sorted by slug; each article's positions follow them.
        let sortedPositions = tags.indices.sorted { tags[$0].slug < tags[$1].slug }
        var newPosition = [Int](repeating: 0, count: tags.count)
        for (sorted, position) in sortedPositions.enumerated() { newPosition[position] = sorted }
        self.tags = sortedPositions.map { tags[$0] }
        self.relatedShape = shape.hex
        if let previousRelated, previousRelated.shape == relatedShape, previousRelated.indices.count == self.articles.count {
            self.relatedIndices = previousRelated.indices
        } else {
            let positions = articleTags.map { $0.map { newPosition[$0] } }
            self.relatedIndices = Site.relatedIndices(tagPositions: positions, tags: self.tags)
        }
        self.sections = Section.sections(of: self.articles, indexes: sectionIndexes)
    }

    /// An absolute URL for a site-relative path, when the site has a base URL.
    package func absoluteURL(_ relative: String) -> String? {
        configuration.baseURL.map { $0 + relative }
    }
}
