import PubgenDiagnostics
import PubgenMarkdown

/// One published article: its metadata, its rendered body and where it goes.
package struct Article: Sendable {
    package var source: SourceFile
    package var frontMatter: FrontMatter
    package var slug: String
    /// The URL path without slashes around it (`news/launch`); the slug unless the
    /// article is in a section, has a `path` or the site a `permalink` pattern.
    package var path: String
    /// The section it belongs to (`news`), `""` at the top.
    package var section = ""
    /// Redirect pages for its old URLs.
    package var redirects: [Redirect] = []
    package var body: RenderedMarkdown
    /// The written `read_time`, or one computed from the word count.
    package var readingTime: String
    /// Content-relative paths of the local files the article uses, copied to the output.
    package var assets: [String] = []
    /// Fingerprint of everything the compiled article depends on (see `BuildManifest`).
    package var cacheKey = ""
    /// Taken from the previous build's manifest: metadata only, no body HTML until compiled.
    package var isStub = false
    /// Its page was written as soon as it was compiled, and its body released.
    package var pageWritten = false

    package init(source: SourceFile, frontMatter: FrontMatter, slug: String, body: RenderedMarkdown, readingTime: String) {
        self.source = source
        self.frontMatter = frontMatter
        self.slug = slug
        self.path = slug
        self.body = body
        self.readingTime = readingTime
    }

    /// An article rebuilt from a cache record: everything other pages show, no body.
    init(stubOf source: ArticleSource, record: BuildManifest.ArticleRecord) {
        var frontMatter = source.frontMatter
        frontMatter.heroImage = record.heroImage
        let body = RenderedMarkdown(
            html: "", headings: [], links: [], images: [], rawHTMLLocations: [], firstParagraph: record.firstParagraph,
            summaryHTML: record.summaryHTML, summaryText: record.summaryText, wordCount: record.wordCount)
        var file = source.file
        file.text = ""
        self.init(source: file, frontMatter: frontMatter, slug: source.slug, body: body,
                  readingTime: frontMatter.readTime ?? Article.readingTime(words: record.wordCount))
        assets = record.assets
        cacheKey = record.key
        isStub = true
        place(like: source)
    }

    /// An article known only by its front matter, before its Markdown is compiled.
    init(skeletonOf source: ArticleSource, key: String) {
        var file = source.file
        file.text = ""
        let body = RenderedMarkdown(
            html: "", headings: [], links: [], images: [], rawHTMLLocations: [], firstParagraph: "",
            summaryHTML: nil, summaryText: nil, wordCount: 0)
        self.init(source: file, frontMatter: source.frontMatter, slug: source.slug, body: body, readingTime: "")
        cacheKey = key
        place(like: source)
    }

    /// Takes the URL, section and redirects the loader decided for `source`.
    mutating func place(like source: ArticleSource) {
        path = source.path
        section = source.section
        redirects = source.redirects
    }

    /// The hero image as an absolute URL, when it is remote or the site has a base URL.
    package func absoluteHeroImageURL(in site: Site) -> String? {
        guard let hero = heroImageURL(root: "") else { return nil }
        return LinkResolver.hasScheme(hero) || hero.hasPrefix("//") ? hero : site.absoluteURL(hero)
    }

    /// The hero image's URL from a page whose path to the site root is `root`: remote
    /// URLs as written, local images (already site-relative) behind `root`.
    package func heroImageURL(root: String) -> String? {
        guard let hero = frontMatter.heroImage else { return nil }
        return LinkResolver.hasScheme(hero) || hero.hasPrefix("//") ? hero : root + hero
    }

    /// The publication date; `ArticleLoader` refuses every article without one
    /// (front matter, a Jekyll file name, or a draft's modification time).
    package var date: PublicationDate { frontMatter.publishDate! }

    /// Each author for feeds and structured data: the article's, else the site's.
    package func authorNames(_ configuration: SiteConfiguration) -> [String] {
        if !frontMatter.authors.isEmpty { return frontMatter.authors }
        return PageContexts.nonEmpty(configuration.author).map { [$0] } ?? []
    }
    package var title: String { frontMatter.title }

    /// The page's path inside the output folder.
    package var outputPath: String { "\(path)/index.html" }
    /// The page's URL relative to the site root (`slug/`, `news/launch/`).
    package var relativeURL: String { "\(path)/" }

    /// The description for meta tags and feeds: the written one, else the text before
    /// a `<!-- more -->` marker, else the first paragraph.
    package var summary: String {
        if let description = frontMatter.description { return description }
        return Article.excerpt(body.summaryText ?? body.firstParagraph, limit: 300)
    }

    /// Reading time at about 230 words a minute, as `6 min read`.
    package static func readingTime(words: Int) -> String {
        let minutes = max(1, Int((Double(words) / 230).rounded()))
        return "\(minutes) min read"
    }

    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
