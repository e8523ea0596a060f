@testable import PubgenCore
import PubgenTestSupport
import Testing

/// Related articles are ranked in runs on all cores, with counts in one reused buffer;
/// every article must get what the plain definition gives.
struct RelatedArticlesTests {
    /// The definition: among the newest 200 articles of each of its tags, the articles
    /// sharing the most tags with it, then the newest, itself excluded; the best three.
    static func reference(_ tagSlugs: [[String]], tags: [Site.Tag], limit: Int = 3) -> [[Int]] {
        let positions = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
        return tagSlugs.indices.map { index in
            var shared: [Int: Int] = [:]
            for slug in Set(tagSlugs[index]) {
                guard let position = positions[slug] else { continue }
                for other in tags[position].articleIndices.prefix(200) where other != index { shared[other, default: 0] += 1 }
            }
            return shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
        }
    }

    /// Ranks as `Site` does, from each article's slugs: each known tag once, as its position.
    static func ranked(_ tagSlugs: [[String]], tags: [Site.Tag]) -> [[Int]] {
        let positions = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
        let tagPositions = tagSlugs.map { slugs in
            var seen: Set<String> = []
            return slugs.compactMap { seen.insert($0).inserted ? positions[$0] : nil }
        }
        return Site.relatedIndices(tagPositions: tagPositions, tags: tags)
    }

    /// Tags as `Site` makes them: by slug, each with its articles in site order.
    static func tags(_ tagSlugs: [[String]]) -> [Site.Tag] {
        var tags: [String: Site.Tag] = [:]
        for (index, slugs) in tagSlugs.enumerated() {
            for slug in Set(slugs) where !slug.isEmpty {
                tags[slug, default: Site.Tag(name: slug, slug: slug, articleIndices: [])].articleIndices.append(index)
            }
        }
        return tags.values.sorted { $0.slug < $1.slug }.map { tag in
            var tag = tag
            tag.articleIndices.sort()
            return tag
        }
    }

    @Test func everyArticleGetsWhatRankingItsOwnCandidatesGives() {
        var random = SplitMix64(seed: 0x7E1A7ED)
        let pool = ["a", "b", "c", "d", "e", "f", "g", "h", ""]
        for round in 0..<40 {
            // Few tags and many articles (tags past their 200 newest), or many small sets.
            let count = round % 2 == 0 ? 50 + Int(random.next() % 700) : 1 + Int(random.next() % 60)
            let tagSlugs: [[String]] = (0..<count).map { _ in
                (0..<Int(random.next() % 5)).map { _ in pool[Int(random.next() % UInt64(round % 3 == 0 ? 3 : pool.count))] }
            }
            let tags = Self.tags(tagSlugs)
            #expect(Self.ranked(tagSlugs, tags: tags) == Self.reference(tagSlugs, tags: tags), "round \(round)")
        }
    }

    @Test func articlesWithTheSameTagsDoNotListThemselves() {
        let tagSlugs = Array(repeating: ["x", "y"], count: 5) + [["y"], []]
        let related = Self.ranked(tagSlugs, tags: Self.tags(tagSlugs))
        #expect(related[0] == [1, 2, 3])
        #expect(related[2] == [0, 1, 3])
        #expect(related[4] == [0, 1, 2])
        #expect(related[5] == [0, 1, 2])
        #expect(related[6] == [])
    }
}

/// A rebuild reuses the previous build's related articles only when the site's order and
/// tags are what they were ranked from.
struct RelatedArticlesReuseTests {
    static func article(_ name: String, day: Int, tags: [String]) -> Article {
        var frontMatter = FrontMatter()
        frontMatter.title = name
        frontMatter.publishDate = try? PublicationDate.parse("2025-01-\(String(format: "%02d", day))", zone: .gmt).get()
        frontMatter.tags = tags
        frontMatter.tagSlugs = tags
        var source = ArticleSource(
            file: SourceFile(displayPath: "\(name).md", relativePath: "\(name).md", filePath: "/\(name).md", text: ""),
            frontMatter: frontMatter, slug: name, path: name, section: "", body: "", bodyLineOffset: 0)
        source.contentHash = name
        return Article(skeletonOf: source, key: name)
    }

    static let articles = [article("a", day: 1, tags: ["x"]), article("b", day: 2, tags: ["x", "y"]), article("c", day: 3, tags: ["y"])]

    @Test func theSameShapeReusesTheRanking() {
        let first = Site(configuration: SiteConfiguration(), articles: Self.articles)
        #expect(first.related.indices == first.relatedIndices)
        // A ranking that could not come from these tags shows that it was taken as it is.
        let planted = Site.RelatedArticles(shape: first.related.shape, indices: [[2], [0], [1]])
        let second = Site(configuration: SiteConfiguration(), articles: Self.articles, previousRelated: planted)
        #expect(second.relatedIndices == [[2], [0], [1]])
    }

    @Test func anotherTagOrOrderRanksAgain() {
        let first = Site(configuration: SiteConfiguration(), articles: Self.articles)
        let planted = Site.RelatedArticles(shape: first.related.shape, indices: [[2], [0], [1]])
        var retagged = Self.articles
        retagged[0] = Self.article("a", day: 1, tags: ["y"])
        let second = Site(configuration: SiteConfiguration(), articles: retagged, previousRelated: planted)
        #expect(second.relatedIndices == Site(configuration: SiteConfiguration(), articles: retagged).relatedIndices)
        #expect(second.related.shape != first.related.shape)
        let redated = [Self.article("a", day: 9, tags: ["x"])] + Self.articles.dropFirst()
        #expect(Site(configuration: SiteConfiguration(), articles: redated, previousRelated: planted).relatedIndices != [[2], [0], [1]])
    }
}
