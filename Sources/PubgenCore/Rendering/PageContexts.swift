import Foundation
import PubgenMarkdown

/// Template views: what templates see, kept apart from the model (zola's `ser.rs`).
///
/// Views are `TemplateValue` objects rather than structs so that templates look names
/// up directly instead of through reflection, and so unknown front-matter keys can pass
/// through. Empty strings are left out: Mustache treats "" as true.
enum PageContexts {
    static let generator = "pubgen \(PubgenVersion.current)"

    /// Keys every page has: `root`, `generator`, `site`, `page`.
    static func common(site: Site, root: String, url: String?, page: TemplateObject) -> TemplateObject {
        let configuration = site.configuration
        var siteView: TemplateObject = [
            "title": .string(configuration.title),
            "language": .string(configuration.language),
            "hasTags": .bool(!site.tags.isEmpty),
        ]
        siteView["description"] = TemplateValue(nonEmpty(configuration.description))
        siteView["author"] = TemplateValue(nonEmpty(configuration.author))
        siteView["baseURL"] = TemplateValue(configuration.baseURL)
        var page = page.filter { $1 != .string("") }
        page["feedURL"] = .string(site.absoluteURL(FeedRenderer.rssPath) ?? root + FeedRenderer.rssPath)
        page["atomURL"] = .string(site.absoluteURL(FeedRenderer.atomPath) ?? root + FeedRenderer.atomPath)
        page["jsonFeedURL"] = .string(site.absoluteURL(FeedRenderer.jsonPath) ?? root + FeedRenderer.jsonPath)
        if let url, page["canonicalURL"] == nil { page["canonicalURL"] = TemplateValue(site.absoluteURL(url)) }
        return ["root": .string(root), "generator": .string(generator), "site": .object(siteView), "page": .object(page)]
    }

    /// An article as templates see it from a page at `root`; `full` adds the body,
    /// table of contents and JSON-LD.
    static func article(_ article: Article, site: Site, root: String, full: Bool) -> TemplateObject {
        let frontMatter = article.frontMatter
        // Sized once: growing from a literal of 11 to 28 keys rehashed it twice per view.
        var view = TemplateObject(minimumCapacity: 32)
        view["title"] = .string(frontMatter.title)
        view["slug"] = .string(article.slug)
        view["url"] = .string(article.relativeURL)
        view["dateISO"] = .string(article.date.iso8601)
        view["dateDisplay"] = .string(article.date.displayText)
        view["readingTime"] = .string(article.readingTime)
        // Counted whenever the user's templates are in use (`ArticleCompiler.countsAllWords`);
        // an uncounted body leaves the key out, as optional fields are, rather than show 0.
        view["wordCount"] = article.body.wordCount.map(TemplateValue.int)
        view["heroImageAlt"] = .string(frontMatter.heroImageAlt ?? frontMatter.title)
        view["hasTags"] = .bool(!frontMatter.tags.isEmpty)
        view["tags"] = .list(tagViews(frontMatter))
        view["params"] = .object(params(frontMatter.extra))
        view["summary"] = TemplateValue(nonEmpty(article.summary))
        view["summaryHTML"] = TemplateValue(article.body.summaryHTML)
        view["subtitle"] = TemplateValue(frontMatter.subtitle)
        view["description"] = TemplateValue(frontMatter.description)
        view["author"] = TemplateValue(frontMatter.author ?? nonEmpty(site.configuration.author))
        view["heroImage"] = TemplateValue(article.heroImageURL(root: root))
        view["cta"] = TemplateValue(frontMatter.cta)
        view["section"] = TemplateValue(nonEmpty(article.section))
        view["permalink"] = TemplateValue(site.absoluteURL(article.relativeURL))
        if let updated = frontMatter.updatedDate {
            view["updatedISO"] = .string(updated.iso8601)
            view["updatedDisplay"] = .string(updated.displayText)
        }
        if full {
            view["body"] = .utf8(article.body.htmlUTF8)
            view["jsonLD"] = .string(JSONLD.blogPosting(for: article, site: site))
            view["toc"] = .list(tableOfContents(article.body.headings))
            view["hasTOC"] = .bool(article.body.headings.filter { $0.level <= 3 }.count >= 3)
        }
        return view
    }

