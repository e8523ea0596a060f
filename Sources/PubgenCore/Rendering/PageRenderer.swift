import Foundation

/// `Site` → HTML pages: articles, the paginated index, the tag and section pages, the
/// redirects at old URLs and the 404 page.
/// Pages are rendered in parallel; their order in the result is fixed.
package struct PageRenderer: Sendable {
    package var templates: TemplateSet
    package var concurrency: Int
    /// Pages not to render (an incremental build links them from the previous output).
    package var skip: Set<String> = []
    /// Each article's entry on list pages, by index in the site, where it is the same
    /// on every page (see `PageContexts.listEntry`); empty until `render` makes them.
    private var entries: [TemplateObject?] = []
    /// The built-in theme's list entries by article index, when made at once (see `render`).
    private var entryTails: [[UInt8]] = []

    package init(templates: TemplateSet, concurrency: Int) {
        self.templates = templates
        self.concurrency = concurrency
    }

    /// Renders every page and hands each to `write` as soon as it is ready, so pages
    /// never accumulate in memory. Article pages render in parallel.
    package func render(_ site: Site, write: @escaping @Sendable (OutputFile) throws -> Void) async throws {
        let templates = self.templates
        let skip = self.skip
        // Which pages to skip is decided in the tasks: a path per article, on one core,
        // held the list pages back at the end of a build that had written them all.
        _ = try await site.articles.indices.concurrentMap(width: concurrency) { index in
            let path = Route.file(for: site.articles[index].relativeURL)
            guard !skip.contains(path) else { return }
            try write(OutputFile(path: path, page: Self.articlePage(index, site: site, templates: templates)))
        }
        // List pages (index, tags, each tag) are independent too: render them in parallel,
        // in runs of pages, so that one long list (the index: 1,000 pages at 10,000
        // articles) does not keep one core busy while the other waits.
        var lists: [ListJob] = [ListJob(base: "", indices: Array(site.articles.indices), template: "index", tag: nil)]
        lists += site.tags.map { ListJob(base: $0.relativeURL, indices: $0.articleIndices, template: "tag", tag: $0) }
        lists += site.sections.map { ListJob(base: $0.relativeURL, indices: $0.articleIndices, template: "section", section: $0) }
        let paginator = Paginator(size: site.configuration.paginate)
        lists = lists.flatMap { list in
            let count = paginator.pages(list.indices.count).count
            return stride(from: 0, to: count, by: Self.pagesPerJob).map { first in
                var job = list
                job.pages = first..<min(first + Self.pagesPerJob, count)
                return job
            }
        }
        // An article's entry is the same on every list page that shows it (the index,
        // each of its tags, its section): when the list pages to render show at least as
        // many entries as there are articles (a full build: three times as many), each
        // is made once, not once per listing. A rebuild renders few list pages and makes
        // entries as it goes.
        var renderer = self
        // Counted apart for the lists the templates render and those the built-in theme
        // writes, whose entries are made differently.
        func listed(builtIn: Bool) -> Int {
            lists.reduce(0) { count, job in
                guard templates.writesBuiltIn(job.template) == builtIn else { return count }
                let ranges = paginator.pages(job.indices.count)
                return (job.pages ?? ranges.indices).reduce(count) { count, offset in
                    skip.contains(Route.file(for: Route.page(offset + 1, of: job.base))) ? count : count + ranges[offset].count
                }
            }
        }
        if listed(builtIn: false) >= site.articles.count {
            renderer.entries = await Array(site.articles.indices).concurrentMap(width: concurrency) {
                PageContexts.listEntry(site.articles[$0], site: site)
            }
        }
        // The built-in theme's entries likewise, as bytes (`ThemePages.entryTail`).
        if listed(builtIn: true) >= site.articles.count {
            renderer.entryTails = await Array(site.articles.indices).concurrentMap(width: concurrency) {
                ThemePages.entryTail(site.articles[$0], site: site)
            }
        }
        _ = try await lists.concurrentMap(width: concurrency) { [renderer] job in
            for file in renderer.listPages(site, job: job) { try write(file) }
        }
        if !site.tags.isEmpty { try write(tagIndexPage(site)) }
        for article in site.articles {
            for redirect in article.redirects { try write(RedirectPage.render(file: redirect.file, to: article, site: site)) }
        }
        try write(notFoundPage(site))
    }

    /// One paginated list: the index, or one tag's articles.
    struct ListJob: Sendable {
        var base: String
        var indices: [Int]
        var template: String
        var tag: Site.Tag?
        var section: Section?
        /// Which of its pages to render (offsets: 0 is the first page); all when `nil`.
        var pages: Range<Int>? = nil
    }

    static let pagesPerJob = 50

    /// Every page `render` writes, without rendering it (for folder creation and collision checks).
    package static func paths(of site: Site) -> [String] {
        let paginator = Paginator(size: site.configuration.paginate)
        var paths = site.articles.map { Route.file(for: $0.relativeURL) }
        paths += (1...paginator.pages(site.articles.count).count).map { Route.file(for: Route.page($0, of: "")) }
        if !site.tags.isEmpty { paths.append(Route.file(for: Route.tags)) }
        for tag in site.tags {
            paths += (1...paginator.pages(tag.articleIndices.count).count).map { Route.file(for: Route.page($0, of: tag.relativeURL)) }
        }
        for section in site.sections {
            paths += (1...paginator.pages(section.articleIndices.count).count).map { Route.file(for: Route.page($0, of: section.relativeURL)) }
        }
        paths += site.articles.flatMap { $0.redirects.map(\.file) }
        return paths + ["404.html"]
    }
}

