import Foundation
import PubgenDiagnostics

/// An article after its front matter was read, before its Markdown is rendered.
///
/// Building goes in two passes so that links between articles can be resolved: every
/// file's slug must be known before any body is rendered.
///
/// Its fields live in one copy-on-write box, as `Article`'s do: between loading and
/// compiling, 10,000 sources were copied through several arrays with a reference
/// count per field, on one core while the other waited.
@dynamicMemberLookup
package struct ArticleSource: Sendable {
    private var box: CopyOnWriteBox<Fields>

    /// A field, read or written as a plain property (`source.slug`).
    package subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: keyPath] }
        _modify { yield &box.fields[keyPath: keyPath] }
    }

    package struct Fields: Sendable {
        package var file: SourceFile
        package var frontMatter: FrontMatter
        package var slug: String
        /// The page's URL path without slashes around it (`news/launch`, `2023/04/05/hello`).
        package var path: String
        /// The section it belongs to (`news`), `""` at the top.
        package var section: String
        /// Redirect pages to write for its old URLs.
        package var redirects: [Redirect] = []
        /// The Markdown, as the file's bytes (see `SourceText`).
        package var body: SourceText
        package var bodyLineOffset: Int
        /// Fingerprint of the file's text as decoded (`SourceFile.contents`: without a
        /// byte-order mark, invalid UTF-8 repaired), taken before its text is released;
        /// `SourceFile.reread` relies on exactly that.
        package var contentHash = ""
        /// Whether `body` is still in the file: a rebuild restores an unchanged file (same
        /// `FileStamp`) without reading it, and a build lets go of every body it loaded
        /// (see `SiteBuilder`); either reads the body only to compile it
        /// (`ArticleLoader.readBody`).
        package var bodyIsUnread = false
        /// Where the body starts in the file's text, when loading (or restoring from the
        /// source cache) took it as it is, no control character removed: reading it
        /// again needs no split and no scan. `nil` for a source restored unread.
        package var bodyByteOffset: Int?
    }

    package init(
        file: SourceFile, frontMatter: FrontMatter, slug: String, path: String, section: String,
        redirects: [Redirect] = [], body: SourceText, bodyLineOffset: Int
    ) {
        box = CopyOnWriteBox(Fields(
            file: file, frontMatter: frontMatter, slug: slug, path: path, section: section, redirects: redirects,
            body: body, bodyLineOffset: bodyLineOffset))
    }

    /// Why this article is left out of the site, if it is.
    package enum Exclusion: String, Sendable {
        case draft, future
    }

    package func exclusion(options: BuildOptions) -> Exclusion? {
        if self.frontMatter.draft && !options.includeDrafts { return .draft }
        if let date = self.frontMatter.publishDate, date.instant > options.now, !options.includeFuture { return .future }
        return nil
    }
}

