import PubgenDiagnostics
import PubgenMarkdown

/// The built-in theme's article and list pages, written straight into bytes.
///
/// The theme's Mustache templates stay what users read and override; these functions
/// give the very bytes the template engine gives for them (`ThemePagesTests` renders
/// sites both ways and compares every page), without building a view object per page
/// and interpreting the templates over it. That was a seventh of a 10,000-article
/// build: 30 µs of 40 per article page went to views and lookups, not to output.
/// `TemplateSet.writesBuiltInPages` says when a page may be written here: only when
/// no template the page uses is overridden.
enum ThemePages {
    /// What the `head`, `header` and `footer` partials print, for any page.
    struct Chrome {
        var root: String
        /// `page.title`.
        var title: String
        /// `page.description`, when not empty.
        var description: String?
        var canonicalURL: String?
        var ogType: String
        /// `page.imageURL`, when not empty.
        var imageURL: String?
        var prevURL: String?
        var nextURL: String?
        /// A tag page's tag: its name and feed path.
        var tag: (name: String, feedPath: String)?
        /// An article page's article, for its title, dates and JSON-LD.
        var article: Article?
        /// Whether "Home" is the current page: the first page of the index.
        var isHome = false
    }

    // MARK: Article pages

    /// The page of the article at `index` (`article` compiled, standing in for the
    /// site's entry as in `PageRenderer.articlePage`).
    static func article(_ index: Int, article: Article, site: Site) -> PageParts {
        let root = Route.root(for: article.relativeURL)
        let frontMatter = article.frontMatter
        var chrome = Chrome(
            root: root, title: PageContexts.articleTitle(article, site: site),
            description: PageContexts.nonEmpty(article.summary), canonicalURL: site.absoluteURL(article.relativeURL),
            ogType: "article", imageURL: (article.absoluteHeroImageURL(in: site) ?? article.heroImageURL(root: root)).flatMap(PageContexts.nonEmpty))
        chrome.article = article
        var out = PageBytes(capacity: 12 * 1024)
        open(&out, chrome, site: site)
        out.raw("<main id=\"main\" class=\"page\">\n  <article class=\"post\">\n    <header class=\"post-header\">\n      <h1 class=\"post-title\">")
        out.text(frontMatter.title)
        out.raw("</h1>\n")
        subtitleAndByline(&out, article, site: site)
        out.raw("\n        ")
        if let updated = frontMatter.updatedDate {
            out.raw("<span>Updated ")
            out.time(updated)
            out.raw("</span>")
        }
        out.raw("\n        <span>")
        out.text(article.readingTime)
        out.raw("</span>\n      </p>\n")
        if !frontMatter.tags.isEmpty {
            out.raw("      <span id=\"post-tags-label\" hidden>Tags</span>\n      <ul class=\"tags\" aria-labelledby=\"post-tags-label\">\n")
            var seen = SeenTagSlugs()
            for (name, slug) in zip(frontMatter.tags, frontMatter.tagSlugs) where !slug.isEmpty && seen.insert(slug) {
                out.raw("        <li><a href=\"")
                out.root(root)
                out.text(Route.tag(slug))
                out.raw("\">")
                out.text(name)
                out.raw("</a></li>\n")
            }
            out.raw("      </ul>\n")
        }
        if let hero = article.heroImageURL(root: root) {
            out.raw("      <img class=\"hero\" src=\"")
            out.text(hero)
            out.raw("\" alt=\"")
            out.text(frontMatter.heroImageAlt ?? frontMatter.title)
            out.raw("\">\n")
        }
        out.raw("    </header>\n")
        tableOfContents(&out, article.body.headings)
        out.raw("    <div class=\"post-body\">\n")
        // The body goes between the two parts as the article holds it (`PageParts`).
        let before = out.bytes
        out = PageBytes(capacity: 4 * 1024)
        out.raw("\n    </div>\n")
        out.optional("    <aside class=\"cta\">\n      <p>", frontMatter.cta, "</p>\n    </aside>\n")
        out.raw("  </article>\n")
        let related = site.related(to: index)
        if !related.isEmpty {
            out.raw("  <section class=\"related\" aria-labelledby=\"related-label\">\n    <h2 id=\"related-label\">Related articles</h2>\n    <ul>\n")
            for other in related {
                out.raw("      <li><a href=\"")
                out.root(root)
                out.text(other.relativeURL)
                out.raw("\">")
                out.text(other.title)
                out.raw("</a> ")
                out.time(other.date)
                out.raw("</li>\n")
            }
            out.raw("    </ul>\n  </section>\n")
        }
        out.raw("  <nav class=\"post-nav\" aria-label=\"More articles\">\n")
        let (newer, older) = site.neighbours(of: index)
        if let older {
            out.raw("    <a class=\"post-nav-older\" rel=\"prev\" href=\"")
            out.root(root)
            out.text(older.relativeURL)
            out.raw("\"><span>Older</span> ")
            out.text(older.title)
            out.raw("</a>\n")
        }
        if let newer {
            out.raw("    <a class=\"post-nav-newer\" rel=\"next\" href=\"")
            out.root(root)
            out.text(newer.relativeURL)
            out.raw("\"><span>Newer</span> ")
            out.text(newer.title)
            out.raw("</a>\n")
        }
        out.raw("  </nav>\n  <p class=\"back-link\"><a href=\"")
        out.root(root)
        out.raw("./\">← All articles</a></p>\n</main>\n")
        close(&out, chrome, site: site)
        return PageParts(before: before, body: article.body.htmlUTF8, after: out.bytes)
    }