// MARK: - Page kinds

extension PageRenderer {
    /// The page of the article at `index`; `article` (compiled) stands in for the site's
    /// entry when the site is still a skeleton of front matter.
    static func articlePage(_ index: Int, article: Article? = nil, site: Site, templates: TemplateSet) -> PageParts {
        let article = article ?? site.articles[index]
        if templates.writesBuiltIn("article") { return ThemePages.article(index, article: article, site: site) }
        let root = Route.root(for: article.relativeURL)
        var page: TemplateObject = [
            "title": .string(PageContexts.articleTitle(article, site: site)),
            "description": .string(article.summary),
            "ogType": "article",
            "isArticle": true,
        ]
        page["imageURL"] = TemplateValue(article.absoluteHeroImageURL(in: site) ?? article.heroImageURL(root: root))
        var context = PageContexts.common(site: site, root: root, url: article.relativeURL, page: page)
        var view = PageContexts.article(article, site: site, root: root, full: true)
        let (newer, older) = site.neighbours(of: index)
        view["newer"] = newer.map(PageContexts.link(to:))
        view["older"] = older.map(PageContexts.link(to:))
        let related = site.related(to: index)
        view["related"] = .list(related.map(PageContexts.link(to:)))
        view["hasRelated"] = .bool(!related.isEmpty)
        context["article"] = .object(view)
        return PageParts(before: templates.renderBytes("article", context))
    }

    /// The pages of a list of articles at `base`: `base`, then `base/page/2/`…
    func listPages(
        _ site: Site, base: String, indices: [Int], template: String, only: Range<Int>? = nil, extra: TemplateObject,
        tag: Site.Tag? = nil
    ) -> [OutputFile] {
        let pages = Paginator(size: site.configuration.paginate).pages(indices.count)
        let builtIn = templates.writesBuiltIn(template)
        return pages.enumerated().compactMap { offset, range in
            if let only, !only.contains(offset) { return nil }
            let number = offset + 1
            let url = Route.page(number, of: base)
            guard !skip.contains(Route.file(for: url)) else { return nil }
            if builtIn {
                return OutputFile(path: Route.file(for: url), bytes: ThemePages.list(
                    site, base: base, indices: indices[range], number: number, pages: pages.count, tag: tag,
                    entryTails: entryTails))
            }
            let root = Route.root(for: url)
            let title = extra["title"].flatMap(Self.text) ?? site.configuration.title
            var page: TemplateObject = [
                "title": .string(PageContexts.listTitle(title, page: number, of: pages.count)),
                "description": .string(extra["description"].flatMap(Self.text) ?? site.configuration.description),
                "ogType": "website",
                "isArticle": false,
            ]
            let pagination = PageContexts.pagination(current: number, total: pages.count, base: base)
            if let prev = pagination?["prevURL"].flatMap(Self.text) { page["prevURL"] = .string(root + prev) }
            if let next = pagination?["nextURL"].flatMap(Self.text) { page["nextURL"] = .string(root + next) }
            var context = PageContexts.common(site: site, root: root, url: url, page: page)
            context["articles"] = .list(indices[range].map { index in
                .object((entries.isEmpty ? nil : entries[index]) ?? PageContexts.article(site.articles[index], site: site, root: root, full: false))
            })
            context["hasArticles"] = .bool(!range.isEmpty)
            context["pagination"] = pagination.map(TemplateValue.object)
            context["isFirstPage"] = .bool(number == 1)
            for (key, value) in extra.fields where key != "title" && key != "description" { context[key] = value }
            return OutputFile(path: Route.file(for: url), bytes: templates.renderBytes(template, context))
        }
    }

