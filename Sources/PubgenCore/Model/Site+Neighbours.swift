/// Links between articles: the next newer and older article, and related ones.
extension Site {
    /// The article published just after (`newer`) and just before (`older`) this one.
    package func neighbours(of index: Int) -> (newer: Article?, older: Article?) {
        (index > 0 ? articles[index - 1] : nil, index + 1 < articles.count ? articles[index + 1] : nil)
    }

    /// Up to three articles sharing the most tags with this one, then the newest.
    package func related(to index: Int) -> [Article] {
        relatedIndices[index].map { articles[$0] }
    }

    /// For every article, the indices of its related articles.
    ///
    /// Only the newest 200 articles of each tag are considered and only the best three
    /// are kept (no sort of all candidates), so this stays linear in the site's size.
    static func relatedIndices(articles: [Article], tags: [Tag], limit: Int = 3) -> [[Int]] {
        let tagsBySlug = Dictionary(uniqueKeysWithValues: tags.map { ($0.slug, $0) })
        return articles.indices.map { index in
            var shared: [Int: Int] = [:]
            for slug in Set(articles[index].frontMatter.tagSlugs) {
                guard let tag = tagsBySlug[slug] else { continue }
                for other in tag.articleIndices.prefix(200) where other != index { shared[other, default: 0] += 1 }
            }
            var best: [(index: Int, count: Int)] = []
            for (other, count) in shared {
                let better = best.count < limit || best.contains { count > $0.count || (count == $0.count && other < $0.index) }
                guard better else { continue }
                best.append((other, count))
                best.sort { $0.count != $1.count ? $0.count > $1.count : $0.index < $1.index }
                if best.count > limit { best.removeLast() }
            }
            return best.map(\.index)
        }
    }
}
