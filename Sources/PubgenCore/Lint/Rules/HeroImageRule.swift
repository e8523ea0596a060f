import Foundation
import PubgenDiagnostics

/// `heroImage` must be an http(s) URL or a file that exists.
struct HeroImageRule: LintRule {
    static let id = "front-matter.hero-image"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        guard let image = subject.article.frontMatter.heroImage else { return [] }
        let at = subject.article.frontMatter.locations[FrontMatterKey.heroImage]
        if let url = URL(string: image), let scheme = url.scheme?.lowercased() {
            guard ["http", "https"].contains(scheme), url.host != nil else {
                return [.error("'heroImage' must be an http or https URL or a local file, not '\(image)'", rule: Self.id, at: at)]
            }
            return []
        }
        guard LocalFiles.exists(image, from: subject.article.source, in: context) else {
            return [.error("'heroImage' points at '\(image)', which does not exist", rule: Self.id, at: at)]
        }
        return []
    }
}

/// Where a local reference in an article points on disk.
enum LocalFiles {
    /// Relative paths are resolved from the article's folder; `/…` from the site's
    /// `static/` folder or, failing that, the content folder.
    static func exists(_ reference: String, from source: SourceFile, in context: LintContext) -> Bool {
        var path = reference
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty else { return true }
        let candidates: [URL]
        if path.hasPrefix("/") {
            let trimmed = String(path.drop { $0 == "/" })
            candidates = [context.siteRoot.appendingPathComponent("static").appendingPathComponent(trimmed),
                          context.contentDirectory.appendingPathComponent(trimmed)]
        } else {
            candidates = [source.url.deletingLastPathComponent().appendingPathComponent(path)]
        }
        return candidates.contains { FileManager.default.fileExists(atPath: $0.standardizedFileURL.path) }
    }
}
