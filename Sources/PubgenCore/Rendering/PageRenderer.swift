import Foundation

/// `Site` → HTML pages: one per article and the index, rendered in parallel.
package struct PageRenderer: Sendable {
    package var templates: TemplateSet
    package var concurrency: Int

    package init(templates: TemplateSet, concurrency: Int) {
        self.templates = templates
        self.concurrency = concurrency
    }

    package func render(_ site: Site) async -> [OutputFile] {
        let templates = self.templates
        let pages = await site.articles.concurrentMap(width: concurrency) { article in
            OutputFile(path: article.outputPath, text: Self.articlePage(article, site: site, templates: templates))
        }
        return [OutputFile(path: "index.html", text: indexPage(site))] + pages
    }

    static func articlePage(_ article: Article, site: Site, templates: TemplateSet) -> String {
        var page: [String: Any] = [
            "title": "\(article.title) – \(site.configuration.title)",
            "description": article.summary,
            "ogType": "article",
            "isArticle": true,
        ]
        page["canonicalURL"] = site.absoluteURL(article.relativeURL)
        if let image = article.frontMatter.heroImage {
            page["imageURL"] = site.absoluteURL(article.relativeURL).flatMap { URL(string: image, relativeTo: URL(string: $0))?.absoluteString } ?? image
        }
        var context = PageContexts.common(site: site, root: "../", page: page)
        context["article"] = PageContexts.article(article, site: site, full: true)
        return templates.render("article", context)
    }

    func indexPage(_ site: Site) -> String {
        var page: [String: Any] = [
            "title": site.configuration.title,
            "description": site.configuration.description,
            "ogType": "website",
            "isArticle": false,
        ]
        page["canonicalURL"] = site.configuration.baseURL
        var context = PageContexts.common(site: site, root: "", page: page)
        context["articles"] = site.articles.map { PageContexts.article($0, site: site, full: false) }
        context["hasArticles"] = !site.articles.isEmpty
        return templates.render("index", context)
    }
}
