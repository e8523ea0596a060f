/// Links between articles: the next newer and older article, and related ones.
extension Site {
    /// The article published just after (`newer`) and just before (`older`) this one.
    package func neighbours(of index: Int) -> (newer: Article?, older: Article?) {
        (index > 0 ? articles[index - 1] : nil, index + 1 < articles.count ? articles[index + 1] : nil)
    }

    /// Up to `limit` articles sharing the most tags with this one, then the newest.
    ///
    /// Only the newest 200 articles of each tag are considered, so a tag on thousands
    /// of articles keeps this linear in the size of the site.
    package func related(to index: Int, limit: Int = 3) -> [Article] {
        let slugs = Set(articles[index].frontMatter.tags.map(Site.tagSlug))
        guard !slugs.isEmpty else { return [] }
        var shared: [Int: Int] = [:]
        for tag in tags where slugs.contains(tag.slug) {
            for other in tag.articleIndices.prefix(200) where other != index { shared[other, default: 0] += 1 }
        }
        return shared.sorted { lhs, rhs in lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key }
            .prefix(limit).map { articles[$0.key] }
    }
}