    /// Sections (h2) with their subsections (h3), as `PageContexts.tableOfContents`
    /// groups them, when there are at least three.
    private static func tableOfContents(_ out: inout PageBytes, _ headings: [MarkdownHeading]) {
        guard headings.count(where: { $0.level <= 3 }) >= 3 else { return }
        out.raw("    <nav class=\"toc\" aria-labelledby=\"toc-label\">\n      <h2 id=\"toc-label\">Contents</h2>\n      <ol>\n")
        var open = false
        var hasChildren = false
        func closeSection(_ out: inout PageBytes) {
            guard open else { return }
            if hasChildren { out.raw("          </ol></li>\n") } else { out.raw("</li>\n") }
        }
        for heading in headings where heading.level <= 3 {
            if heading.level == 3, open {
                if !hasChildren { out.raw("\n          <ol>\n") }
                hasChildren = true
                out.raw("            <li><a href=\"#")
                out.text(heading.id)
                out.raw("\">")
                out.text(heading.text)
                out.raw("</a></li>\n")
            } else {
                closeSection(&out)
                out.raw("        <li><a href=\"#")
                out.text(heading.id)
                out.raw("\">")
                out.text(heading.text)
                out.raw("</a>")
                open = true
                hasChildren = false
            }
        }
        closeSection(&out)
        out.raw("      </ol>\n    </nav>\n")
    }

    // MARK: List pages

