import Foundation
import PubgenMarkdown

/// Template views: what templates see, kept apart from the model (zola's `ser.rs`).
///
/// Views are dictionaries rather than structs so that Mustache looks names up directly
/// instead of through reflection, and so unknown front-matter keys can pass through.
/// Empty strings are left out: Mustache treats "" as true.
enum PageContexts {
    static let generator = "pubgen \(PubgenVersion.current)"

    /// Keys every page has: `root`, `generator`, `site`, `page`.
    static func common(site: Site, root: String, url: String?, page: [String: Any]) -> [String: Any] {
        let configuration = site.configuration
        var siteView: [String: Any] = [
            "title": configuration.title,
            "language": configuration.language,
            "hasTags": !site.tags.isEmpty,
        ]
        siteView["description"] = nonEmpty(configuration.description)
        siteView["author"] = nonEmpty(configuration.author)
        siteView["baseURL"] = configuration.baseURL
        var page = page.filter { !(($0.value as? String)?.isEmpty ?? false) }
        page["feedURL"] = site.absoluteURL(FeedRenderer.rssPath) ?? root + FeedRenderer.rssPath
        page["atomURL"] = site.absoluteURL(FeedRenderer.atomPath) ?? root + FeedRenderer.atomPath
        page["jsonFeedURL"] = site.absoluteURL(FeedRenderer.jsonPath) ?? root + FeedRenderer.jsonPath
        if let url, page["canonicalURL"] == nil { page["canonicalURL"] = site.absoluteURL(url) }
        return ["root": root, "generator": generator, "site": siteView, "page": page]
    }

    /// An article as templates see it from a page at `root`; `full` adds the body,
    /// table of contents and JSON-LD.
    static func article(_ article: Article, site: Site, root: String, full: Bool) -> [String: Any] {
        let frontMatter = article.frontMatter
        var view: [String: Any] = [
            "title": frontMatter.title,
            "slug": article.slug,
            "url": article.relativeURL,
            "dateISO": article.date.iso8601,
            "dateDisplay": article.date.displayText,
            "readingTime": article.readingTime,
            "wordCount": article.body.wordCount,
            "heroImageAlt": frontMatter.heroImageAlt ?? frontMatter.title,
            "hasTags": !frontMatter.tags.isEmpty,
            "tags": tagViews(frontMatter),
            "params": params(frontMatter.extra),
        ]
        view["summary"] = nonEmpty(article.summary)
        view["summaryHTML"] = article.body.summaryHTML
        view["subtitle"] = frontMatter.subtitle
        view["description"] = frontMatter.description
        view["author"] = frontMatter.author ?? nonEmpty(site.configuration.author)
        view["heroImage"] = article.heroImageURL(root: root)
        view["cta"] = frontMatter.cta
        view["section"] = nonEmpty(article.section)
        view["permalink"] = site.absoluteURL(article.relativeURL)
        if let updated = frontMatter.updatedDate {
            view["updatedISO"] = updated.iso8601
            view["updatedDisplay"] = updated.displayText
        }
        if full {
            view["body"] = article.body.html
            view["jsonLD"] = JSONLD.blogPosting(for: article, site: site)
            let toc = tableOfContents(article.body.headings)
            view["toc"] = toc
            view["hasTOC"] = article.body.headings.filter { $0.level <= 3 }.count >= 3
        }
        return view
    }

    /// Sections (h2) with their subsections (h3) nested, as the default theme lists them.
    static func tableOfContents(_ headings: [MarkdownHeading]) -> [[String: Any]] {
        var sections: [[String: Any]] = []
        var children: [[String: Any]] = []
        func close() {
            guard !sections.isEmpty, !children.isEmpty else { return }
            sections[sections.count - 1]["children"] = children
            sections[sections.count - 1]["hasChildren"] = true
            children = []
        }
        for heading in headings where heading.level <= 3 {
            let entry: [String: Any] = ["text": heading.text, "id": heading.id, "level": heading.level]
            if heading.level == 3, !sections.isEmpty {
                children.append(entry)
            } else {
                close()
                sections.append(entry)
            }
        }
        close()
        return sections
    }

    /// A short reference to another article (previous/next, related).
    static func link(to article: Article) -> [String: Any] {
        ["title": article.title, "url": article.relativeURL, "dateISO": article.date.iso8601, "dateDisplay": article.date.displayText]
    }

    static func tagViews(_ frontMatter: FrontMatter) -> [[String: Any]] {
        var seen: Set<String> = []
        return zip(frontMatter.tags, frontMatter.tagSlugs).compactMap { name, slug in
            guard !slug.isEmpty, seen.insert(slug).inserted else { return nil }
            return ["name": name, "slug": slug, "url": Route.tag(slug)]
        }
    }

    /// `pagination` for list pages with more than one page; `nil` otherwise.
    static func pagination(current: Int, total: Int, base: String) -> [String: Any]? {
        guard total > 1 else { return nil }
        var view: [String: Any] = ["current": current, "total": total]
        if current > 1 { view["prevURL"] = Route.page(current - 1, of: base) }
        if current < total { view["nextURL"] = Route.page(current + 1, of: base) }
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
