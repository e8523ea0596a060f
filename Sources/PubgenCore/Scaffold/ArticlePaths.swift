import Foundation

/// The pages a content folder's files are published as, so `pubgen new` can refuse an
/// article whose page another file's already is: it only looked for a file of the same
/// name, and `new "Hello"` beside `hello/index.md`, a Jekyll post named `…-hello.md`,
/// a section `hello/_index.md` or an article with `aliases: [/hello/]` made a site that
/// lint fails.
package struct ArticlePaths: Sendable {
    let loader: ArticleLoader
    let parser: FrontMatterParser

    package init(configuration: SiteConfiguration) {
        parser = FrontMatterParser(quotingSeverity: .warning, timeZone: configuration.timeZone)
        loader = ArticleLoader(parser: parser, permalink: configuration.permalink)
    }

    /// Each page file taken in `contentDirectory` (articles, drafts too, their old URLs
    /// and section pages), with the file that takes it as diagnostics name it. Files
    /// that cannot be read or loaded take none.
    package func claimed(in contentDirectory: URL, displayPath: String) async throws -> [String: String] {
        let entries = try ContentScanner.scan(contentDirectory, displayPath: displayPath).entries
        let (loader, parser) = (self.loader, self.parser)
        let claims = await entries.concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) { entry -> [(String, String)] in
            let display = ContentScanner.join(displayPath, entry.relativePath)
            guard let (file, _) = try? SourceFile.load(filePath: entry.filePath, relativePath: entry.relativePath, displayPath: display) else {
                return []
            }
            if entry.isSectionIndex {
                guard let index = SectionIndex.load(file, parser: parser).0 else { return [] }
                return [(Self.pageFile(index.path), display)]
            }
            guard let source = loader.load(file).0 else { return [] }
            return [(Self.pageFile(source.path), display)] + source.redirects.map { ($0.file, display) }
        }
        return Dictionary(claims.flatMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// The article `text` would be at `relativePath` in the content folder.
    package func load(_ text: String, relativePath: String, filePath: String) -> ArticleSource? {
        loader.load(SourceFile(displayPath: relativePath, relativePath: relativePath, filePath: filePath, text: text)).0
    }

    /// The page file of a URL path (`hello` is `hello/index.html`).
    package static func pageFile(_ path: String) -> String {
        path.isEmpty ? "index.html" : path + "/index.html"
    }
}