    /// An article's view as list pages show it, when that is the same on a page at any
    /// depth; `nil` when it is not (a hero image given as a path relative to the page).
    static func listEntry(_ article: Article, site: Site) -> TemplateObject? {
        guard article.heroImageURL(root: "") == article.heroImageURL(root: "../") else { return nil }
        return self.article(article, site: site, root: "", full: false)
    }

    /// Sections (h2) with their subsections (h3) nested, as the default theme lists them.
    static func tableOfContents(_ headings: [MarkdownHeading]) -> [TemplateValue] {
        var sections: [TemplateObject] = []
        var children: [TemplateValue] = []
        func close() {
            guard !sections.isEmpty, !children.isEmpty else { return }
            sections[sections.count - 1]["children"] = .list(children)
            sections[sections.count - 1]["hasChildren"] = true
            children = []
        }
        for heading in headings where heading.level <= 3 {
            let entry: TemplateObject = ["text": .string(heading.text), "id": .string(heading.id), "level": .int(heading.level)]
            if heading.level == 3, !sections.isEmpty {
                children.append(.object(entry))
            } else {
                close()
                sections.append(entry)
            }
        }
        close()
        return sections.map(TemplateValue.object)
    }

    /// A short reference to another article (previous/next, related).
    static func link(to article: Article) -> TemplateValue {
        [
            "title": .string(article.title), "url": .string(article.relativeURL),
            "dateISO": .string(article.date.iso8601), "dateDisplay": .string(article.date.displayText),
        ]
    }

    static func tagViews(_ frontMatter: FrontMatter) -> [TemplateValue] {
        // Not a `Set`: an article has a handful of tags, and hashing them was most of
        // this function's time (`SeenTagSlugs` searches a short list).
        var seen = SeenTagSlugs()
        return zip(frontMatter.tags, frontMatter.tagSlugs).compactMap { name, slug in
            guard !slug.isEmpty, seen.insert(slug) else { return nil }
            return ["name": .string(name), "slug": .string(slug), "url": .string(Route.tag(slug))]
        }
    }

    /// `pagination` for list pages with more than one page; `nil` otherwise.
    static func pagination(current: Int, total: Int, base: String) -> TemplateObject? {
        guard total > 1 else { return nil }
        var view: TemplateObject = ["current": .int(current), "total": .int(total)]
        if current > 1 { view["prevURL"] = .string(Route.page(current - 1, of: base)) }
        if current < total { view["nextURL"] = .string(Route.page(current + 1, of: base)) }
        return view
    }

    static func params(_ extra: [(key: String, value: FrontMatterValue)]) -> TemplateObject {
        var result: TemplateObject = [:]
        for (key, value) in extra { result[key] = templateValue(value) }
        return result
    }

    static func templateValue(_ value: FrontMatterValue) -> TemplateValue {
        switch value {
        case let .text(text): .string(text)
        case let .list(items): .list(items.map(templateValue))
        case let .map(pairs): .object(TemplateObject(Dictionary(pairs.map { ($0.0, templateValue($0.1)) }, uniquingKeysWith: { first, _ in first })))
        }
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    // MARK: Texts every way of writing a page prints alike

    /// An article page's `<title>`.
    static func articleTitle(_ article: Article, site: Site) -> String {
        "\(article.title) – \(site.configuration.title)"
    }

    /// Page `number` of a list's `<title>`: the list's own title from page 2 on.
    static func listTitle(_ title: String, page number: Int, of pages: Int) -> String {
        number > 1 ? "\(title) – page \(number) of \(pages)" : title
    }

    /// A tag page's `<title>` (before its page number).
    static func tagTitle(_ tag: Site.Tag, site: Site) -> String {
        "\(tag.name) – \(site.configuration.title)"
    }

    /// A tag page's description.
    static func tagDescription(_ tag: Site.Tag, site: Site) -> String {
        let count = tag.articleIndices.count
        return "\(count == 1 ? "One article" : "\(count) articles") tagged “\(tag.name)” on \(site.configuration.title)."
    }

    /// `1 article`, `12 articles`.
    static func tagCountText(_ tag: Site.Tag) -> String {
        tag.articleIndices.count == 1 ? "1 article" : "\(tag.articleIndices.count) articles"
    }

    /// Where a tag's RSS feed is, from the site root.
    static func tagFeedPath(_ tag: Site.Tag) -> String {
        tag.relativeURL + FeedRenderer.rssPath
    }
}
