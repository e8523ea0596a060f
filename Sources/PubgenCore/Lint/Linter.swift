import Foundation
import PubgenDiagnostics
import PubgenXML

/// `pubgen lint`: everything `build` checks, and more, without writing anything.
///
/// It runs the very same `SiteBuilder` as `build` (so the two never disagree about an
/// error), over every article including drafts and future ones, then the lint rules.
/// The quoting `build` recovers from is an error here.
package struct Linter: Sendable {
    package struct Report: Sendable {
        package var diagnostics: DiagnosticSet
        package var fileCount: Int
        /// The files that were read, for `--fix`.
        package var files: [SourceFile]
    }

    package var contentDirectory: URL
    package var contentDisplayPath: String
    package var configurationFile: URL?
    package var now: Date

    package init(contentDirectory: URL, contentDisplayPath: String, configurationFile: URL? = nil, now: Date = Date()) {
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.configurationFile = configurationFile
        self.now = now
    }

    /// - Throws: `PubgenError` when the content folder cannot be read.
    package func lint() async throws -> Report {
        let locations = SiteLocations(content: contentDirectory, contentDisplayPath: contentDisplayPath)
        let (configuration, configurationDiagnostics) = locations.loadConfiguration(explicit: configurationFile)
        let lintConfiguration = LintConfiguration.load(
            from: configurationFile ?? locations.configurationFile,
            displayPath: configurationFile?.relativePath ?? locations.configurationDisplayPath)
        var options = BuildOptions()
        options.includeDrafts = true
        options.includeFuture = true
        options.now = now
        options.retainSources = true
        let theme = locations.theme(option: nil, configured: configuration.theme)
        async let loadedTemplates = TemplateSet.load(directory: theme.directory, displayPath: theme.displayPath)
        let (staticFiles, staticDiagnostics) = try SiteFiles.staticFiles(
            in: locations.staticDirectory, displayPath: locations.staticDisplayPath)
        let result = try await SiteBuilder(
            contentDirectory: contentDirectory, contentDisplayPath: contentDisplayPath,
            configuration: configuration, options: options, quotingSeverity: .error
        ).build()
        // What `build` reports besides the articles: the templates, and outputs that
        // would land on one path (a page where a static file is).
        let (templates, templateDiagnostics) = await loadedTemplates
        var siteDiagnostics = theme.diagnostics + templateDiagnostics + staticDiagnostics
        // As in build, only for a site without errors: two articles on one path are
        // already an error at each, which a bare collision would repeat without a place.
        if let templates, !result.diagnostics.hasErrors, !DiagnosticSet(siteDiagnostics).hasErrors {
            siteDiagnostics += OutputPaths(
                site: result.site, templates: templates, staticFiles: staticFiles,
                contentDirectory: contentDirectory, contentDisplayPath: contentDisplayPath
            ).collisions
        }

        let subjects = await result.site.articles.concurrentMap(width: options.concurrency) { article in
            LintSubject(article: article, outline: HTMLInspector.inspect(article.body.html), isDraft: article.frontMatter.draft)
        }
        let context = LintContext(
            configuration: configuration, now: now,
            idsBySlug: Dictionary(subjects.map { ($0.article.path, Set($0.outline.ids)) }, uniquingKeysWith: { first, _ in first }),
            resolver: LinkResolver(sources: result.sources, published: Set(result.site.articles.map { $0.path })))
        var findings: [Diagnostic] = siteDiagnostics + result.diagnostics.diagnostics
        for subject in subjects {
            for rule in LintRules.articleRules { findings += rule.check(subject, in: context) }
        }
        for file in result.files { findings += MojibakeRule.check(file) }
        let configured = findings.compactMap(lintConfiguration.0.apply)
        return Report(
            diagnostics: DiagnosticSet(configurationDiagnostics + lintConfiguration.1 + configured),
            fileCount: result.fileCount, files: result.files)
    }
}