    func listPages(_ site: Site, job: ListJob) -> [OutputFile] {
        if let section = job.section {
            var view: TemplateObject = [
                "title": .string(section.title), "path": .string(section.path), "url": .string(section.relativeURL),
                "count": .int(section.articleIndices.count),
            ]
            view["description"] = TemplateValue(section.description)
            return listPages(site, base: section.relativeURL, indices: section.articleIndices, template: "section", only: job.pages, extra: [
                "title": .string("\(section.title) – \(site.configuration.title)"),
                "description": .string(section.description ?? "Articles in “\(section.title)” on \(site.configuration.title)."),
                "section": .object(view),
            ])
        }
        guard let tag = job.tag else {
            return listPages(site, base: job.base, indices: job.indices, template: job.template, only: job.pages, extra: [:])
        }
        let count = tag.articleIndices.count
        return listPages(site, base: tag.relativeURL, indices: tag.articleIndices, template: "tag", only: job.pages, extra: [
            "title": .string(PageContexts.tagTitle(tag, site: site)),
            "description": .string(PageContexts.tagDescription(tag, site: site)),
            "tag": [
                "name": .string(tag.name), "slug": .string(tag.slug), "count": .int(count), "url": .string(tag.relativeURL),
                "countText": .string(PageContexts.tagCountText(tag)),
                "feedPath": .string(PageContexts.tagFeedPath(tag)),
            ],
        ], tag: tag)
    }

    func tagIndexPage(_ site: Site) -> OutputFile {
        let root = Route.root(for: Route.tags)
        var context = PageContexts.common(site: site, root: root, url: Route.tags, page: [
            "title": .string("Tags – \(site.configuration.title)"),
            "description": .string("Every tag of \(site.configuration.title), with the number of articles."),
            "ogType": "website", "isArticle": false,
        ])
        context["tags"] = .list(site.tags.map {
            ["name": .string($0.name), "slug": .string($0.slug), "url": .string($0.relativeURL), "count": .int($0.articleIndices.count)]
        })
        return OutputFile(path: Route.file(for: Route.tags), bytes: templates.renderBytes("tags", context))
    }

    /// Served for any missing URL at any depth, so its links are absolute when the
    /// base URL is known (relative ones would resolve against the missing path).
    func notFoundPage(_ site: Site) -> OutputFile {
        // The host serves this page at whatever path was missing (/x/y/), so its links
        // cannot be relative: absolute with a base URL, else from the host's root.
        let root = site.configuration.baseURL ?? "/"
        var context = PageContexts.common(site: site, root: root, url: nil, page: [
            "title": .string("Page not found – \(site.configuration.title)"), "ogType": "website", "isArticle": false,
        ])
        context["recent"] = .list(site.articles.prefix(5).map { .object(PageContexts.article($0, site: site, root: root, full: false)) })
        context["hasRecent"] = .bool(!site.articles.isEmpty)
        return OutputFile(path: "404.html", bytes: templates.renderBytes("404", context))
    }

    /// The text of a string value.
    static func text(_ value: TemplateValue) -> String? {
        guard case let .string(text) = value else { return nil }
        return text
    }
}
