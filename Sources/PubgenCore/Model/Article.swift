import PubgenDiagnostics
import PubgenMarkdown

/// One published article: its metadata, its rendered body and where it goes.
///
/// Articles are copied wherever pages are put together (neighbours, related articles,
/// lists, sorting); their fields live in one copy-on-write box, so a copy costs one
/// retain instead of one per field (those copies were a few percent of a build's CPU).
/// Fields read and write as plain properties through dynamic member lookup.
@dynamicMemberLookup
package struct Article: Sendable {
    private var box: CopyOnWriteBox<Fields>

    /// A field, read or written as a plain property (`article.slug`).
    package subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: keyPath] }
        _modify { yield &box.fields[keyPath: keyPath] }
    }

    package struct Fields: Sendable {
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
        /// Its page was queued for writing as soon as it was compiled (and is written before
        /// `SiteBuilder.build` returns), and its body released.
        package var pageWritten = false
    }

    package init(source: SourceFile, frontMatter: FrontMatter, slug: String, body: RenderedMarkdown, readingTime: String) {
        box = CopyOnWriteBox(Fields(source: source, frontMatter: frontMatter, slug: slug, path: slug, body: body, readingTime: readingTime))
    }

    /// An article rebuilt from a cache record: everything other pages show, no body.
    init(stubOf source: ArticleSource, record: BuildManifest.ArticleRecord) {
        var frontMatter = source.frontMatter
        // Set only when it differs: setting it copies the shared front matter.
        if frontMatter.heroImage != record.heroImage { frontMatter.heroImage = record.heroImage }
        let body = RenderedMarkdown(
            html: "", headings: [], links: [], images: [], rawHTMLLocations: [], firstParagraph: record.firstParagraph,
            summaryHTML: record.summaryHTML, summaryText: record.summaryText, wordCount: record.wordCount)
        var file = source.file
        file.contents = ""
        self.init(source: file, frontMatter: frontMatter, slug: source.slug, body: body,
                  readingTime: frontMatter.readTime ?? Article.readingTime(words: record.wordCount ?? 0))
        self.assets = record.assets
        self.cacheKey = record.key
        self.isStub = true
        place(like: source)
    }

    /// An article known only by its front matter, before its Markdown is compiled.
    init(skeletonOf source: ArticleSource, key: String) {
        var file = source.file
        file.contents = ""
        let body = RenderedMarkdown(
            html: "", headings: [], links: [], images: [], rawHTMLLocations: [], firstParagraph: "",
            summaryHTML: nil, summaryText: nil, wordCount: nil)
        self.init(source: file, frontMatter: source.frontMatter, slug: source.slug, body: body, readingTime: "")
        self.cacheKey = key
        place(like: source)
    }

    /// Takes the URL, section and redirects the loader decided for `source`.
    mutating func place(like source: ArticleSource) {
        self.path = source.path
        self.section = source.section
        self.redirects = source.redirects
    }

    /// The hero image as an absolute URL, when it is remote or the site has a base URL.
    package func absoluteHeroImageURL(in site: Site) -> String? {
        guard let hero = heroImageURL(root: "") else { return nil }
        return LinkResolver.hasScheme(hero) || hero.hasPrefix("//") ? hero : site.absoluteURL(hero)
    }

    /// The hero image's URL from a page whose path to the site root is `root`: remote
    /// URLs as written, local images (already site-relative) behind `root`.
    package func heroImageURL(root: String) -> String? {
        guard let hero = self.frontMatter.heroImage else { return nil }
        return LinkResolver.hasScheme(hero) || hero.hasPrefix("//") ? hero : root + hero
    }

    /// The publication date; `ArticleLoader` refuses every article without one
    /// (front matter, a Jekyll file name, or a draft's modification time).
    package var date: PublicationDate { self.frontMatter.publishDate! }

    /// Each author for feeds and structured data: the article's, else the site's.
    package func authorNames(_ configuration: SiteConfiguration) -> [String] {
        if !self.frontMatter.authors.isEmpty { return self.frontMatter.authors }
        return PageContexts.nonEmpty(configuration.author).map { [$0] } ?? []
    }
    package var title: String { self.frontMatter.title }

    /// The page's path inside the output folder.
    package var outputPath: String { "\(self.path)/index.html" }
    /// The page's URL relative to the site root (`slug/`, `news/launch/`).
    package var relativeURL: String { "\(self.path)/" }

    /// The description for meta tags and feeds: the written one, else the text before
    /// a `<!-- more -->` marker, else the first paragraph.
    package var summary: String {
        if let description = self.frontMatter.description { return description }
        return Article.excerpt(self.body.summaryText ?? self.body.firstParagraph, limit: 300)
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
