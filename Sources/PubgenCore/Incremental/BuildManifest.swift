import Foundation
import PubgenDiagnostics

/// What a build remembers for the next one, kept in the output folder's marker file
/// (`.pubgen-output`): each article's cache key and compiled metadata, and each
/// output's fingerprint. A rebuild re-renders only what changed and hard-links the
/// rest from the previous output; deleting the file (or `--clean`) forces a full build.
package struct BuildManifest: Codable, Sendable, Equatable {
    package static let format = 1

    package var format = BuildManifest.format
    package var generator = PubgenVersion.current
    /// Fingerprint of the configuration, templates and options.
    package var global: String
    /// By content-relative source path.
    package var articles: [String: ArticleRecord]
    /// By output path.
    package var outputs: [String: String]

    /// What a page needs from an article it does not render itself.
    package struct ArticleRecord: Codable, Sendable, Equatable {
        package var key: String
        package var wordCount: Int
        package var firstParagraph: String
        package var summaryText: String?
        package var summaryHTML: String?
        package var heroImage: String?
        package var assets: [String]
        package var diagnostics: [CachedDiagnostic]
    }

    package struct CachedDiagnostic: Codable, Sendable, Equatable {
        var severity: String
        var rule: String
        var message: String
        var path: String?
        var line: Int?
        var column: Int?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            rule = diagnostic.rule
            message = diagnostic.message
            path = diagnostic.location?.path
            line = diagnostic.location?.line
            column = diagnostic.location?.column
        }

        var diagnostic: Diagnostic {
            let location = path.map { SourceLocation(path: $0, line: line ?? 1, column: column ?? 1) }
            return Diagnostic(Diagnostic.Severity(rawValue: severity) ?? .error, message, rule: rule, at: location)
        }
    }

    package init(global: String, articles: [String: ArticleRecord], outputs: [String: String]) {
        self.global = global
        self.articles = articles
        self.outputs = outputs
    }

    /// The manifest of a previous build, if the marker holds one this version can use.
    package static func load(from output: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(OutputWriter.marker).path),
              let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.format == format, manifest.generator == PubgenVersion.current else { return nil }
        return manifest
    }

    /// Deterministic bytes (sorted keys), so two identical builds leave identical folders.
    package func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}

extension BuildManifest.ArticleRecord {
    init(_ article: Article, key: String, diagnostics: [Diagnostic]) {
        self.key = key
        wordCount = article.body.wordCount
        firstParagraph = article.body.firstParagraph
        summaryText = article.body.summaryText
        summaryHTML = article.body.summaryHTML
        heroImage = article.frontMatter.heroImage
        assets = article.assets
        self.diagnostics = diagnostics.map(BuildManifest.CachedDiagnostic.init)
    }
}
