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
        return []  // local files are checked by the build (front-matter.hero-image)
    }
}
