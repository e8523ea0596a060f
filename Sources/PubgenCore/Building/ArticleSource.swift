import PubgenDiagnostics

/// An article after its front matter was read, before its Markdown is rendered.
///
/// Building goes in two passes so that links between articles can be resolved: every
/// file's slug must be known before any body is rendered.
package struct ArticleSource: Sendable {
    package var file: SourceFile
    package var frontMatter: FrontMatter
    package var slug: String
    package var body: String
    package var bodyLineOffset: Int
    /// Fingerprint of the file's bytes, taken before its text is released.
    package var contentHash = ""

    /// Why this article is left out of the site, if it is.
    package enum Exclusion: String, Sendable {
        case draft, future
    }

    /// The same source without its texts, once they have been compiled.
    package var withoutText: ArticleSource {
        var copy = self
        copy.body = ""
        copy.file.text = ""
        return copy
    }

    package func exclusion(options: BuildOptions) -> Exclusion? {
        if frontMatter.draft && !options.includeDrafts { return .draft }
        if let date = frontMatter.publishDate, date.instant > options.now, !options.includeFuture { return .future }
        return nil
    }
}

/// Reads one file up to its front matter: decode, split, parse, slug.
package struct ArticleLoader: Sendable {
    package var parser: FrontMatterParser

    package init(parser: FrontMatterParser) {
        self.parser = parser
    }

    /// - Returns: The article source, or `nil` when it cannot be published; and the diagnostics.
    package func load(_ file: SourceFile) -> (ArticleSource?, [Diagnostic]) {
        let block: FrontMatterBlock
        switch FrontMatterSplitter.split(file.text, path: file.displayPath) {
        case let .block(value): block = value
        case let .problem(diagnostic): return (nil, [diagnostic])
        }
        var (frontMatter, diagnostics) = parser.parse(block, path: file.displayPath)
        // Recovered quoting is an error only for lint, which still checks the article.
        let blocking = diagnostics.contains { $0.severity == .error && $0.rule != QuoteRepair.rule }
        guard var frontMatter, !blocking else { return (nil, diagnostics) }
        frontMatter.tagSlugs = frontMatter.tags.map(Slug.make(from:))
        guard let slug = slug(for: file, frontMatter: frontMatter, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        for (tag, tagSlug) in zip(frontMatter.tags, frontMatter.tagSlugs) where tagSlug.isEmpty {
            diagnostics.append(.warning(
                "tag '\(tag)' has no letters or digits a-z, 0-9 for its URL, so it gets no tag page; add a Latin spelling",
                rule: "front-matter.tag", at: frontMatter.locations[FrontMatterKey.tags]))
        }
        let (body, control) = ControlCharacters.removing(from: block.body, path: file.displayPath, lineOffset: block.bodyLineOffset)
        if let control { diagnostics.append(control) }
        var source = ArticleSource(
            file: file, frontMatter: frontMatter, slug: slug, body: body, bodyLineOffset: block.bodyLineOffset)
        source.contentHash = Fingerprint.of(file.text)
        return (source, diagnostics)
    }

    private func slug(for file: SourceFile, frontMatter: FrontMatter, diagnostics: inout [Diagnostic]) -> String? {
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
        var components = file.relativePath.split(separator: "/").map(String.init)
        var name = components.removeLast()
        name = String(name.dropLast(3))  // ".md"
        if name.lowercased() == "index", let folder = components.last { name = folder }
        let slug = Slug.make(from: name)
        if slug.isEmpty {
            diagnostics.append(.error(
                "cannot make a URL from the file name '\(name)'; add a 'slug' with letters or digits (a-z, 0-9)",
                rule: "front-matter.slug", at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
            return nil
        }
        return slug
    }
}
