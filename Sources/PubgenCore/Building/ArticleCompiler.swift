import Foundation
import PubgenDiagnostics
import PubgenMarkdown

/// Markdown to `Article`: renders the body, resolves links to other articles and to
/// local files, and reports the ones that lead nowhere.
package struct ArticleCompiler: Sendable {
    let renderer: MarkdownRenderer
    let resolver: LinkResolver
    let assets: AssetResolver
    /// Count every article's words. Otherwise only those of articles without a written
    /// `read_time` are counted: no built-in template or page shows a word count, and
    /// counting was 2.5% of a build's CPU. Lint (the read-time rule) and the user's
    /// templates (`wordCount`) need them all.
    var countsAllWords = true

    /// Renders one article's Markdown, resolving its links to other articles.
    /// - Parameter whileParserBusy: Other work to do, a piece per call, while another
    ///   thread parses (see `PendingPages`); false when there is none.
    package func compile(_ source: ArticleSource, whileParserBusy: () -> Bool = { false }) -> (Article, [Diagnostic]) {
        let from = source.file.relativePath
        let origin = resolver.origin(from)
        let root = Route.root(for: source.path + "/")
        var files: Set<String> = []
        // Every link and image is resolved here, in document order; the checks below
        // read these answers back instead of resolving each one twice more.
        var answers: [Answer] = []
        let body = renderer.render(
            source.body, path: source.file.displayPath, lineOffset: source.bodyLineOffset,
            countsWords: countsAllWords || source.frontMatter.readTime == nil,
            whileParserBusy: whileParserBusy
        ) { url in
            let link = resolver.resolve(url, from: origin)
            switch link {
            case let .article(page, _, _), let .unpublished(page, _):
                answers.append(Answer(url: url, link: link, asset: .notLocal))
                return page
            case .missing, .failing:
                answers.append(Answer(url: url, link: link, asset: .notLocal))
                return nil
            case .external: break
            }
            let asset = assets.resolve(url, from: from, root: root)
            answers.append(Answer(url: url, link: link, asset: asset))
            switch asset {
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
        // Each image's and link's answer, found once: each kind comes in document order,
        // so one cursor per kind finds every answer in a step.
        var cursor = 0
        let imageAnswers = body.images.map { Answer.find($0.source, in: answers, after: &cursor) }
        cursor = 0
        let linkAnswers = body.links.map { Answer.find($0.destination, in: answers, after: &cursor) }
        func checkFile(_ reference: String, _ answer: Answer?, kind: String, at location: SourceLocation) {
            switch answer?.asset ?? assets.resolve(reference, from: from) {
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
        for (image, answer) in zip(body.images, imageAnswers) { checkFile(image.source, answer, kind: "image", at: image.location) }
        for (link, answer) in zip(body.links, linkAnswers) { checkFile(link.destination, answer, kind: "link", at: link.location) }
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
        for (link, answer) in zip(body.links, linkAnswers) {
            switch answer?.link ?? resolver.resolve(link.destination, from: origin) {
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
        let readingTime = source.frontMatter.readTime ?? Article.readingTime(words: body.wordCount ?? 0)
        var article = Article(source: source.file, frontMatter: frontMatter, slug: source.slug, body: body, readingTime: readingTime)
        article.place(like: source)
        article.assets = files.sorted()
        return (article, diagnostics)
    }

    /// How the rewrite pass resolved one URL. Both resolutions are pure functions of the
    /// URL and the article, so any answer for the same URL is the answer. A URL the link
    /// resolver takes for a Markdown file is one the asset resolver leaves alone
    /// (`.notLocal`): both cut the fragment and query and ask `ContentPlacement.isMarkdown`.
    private struct Answer {
        var url: String
        var link: LinkResolver.Resolution
        var asset: AssetResolver.Resolution

        /// The next answer for `url` at or after `cursor`, which moves past it: links (or
        /// images) come in the order the rewrite pass met them, so a search is one step.
        static func find(_ url: String, in answers: [Answer], after cursor: inout Int) -> Answer? {
            var index = cursor
            while index < answers.count {
                if answers[index].url == url {
                    cursor = index + 1
                    return answers[index]
                }
                index += 1
            }
            return nil
        }
    }
}