/// Reads one file up to its front matter: decode, split, parse, slug, URL.
package struct ArticleLoader: Sendable {
    package var parser: FrontMatterParser
    /// The site's `permalink` pattern, when it sets one.
    package var permalink: PermalinkPattern?

    package static let pathRule = "front-matter.path"

    package init(parser: FrontMatterParser, permalink: PermalinkPattern? = nil) {
        self.parser = parser
        self.permalink = permalink
    }

    /// - Returns: The article source, or `nil` when it cannot be published; and the diagnostics.
    package func load(_ file: SourceFile, contentHash: String? = nil) -> (ArticleSource?, [Diagnostic]) {
        let block: FrontMatterBlock
        switch FrontMatterSplitter.split(file.contents, path: file.displayPath) {
        case let .block(value): block = value
        case let .problem(diagnostic): return (nil, [diagnostic])
        }
        let placement = ContentPlacement(relativePath: file.relativePath)
        let jekyll = JekyllFileName(placement.stem)
        // A Jekyll post's file name gives its date and title; a draft may have no date yet.
        let requiring = jekyll != nil ? [] : placement.isInDrafts ? [FrontMatterKey.title] : FrontMatterKey.required
        var (frontMatter, diagnostics) = parser.parse(block, path: file.displayPath, requiring: requiring)
        // Recovered quoting is an error only for lint, which still checks the article.
        let blocking = diagnostics.contains { $0.severity == .error && $0.rule != QuoteRepair.rule }
        guard var frontMatter, !blocking else { return (nil, diagnostics) }
        if let problem = applyFileConventions(&frontMatter, placement: placement, jekyll: jekyll, file: file) {
            guard problem.severity != .error else { return (nil, diagnostics + [problem]) }
            diagnostics.append(problem)
        }
        frontMatter.tagSlugs = frontMatter.tags.map(Slug.make(from:))
        guard let slug = slug(for: file, placement: placement, frontMatter: frontMatter, jekyll: jekyll, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        guard let (path, redirects) = url(for: frontMatter, slug: slug, section: placement.section, file: file, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        for (tag, tagSlug) in zip(frontMatter.tags, frontMatter.tagSlugs) where tagSlug.isEmpty {
            diagnostics.append(.warning(
                "tag '\(tag)' has no letters or digits a-z, 0-9 for its URL, so it gets no tag page; add a Latin spelling",
                rule: "front-matter.tag", at: frontMatter.locations[FrontMatterKey.tags]))
        }
        let (body, control) = ControlCharacters.removing(from: block.body, path: file.displayPath, lineOffset: block.bodyLineOffset)
        if let control { diagnostics.append(control) }
        var source = ArticleSource(
            file: file, frontMatter: frontMatter, slug: slug, path: path, section: placement.section, redirects: redirects,
            body: body, bodyLineOffset: block.bodyLineOffset)
        source.contentHash = contentHash ?? Fingerprint.of(file.contents)
        if control == nil { source.bodyByteOffset = block.bodyByteOffset }
        return (source, diagnostics)
    }

    /// - Parameter placement: The file's, as `load` made it (made again here, it was a
    ///   second walk of every article's path).
    private func slug(
        for file: SourceFile, placement: ContentPlacement, frontMatter: FrontMatter, jekyll: JekyllFileName?, diagnostics: inout [Diagnostic]
    ) -> String? {
        if let written = frontMatter.slug {
            let slug = Slug.make(from: written)
            if slug.isEmpty {
                diagnostics.append(.error(
                    "'slug' must contain letters or digits (a-z, 0-9)", rule: "front-matter.slug",
                    at: frontMatter.locations[FrontMatterKey.slug]))
                return nil
            }
            return slug
        }
        let name = jekyll?.title ?? placement.stem
        let slug = Slug.make(from: name)
        if slug.isEmpty {
            diagnostics.append(.error(
                "cannot make a URL from the file name '\(name)'; add a 'slug' with letters or digits (a-z, 0-9)",
                rule: "front-matter.slug", at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
            return nil
        }
        return slug
    }

    /// What the file's name and folder say when the front matter does not: a Jekyll
    /// post's date and title, and that a post in `_drafts/` is a draft.
    ///
    /// - Returns: An error when the article is left without a date: a post's file name
    ///   with an impossible date (`2023-02-30-x.md`) must not reach the site undated.
    private func applyFileConventions(
        _ frontMatter: inout FrontMatter, placement: ContentPlacement, jekyll: JekyllFileName?, file: SourceFile
    ) -> Diagnostic? {
        let start = SourceLocation(path: file.displayPath, line: 1, column: 1)
        if placement.isInDrafts { frontMatter.draft = true }
        if jekyll != nil, !placement.folderCategories.isEmpty {
            let written = frontMatter.categories.filter { category in
                !placement.folderCategories.contains { $0.lowercased() == category.lowercased() }
            }
            frontMatter.categories = placement.folderCategories + written
        }
        var draftWarning: Diagnostic?
        if frontMatter.publishDate == nil, let jekyll {
            switch PublicationDate.parse(jekyll.date, zone: parser.timeZone) {
            case let .success(date):
                frontMatter.publishDate = date
            case let .failure(problem):
                let why = if case let .impossible(reason) = problem { " (\(reason))" } else { "" }
                let message = "the date in the file name, \(jekyll.date), is not a real date\(why); fix the name or add a 'date'"
                guard placement.isInDrafts else { return .error(message, rule: FrontMatterParser.dateRule, at: start) }
                // A draft is dated by its modification time below, as an undated one is.
                draftWarning = .warning(message + "; until then the draft is dated by its file's modification time",
                                        rule: FrontMatterParser.dateRule, at: start)
            }
        }
        if frontMatter.publishDate == nil, placement.isInDrafts {
            // Jekyll dates an undated draft by its file's modification time.
            let modified = (try? FileManager.default.attributesOfItem(atPath: file.filePath))?[.modificationDate] as? Date
            let text = ISO8601DateFormatter().string(from: modified ?? Date(timeIntervalSince1970: 0))
            frontMatter.publishDate = try? PublicationDate.parse(text, zone: parser.timeZone).get()
        }
        // As Jekyll does (`title ||= titleized slug`): also for a `title:` left empty.
        if frontMatter.locations[FrontMatterKey.title] == nil || frontMatter.title.isEmpty, let jekyll {
            frontMatter.title = jekyll.displayTitle
        }
        guard frontMatter.publishDate == nil else { return draftWarning }
        // Every published article has a date (`Article.date`); never let one through without.
        if let written = frontMatter.locations[FrontMatterKey.publishDate] {
            // `publish_date:` with nothing after it: the key is there, the date is not.
            return .error("the date is empty; write it as YYYY-MM-DD", rule: FrontMatterParser.dateRule, at: written)
        }
        return .error("the article has no date; add a 'date'", rule: FrontMatterParser.dateRule, at: start)
    }

    /// The article's URL path and its redirects: a written `path`, else the site's
    /// `permalink` pattern, else the section and the slug.
    private func url(
        for frontMatter: FrontMatter, slug: String, section: String, file: SourceFile, diagnostics: inout [Diagnostic]
    ) -> (String, [Redirect])? {
        let pattern = frontMatter.path.map(PermalinkPattern.init(pattern:)) ?? permalink
        let written = pattern?.expand(date: frontMatter.publishDate, slug: slug, section: section, categories: frontMatter.categories)
        var redirects: [Redirect] = []
        var path = section.isEmpty ? slug : section + "/" + slug
        if let written {
            let at = frontMatter.locations[FrontMatterKey.path]
            switch Permalink.check(written) {
            case let .success(permalink):
                path = permalink.folderPath
                if permalink.isFile { redirects.append(Redirect(file: permalink.outputFile, location: at)) }
            case let .failure(problem):
                // Name the key as written: `url` (Hugo) or `permalink` (Jekyll) mean `path` too.
                let key = frontMatter.writtenKeys.first { $0.location == frontMatter.keyLocations[FrontMatterKey.path] }?.key ?? "path"
                let what = at == nil ? "the permalink pattern gives '\(written)', which" : "'\(key)' '\(written)'"
                diagnostics.append(.error("\(what) \(problem.reason)", rule: Self.pathRule,
                                          at: at ?? SourceLocation(path: file.displayPath, line: 1, column: 1)))
                return nil
            }
        }
        for (index, alias) in frontMatter.aliases.enumerated() {
            let aliasLocation = frontMatter.aliasLocations.indices.contains(index)
                ? frontMatter.aliasLocations[index] : frontMatter.locations[FrontMatterKey.aliases]
            if let fileExtension = Self.nonHTMLExtension(alias) {
                diagnostics.append(.warning(
                    "alias '\(alias)' ends in '.\(fileExtension)': a redirect page can only stand at a folder URL or a .html file, so it is left out",
                    rule: Self.pathRule, at: aliasLocation ?? SourceLocation(path: file.displayPath, line: 1, column: 1)))
                continue
            }
            switch Permalink.check(alias) {
            case let .success(permalink):
                guard permalink.outputFile != path + "/index.html" else { continue }
                if !redirects.contains(where: { $0.file == permalink.outputFile }) {
                    redirects.append(Redirect(file: permalink.outputFile, location: aliasLocation))
                }
            case let .failure(problem):
                diagnostics.append(.error("alias '\(alias)' \(problem.reason)", rule: Self.pathRule,
                                          at: aliasLocation ?? SourceLocation(path: file.displayPath, line: 1, column: 1)))
            }
        }
        return (path, redirects)
    }

    /// `xml` for `/feed.xml`; `nil` for folders (`/a/`, `/v1.2/`) and `.html` files.
    static func nonHTMLExtension(_ url: String) -> String? {
        guard !url.hasSuffix("/"), let last = url.split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
        let fileExtension = last[last.index(after: dot)...]
        guard !fileExtension.isEmpty, fileExtension.count <= 5, fileExtension.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              !["html", "htm"].contains(fileExtension.lowercased()) else { return nil }
        return String(fileExtension)
    }
}