    /// Page `number` of `pages` of a list (the index when `tag` is `nil`) at `base`,
    /// showing the articles at `indices`.
    /// - Parameter entryTails: Each article's `entryTail`, by its index in the site, when
    ///   the caller made them all at once (see `PageRenderer.render`); empty otherwise.
    static func list(
        _ site: Site, base: String, indices: ArraySlice<Int>, number: Int, pages: Int, tag: Site.Tag?,
        entryTails: [[UInt8]] = []
    ) -> [UInt8] {
        let configuration = site.configuration
        let url = Route.page(number, of: base)
        let root = Route.root(for: url)
        let title = tag.map { PageContexts.tagTitle($0, site: site) } ?? configuration.title
        let description = tag.map { PageContexts.tagDescription($0, site: site) } ?? configuration.description
        var chrome = Chrome(
            root: root, title: PageContexts.listTitle(title, page: number, of: pages),
            description: PageContexts.nonEmpty(description), canonicalURL: site.absoluteURL(url), ogType: "website")
        if number > 1 { chrome.prevURL = root + Route.page(number - 1, of: base) }
        if number < pages { chrome.nextURL = root + Route.page(number + 1, of: base) }
        chrome.tag = tag.map { ($0.name, PageContexts.tagFeedPath($0)) }
        chrome.isHome = number == 1 && tag == nil
        var out = PageBytes(capacity: 4096 + indices.count * 640)
        open(&out, chrome, site: site)
        out.raw("<main id=\"main\" class=\"page\">\n  <header class=\"intro\">\n    <h1>")
        if let tag {
            out.raw("Tagged “")
            out.text(tag.name)
            out.raw("”")
        } else {
            out.text(configuration.title)
        }
        if pages > 1, number > 1 {
            out.raw(" <span class=\"page-number\">page ")
            out.text(String(number))
            out.raw(" of ")
            out.text(String(pages))
            out.raw("</span>")
        }
        out.raw("</h1>\n")
        if let tag {
            out.raw("    <p class=\"lede\">")
            out.text(PageContexts.tagCountText(tag))
            out.raw(" · <a href=\"")
            out.root(root)
            out.text(PageContexts.tagFeedPath(tag))
            out.raw("\">RSS feed for this tag</a> · <a href=\"")
            out.root(root)
            out.raw("tags/\">All tags</a></p>\n  </header>\n  <div class=\"post-list\">\n")
        } else {
            out.optional("    <p class=\"lede\">", PageContexts.nonEmpty(configuration.description), "</p>\n")
            out.raw("  </header>\n")
            guard !indices.isEmpty else {
                out.raw("  <p class=\"empty\">No articles yet. Check back soon!</p>\n</main>\n")
                close(&out, chrome, site: site)
                return out.bytes
            }
            out.raw("  <div class=\"post-list\">\n")
        }
        for index in indices {
            entry(&out, site.articles[index], site: site, root: root, tail: entryTails.isEmpty ? nil : entryTails[index])
        }
        out.raw("  </div>\n")
        // The `pagination` partial, called on an indented line: the template engine
        // indents its lines, and the call's own indentation stands alone without it.
        if pages > 1 {
            out.raw("  \n  <nav class=\"pagination\" aria-label=\"Pages\">\n    ")
            if number > 1 {
                out.raw("<a rel=\"prev\" href=\"")
                out.root(root)
                out.text(Route.page(number - 1, of: base))
                out.raw("\">← Newer</a>")
            }
            out.raw("\n    <span>Page ")
            out.text(String(number))
            out.raw(" of ")
            out.text(String(pages))
            out.raw("</span>\n    ")
            if number < pages {
                out.raw("<a rel=\"next\" href=\"")
                out.root(root)
                out.text(Route.page(number + 1, of: base))
                out.raw("\">Older →</a>")
            }
            out.raw("\n  </nav>\n")
        } else {
            out.raw("  ")
        }
        out.raw("</main>\n")
        close(&out, chrome, site: site)
        return out.bytes
    }

    /// The subtitle, when there is one, and the byline up to the date: article pages
    /// and list entries print the same (`article.mustache`, `index.mustache`…).
    private static func subtitleAndByline(_ out: inout PageBytes, _ article: Article, site: Site) {
        let frontMatter = article.frontMatter
        out.optional("      <p class=\"subtitle\">", frontMatter.subtitle, "</p>\n")
        out.raw("      <p class=\"byline\">\n        ")
        out.optional("<span class=\"author\">", frontMatter.author ?? PageContexts.nonEmpty(site.configuration.author), "</span>")
        out.raw("\n        ")
        out.time(article.date)
    }

    /// One article in a list: its root-relative link, then its tail (made now when not given).
    private static func entry(_ out: inout PageBytes, _ article: Article, site: Site, root: String, tail: [UInt8]?) {
        out.raw("    <article class=\"post-summary\">\n      <h2><a href=\"")
        out.root(root)
        if let tail {
            out.html(tail)
        } else {
            entryTail(&out, article, site: site)
        }
    }

    /// An article's list entry from its URL on: the same on every list page that shows
    /// it (only the root before it differs), so a build that lists each article three
    /// times (the index and two tags) can make it once.
    static func entryTail(_ article: Article, site: Site) -> [UInt8] {
        var out = PageBytes(capacity: 640)
        entryTail(&out, article, site: site)
        return out.bytes
    }

