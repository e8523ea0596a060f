import PubgenDiagnostics

extension ArticleLoader {
    /// The article of an unchanged file from what the previous build read: only the
    /// body is split off again; the front matter is not parsed.
    ///
    /// - Returns: `nil` when `cached` is not of these bytes (then load the file anew).
    func restore(_ file: SourceFile, contentHash: String, from cached: SourceCache.Entry) -> (ArticleSource, [Diagnostic])? {
        guard cached.contentHash == contentHash,
              case let .block(block) = FrontMatterSplitter.split(file.text, path: file.displayPath) else { return nil }
        // Its diagnostic, if any, is among the cached ones.
        let (body, _) = ControlCharacters.removing(from: block.body, path: file.displayPath, lineOffset: block.bodyLineOffset)
        var source = ArticleSource(
            file: file, frontMatter: cached.frontMatter, slug: cached.slug, path: cached.path, section: cached.section,
            redirects: cached.redirects, body: body, bodyLineOffset: block.bodyLineOffset)
        source.contentHash = contentHash
        return (source, cached.diagnostics)
    }
}
