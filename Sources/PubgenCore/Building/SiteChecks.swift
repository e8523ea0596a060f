import Foundation
import PubgenDiagnostics

/// Checks that need every article at once.
package enum SiteChecks {
    package static let duplicateSlugRule = "slug.duplicate"

    /// Slugs the generator's own folders use (`tags`, `page`).
    package static func reservedSlugs(in sources: [ArticleSource]) -> [Diagnostic] {
        sources.filter { Route.reservedSlugs.contains($0.slug) }.map { source in
            .error("slug '\(source.slug)' is reserved for pubgen's own pages; choose another 'slug'", rule: duplicateSlugRule,
                   at: source.frontMatter.locations[FrontMatterKey.slug] ?? SourceLocation(path: source.file.displayPath, line: 1, column: 1))
        }
    }

    /// Two articles that would be written to the same URL: an error at each, naming the
    /// other. Slugs are compared after Unicode normalisation and case folding.
    package static func duplicateSlugs(in sources: [ArticleSource]) -> [Diagnostic] {
        var groups: [String: [ArticleSource]] = [:]
        for source in sources {
            let key = source.slug.precomposedStringWithCanonicalMapping.lowercased()
            groups[key, default: []].append(source)
        }
        var diagnostics: [Diagnostic] = []
        for (_, group) in groups where group.count > 1 {
            for source in group {
                let others = group.filter { $0.file.relativePath != source.file.relativePath }.map { "'\($0.file.displayPath)'" }
                let at = source.frontMatter.locations[FrontMatterKey.slug]
                    ?? source.frontMatter.locations[FrontMatterKey.title]
                    ?? SourceLocation(path: source.file.displayPath, line: 1, column: 1)
                diagnostics.append(.error(
                    "slug '\(source.slug)' is also used by \(others.joined(separator: ", ")); both would be written to \(source.slug)/index.html",
                    rule: duplicateSlugRule, at: at, fix: "give one of them a different 'slug'"))
            }
        }
        return diagnostics
    }
}