    private static func entryTail(_ out: inout PageBytes, _ article: Article, site: Site) {
        let frontMatter = article.frontMatter
        out.text(article.relativeURL)
        out.raw("\">")
        out.text(frontMatter.title)
        out.raw("</a></h2>\n")
        subtitleAndByline(&out, article, site: site)
        out.raw("\n        <span>")
        out.text(article.readingTime)
        out.raw("</span>\n      </p>\n")
        out.optional("      <p class=\"summary\">", PageContexts.nonEmpty(article.summary), "</p>\n")
        out.raw("    </article>\n")
    }

    // MARK: Chrome

    /// From the doctype to the end of the `header` partial.
    private static func open(_ out: inout PageBytes, _ chrome: Chrome, site: Site) {
        let configuration = site.configuration
        let root = chrome.root
        out.raw("<!DOCTYPE html>\n<html lang=\"")
        out.text(configuration.language)
        out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        out.text(chrome.title)
        out.raw("</title>\n")
        // Values the head repeats are escaped once and copied after that (`again`).
        let description = out.optional("<meta name=\"description\" content=\"", chrome.description, "\">\n")
        out.raw("<meta name=\"generator\" content=\"")
        out.text(PageContexts.generator)
        out.raw("\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
        let canonicalURL = out.optional("<link rel=\"canonical\" href=\"", chrome.canonicalURL, "\">\n")
        // The site's title, escaped once for its five places on the page.
        var title: [UInt8] = []
        HTMLText.append(escaping: configuration.title, to: &title)
        for (type, label, path) in feedLinks {
            out.raw("<link rel=\"alternate\" type=\"")
            out.raw(type)
            out.raw("\" title=\"")
            out.html(title)
            out.raw(" (")
            out.raw(label)
            out.raw(")\" href=\"")
            if let base = configuration.baseURL {
                out.text(base)
            } else {
                out.root(root)
            }
            out.text(path)
            out.raw("\">\n")
        }
        if let tag = chrome.tag {
            out.raw("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"")
            out.html(title)
            out.raw(": ")
            out.text(tag.name)
            out.raw("\" href=\"")
            out.root(root)
            out.text(tag.feedPath)
            out.raw("\">\n")
        }
        out.optional("<link rel=\"prev\" href=\"", chrome.prevURL, "\">\n")
        out.optional("<link rel=\"next\" href=\"", chrome.nextURL, "\">\n")
        out.raw("<link rel=\"stylesheet\" href=\"")
        out.root(root)
        out.raw("style.css\">\n<meta property=\"og:site_name\" content=\"")
        out.html(title)
        out.raw("\">\n<meta property=\"og:title\" content=\"")
        let ogTitle = out.text(chrome.article?.frontMatter.title ?? chrome.title)
        out.raw("\">\n<meta property=\"og:type\" content=\"")
        out.text(chrome.ogType)
        out.raw("\">\n")
        out.again("<meta property=\"og:url\" content=\"", canonicalURL, "\">\n")
        out.again("<meta property=\"og:description\" content=\"", description, "\">\n")
        out.optional("<meta property=\"og:image\" content=\"", chrome.imageURL, "\">\n")
        if let article = chrome.article {
            out.raw("<meta property=\"article:published_time\" content=\"")
            article.date.appendISO8601(to: &out.bytes)
            out.raw("\">\n")
            if let updated = article.frontMatter.updatedDate {
                out.raw("<meta property=\"article:modified_time\" content=\"")
                updated.appendISO8601(to: &out.bytes)
                out.raw("\">\n")
            }
        }
        if chrome.imageURL == nil {
            out.raw("<meta name=\"twitter:card\" content=\"summary\">\n")
        } else {
            out.raw("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
        }
        out.again("<meta name=\"twitter:title\" content=\"", ogTitle, "\">\n")
        out.again("<meta name=\"twitter:description\" content=\"", description, "\">\n")
        if let article = chrome.article {
            out.raw("<script type=\"application/ld+json\">")
            JSONLD.write(blogPostingFor: article, site: site, to: &out.bytes)
            out.raw("</script>\n")
        }
        out.raw("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\">\n  <div class=\"site-header-inner\">\n    <a class=\"site-title\" href=\"")
        out.root(root)
        out.raw("./\">")
        out.html(title)
        out.raw("</a>\n    <nav class=\"site-nav\" aria-label=\"Site\">\n      <ul>\n        <li><a href=\"")
        out.root(root)
        if chrome.isHome {
            out.raw("./\" aria-current=\"page\">Home</a></li>\n")
        } else {
            out.raw("./\">Home</a></li>\n")
        }
        if !site.tags.isEmpty {
            out.raw("        <li><a href=\"")
            out.root(root)
            out.raw("tags/\">Tags</a></li>\n")
        }
        out.raw("        <li><a href=\"")
        out.root(root)
        out.raw("feed.xml\">RSS feed</a></li>\n      </ul>\n    </nav>\n  </div>\n</header>\n")
    }

    /// The site's feeds, as every page's head links them: type, label and path.
    private static let feedLinks: [(type: StaticString, label: StaticString, path: String)] = [
        ("application/rss+xml", "RSS", FeedRenderer.rssPath), ("application/atom+xml", "Atom", FeedRenderer.atomPath),
        ("application/feed+json", "JSON Feed", FeedRenderer.jsonPath),
    ]

    /// The `footer` partial and the end of the document.
    private static func close(_ out: inout PageBytes, _ chrome: Chrome, site: Site) {
        out.raw("<footer class=\"site-footer\">\n  <div class=\"site-footer-inner\">\n    <p>")
        out.text(site.configuration.title)
        if let author = PageContexts.nonEmpty(site.configuration.author) {
            out.raw(" · by ")
            out.text(author)
        }
        out.raw("</p>\n    <p><a href=\"")
        out.root(chrome.root)
        out.raw("feed.xml\">Subscribe via RSS</a> · Built with ")
        out.text(PageContexts.generator)
        out.raw("</p>\n  </div>\n</footer>\n</body>\n</html>\n")
    }
}

/// A page's bytes as they are written: markup as it is, values escaped as the theme's
/// templates escape them (`HTMLText`).
private struct PageBytes {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup, as it is.
    mutating func raw(_ markup: StaticString) {
        bytes.append(literal: markup)
    }

    /// A value, escaped; where its escaped bytes are, for `again`.
    @discardableResult
    mutating func text(_ value: String) -> Range<Int> {
        let start = bytes.count
        HTMLText.append(escaping: value, to: &bytes)
        return start..<bytes.count
    }

    /// The relative path to the site root (`../../`): `Route.root` makes it of `../`
    /// alone, so there is nothing in it to escape (it is on every page a dozen times).
    mutating func root(_ root: String) {
        assert(root.utf8.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }, "not a root path: \(root)")
        bytes.append(contentsOf: root.utf8)
    }

    /// Markup made already (an entry's tail), as it is.
    mutating func html(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// `before`, the value escaped, `after`; nothing without a value (the templates'
    /// `{{#x}}…{{x}}…{{/x}}`).
    @discardableResult
    mutating func optional(_ before: StaticString, _ value: String?, _ after: StaticString) -> Range<Int>? {
        guard let value else { return nil }
        raw(before)
        let written = text(value)
        raw(after)
        return written
    }

    /// `optional` again for a value written before (`written` is what `text` returned
    /// for it), copied rather than escaped anew.
    mutating func again(_ before: StaticString, _ written: Range<Int>?, _ after: StaticString) {
        guard let written else { return }
        raw(before)
        // Copied within the buffer: appending `bytes[written]` itself would copy the
        // whole page first (the slice shares the buffer being appended to).
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: written.count))
        bytes.withUnsafeMutableBufferPointer { page in
            let base = page.baseAddress!
            (base + start).update(from: base + written.lowerBound, count: written.count)
        }
        raw(after)
    }

    /// `<time datetime="2025-03-04">4 March 2025</time>`, as the templates write a date.
    mutating func time(_ date: PublicationDate) {
        // Written straight in: neither spelling holds anything to escape.
        raw("<time datetime=\"")
        date.appendISO8601(to: &bytes)
        raw("\">")
        date.appendDisplayText(to: &bytes)
        raw("</time>")
    }
}
