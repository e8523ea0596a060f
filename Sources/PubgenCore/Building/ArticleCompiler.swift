import Foundation
import PubgenDiagnostics
import PubgenMarkdown

/// Markdown to `Article`: renders the body, resolves links to other articles and to
/// local files, and reports the ones that lead nowhere.
package struct ArticleCompiler: Sendable {
    let renderer: MarkdownRenderer
    let resolver: LinkResolver
    let assets: AssetResolver

    /// Renders one article's Markdown, resolving its links to other articles.
    package func compile(_ source: ArticleSource) -> (Article, [Diagnostic]) {
        let from = source.file.relativePath
        let root = Route.root(for: source.path + "/")
        var files: Set<String> = []
        let body = renderer.render(source.body, path: source.file.displayPath, lineOffset: source.bodyLineOffset) { url in
            switch resolver.resolve(url, from: from) {
            case let .article(url, _, _), let .unpublished(url, _): return url
            case .missing, .failing: return nil
            case .external: break
            }
            switch assets.resolve(url, from: from, root: root) {
            case let .contentFile(path, url):
                files.insert(path)
                return url
            case let .staticFile(url): return url
            case .notLocal where url.hasPrefix("/") && !url.hasPrefix("//"):
                // A site-root link (`/tags/`): relative, so a base URL with a path still works.
                return root + url.drop { $0 == "/" }
            case .notLocal, .missing, .outside: return nil
            }
        }
        var diagnostics: [Diagnostic] = body.activeLinks.map {
            .warning(
                "link to '\($0.destination)' removed: a URL that runs code is never published (unsafe_html: true keeps it)",
                rule: "link.active", at: $0.location)
        }
        let references = body.images.map { ($0.source, $0.location, "image") } + body.links.map { ($0.destination, $0.location, "link") }
        for (reference, location, kind) in references {
            switch assets.resolve(reference, from: from) {
            case .missing:
                diagnostics.append(.error("\(kind) to '\(reference)', which does not exist", rule: "link.missing-file", at: location))
            case .outside:
                diagnostics.append(.error(
                    "\(kind) to '\(reference)' leaves the content folder; pubgen only publishes files inside it",
                    rule: "link.missing-file", at: location))
            default:
                break
            }
        }
        var frontMatter = source.frontMatter
        if let hero = frontMatter.heroImage {
            switch assets.resolve(hero, from: from) {
            case let .contentFile(path, _):
                files.insert(path)
                frontMatter.heroImage = AssetResolver.encode(path)
            case .staticFile:
                frontMatter.heroImage = AssetResolver.encode(String(hero.drop { $0 == "/" }))
            case .missing, .outside:
                diagnostics.append(.error(
                    "'heroImage' points at '\(hero)', which does not exist", rule: "front-matter.hero-image",
                    at: frontMatter.locations[FrontMatterKey.heroImage]))
                frontMatter.heroImage = nil
            case .notLocal:
                let url = URL(string: hero)
                if LinkResolver.hasScheme(hero), !["http", "https"].contains(url?.scheme?.lowercased() ?? "") || url?.host == nil {
                    diagnostics.append(.error(
                        "'heroImage' must be an http or https URL or a local file, not '\(hero)'", rule: "front-matter.hero-image",
                        at: frontMatter.locations[FrontMatterKey.heroImage]))
                    frontMatter.heroImage = nil
                }
            }
        }
        for link in body.links {
            switch resolver.resolve(link.destination, from: from) {
            case let .missing(path):
                diagnostics.append(.error(
                    "link to '\(link.destination)' leads nowhere: there is no '\(path)' in the content folder",
                    rule: "link.broken", at: link.location))
            case let .unpublished(_, slug):
                diagnostics.append(.warning(
                    "link to '\(link.destination)' points at '\(slug)', which this build leaves out (draft or future-dated)",
                    rule: "link.unpublished", at: link.location))
            case .article, .external, .failing:
                // A link to a file with errors of its own: those errors are the news.
                break
            }
        }
        let readingTime = source.frontMatter.readTime ?? Article.readingTime(words: body.wordCount)
        var article = Article(source: source.file, frontMatter: frontMatter, slug: source.slug, body: body, readingTime: readingTime)
        article.place(like: source)
        article.assets = files.sorted()
        return (article, diagnostics)
    }
}
