/// What the front-matter keys of Jekyll, Hugo and Zola mean to pubgen.
///
/// A migrated blog keeps its files as they are, so another generator's spelling of a
/// key pubgen knows is read as that key. When an article writes both (`description`
/// and `summary`), pubgen's own key wins and the other is kept for templates: neither
/// spelling is an error.
package enum GeneratorKeys {
    /// Another generator's name for a pubgen key, both in canonical `snake_case`.
    package static let synonyms: [String: String] = [
        "date": FrontMatterKey.publishDate,
        "updated": FrontMatterKey.updatedDate,
        "lastmod": FrontMatterKey.updatedDate,
        "last_modified_at": FrontMatterKey.updatedDate,
        "authors": FrontMatterKey.author,
        "summary": FrontMatterKey.description,
        "excerpt": FrontMatterKey.description,
        "image": FrontMatterKey.heroImage,
        "cover": FrontMatterKey.heroImage,
        "url": FrontMatterKey.path,
        "permalink": FrontMatterKey.path,
        "redirect_from": FrontMatterKey.aliases,
        "published": FrontMatterKey.draft,
    ]

    /// Keys with a meaning of their own: `categories` and `category` (Jekyll) and `taxonomies` (Zola).
    package static let categories = "categories"
    /// Jekyll's one category: `category: web tools` is one, not split like `categories`.
    package static let category = "category"
    package static let taxonomies = "taxonomies"
    /// `published: false` is `draft: true`.
    package static let published = "published"

    /// Keys of other generators that pubgen does not use. They are kept for templates
    /// (`article.params`) and lint only notes them, never suggests a "fix".
    package static let foreign: Set<String> = [
        "layout", "extra", "weight", "template", "page_template", "sort_by", "paginate_by", "render",
        "in_search_index", "insert_anchor_links", "transparent", "toc", "comments", "math", "menu", "type",
        "keywords", "sitemap", "lang", "redirect_to", "show_reading_time", "sidebar", "share",
        "header", "feature", "featured", "pinned", "mathjax", "katex", "ref",
    ]

    /// Every key pubgen reads, in any generator's spelling.
    package static let understood: Set<String> = Set(FrontMatterKey.all)
        .union(synonyms.keys).union([categories, category, taxonomies])

    /// The pubgen key that `canonical` (a key in canonical spelling) stands for.
    package static func pubgenKey(for canonical: String) -> String? {
        if FrontMatterKey.all.contains(canonical) { return canonical }
        return synonyms[canonical]
    }
}
