import Foundation

/// Template views: what templates see, kept apart from the model (zola's `ser.rs`).
///
/// Views are dictionaries rather than structs so that Mustache looks names up directly
/// instead of through reflection, and so unknown front-matter keys can pass through.
enum PageContexts {
    static let generator = "pubgen \(PubgenVersion.current)"

    /// Keys every page has (empty strings are left out: Mustache treats "" as true): `root`, `generator`, `site`, `page`.
    static func common(site: Site, root: String, page: [String: Any]) -> [String: Any] {
        let configuration = site.configuration
        var siteView: [String: Any] = [
            "title": configuration.title,
            "language": configuration.language,
        ]
        siteView["description"] = nonEmpty(configuration.description)
        siteView["author"] = nonEmpty(configuration.author)
        siteView["baseURL"] = configuration.baseURL
        var page = page.filter { !(($0.value as? String)?.isEmpty ?? false) }
        page["feedURL"] = site.absoluteURL(FeedRenderer.path) ?? root + FeedRenderer.path
        return ["root": root, "generator": generator, "site": siteView, "page": page]
    }

    /// An article as templates see it; `full` adds the body and JSON-LD.
    static func article(_ article: Article, site: Site, full: Bool) -> [String: Any] {
        let frontMatter = article.frontMatter
        var view: [String: Any] = [
            "title": frontMatter.title,
            "slug": article.slug,
            "url": article.relativeURL,
            "dateISO": article.date.iso8601,
            "dateDisplay": article.date.displayText,
            "readingTime": article.readingTime,
            "heroImageAlt": frontMatter.heroImageAlt ?? frontMatter.title,
            "hasTags": !frontMatter.tags.isEmpty,
            "tags": frontMatter.tags.map { ["name": $0] },
            "summary": article.summary,
            "wordCount": article.body.wordCount,
            "params": params(frontMatter.extra),
        ]
        view["subtitle"] = frontMatter.subtitle
        view["description"] = frontMatter.description
        view["author"] = frontMatter.author ?? nonEmpty(site.configuration.author)
        view["heroImage"] = frontMatter.heroImage
        view["cta"] = frontMatter.cta
        view["permalink"] = site.absoluteURL(article.relativeURL)
        if let updated = frontMatter.updatedDate {
            view["updatedISO"] = updated.iso8601
            view["updatedDisplay"] = updated.displayText
        }
        if full {
            view["body"] = article.body.html
            view["jsonLD"] = JSONLD.blogPosting(for: article, site: site)
        }
        return view
    }

    static func params(_ extra: [(key: String, value: FrontMatterValue)]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in extra { result[key] = templateValue(value) }
        return result
    }

    static func templateValue(_ value: FrontMatterValue) -> Any {
        switch value {
        case let .text(text): text
        case let .list(items): items.map(templateValue)
        case let .map(pairs): Dictionary(pairs.map { ($0.0, templateValue($0.1)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
