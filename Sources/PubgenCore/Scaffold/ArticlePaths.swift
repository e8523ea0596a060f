import Foundation

/// The URL paths a content folder's articles are published at, so `pubgen new` can
/// refuse an article whose page another already is: it only looked for a file of the
/// same name, and `new "Hello"` beside `hello/index.md` or a Jekyll post named
/// `…-hello.md` made a site that lint fails.
package struct ArticlePaths: Sendable {
    let loader: ArticleLoader

    package init(configuration: SiteConfiguration) {
        loader = ArticleLoader(
            parser: FrontMatterParser(quotingSeverity: .warning, timeZone: configuration.timeZone),
            permalink: configuration.permalink)
    }

    /// Each URL path taken in `contentDirectory` (drafts too), with the file that takes it
    /// as diagnostics name it. Files that cannot be read or loaded take none.
    package func claimed(in contentDirectory: URL, displayPath: String) async throws -> [String: String] {
        let entries = try ContentScanner.scan(contentDirectory, displayPath: displayPath).entries.filter { !$0.isSectionIndex }
        let loader = self.loader
        let claims = await entries.concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) { entry -> (String, String)? in
            let display = ContentScanner.join(displayPath, entry.relativePath)
            guard let (file, _) = try? SourceFile.load(filePath: entry.filePath, relativePath: entry.relativePath, displayPath: display),
                  let source = loader.load(file).0 else { return nil }
            return (source.path, display)
        }
        return Dictionary(claims.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// The URL path of an article with `text`, at `relativePath` in the content folder.
    package func path(of text: String, relativePath: String, filePath: String) -> String? {
        loader.load(SourceFile(displayPath: relativePath, relativePath: relativePath, filePath: filePath, text: text)).0?.path
    }
}
