import Foundation
import PubgenDiagnostics

/// The whole `pubgen build`: configuration, content, templates, pages, feed, output.
///
/// A one-way pipeline of values; the only side effect is the final atomic commit, and
/// it happens only when no error was found.
package struct Publisher: Sendable {
    package struct Request: Sendable {
        package var contentDirectory: URL
        /// The content folder as the user wrote it, used in every diagnostic path.
        package var contentDisplayPath: String
        package var outputDirectory: URL
        package var outputDisplayPath: String
        /// An explicit configuration file (`--config`); else `pubgen.yml` beside the content folder.
        package var configurationFile: URL?
        package var baseURLOverride: String?
        package var options: BuildOptions

        package init(contentDirectory: URL, contentDisplayPath: String, outputDirectory: URL, outputDisplayPath: String,
                     configurationFile: URL? = nil, baseURLOverride: String? = nil, options: BuildOptions = BuildOptions()) {
            self.contentDirectory = contentDirectory
            self.contentDisplayPath = contentDisplayPath
            self.outputDirectory = outputDirectory
            self.outputDisplayPath = outputDisplayPath
            self.configurationFile = configurationFile
            self.baseURLOverride = baseURLOverride
            self.options = options
        }
    }

    package struct Report: Sendable {
        package var diagnostics: DiagnosticSet
        package var fileCount: Int
        package var articleCount: Int
        package var outputFileCount: Int
        package var excluded: [ArticleSource.Exclusion: Int]
        /// Whether `out/` was replaced.
        package var wroteOutput: Bool
    }

    package init() {}

    /// Builds the site.
    /// - Throws: `PubgenError` for operational failures (unreadable content, unwritable output).
    package func build(_ request: Request) async throws -> Report {
        let siteRoot = SiteLocations(content: request.contentDirectory, contentDisplayPath: request.contentDisplayPath)
        var (configuration, diagnostics) = siteRoot.loadConfiguration(explicit: request.configurationFile)
        if let override = request.baseURLOverride {
            configuration.baseURL = SiteConfiguration.normalizedBaseURL(override)
        }
        if configuration.baseURL == nil {
            diagnostics.append(.warning(
                "no base_url set: pages use relative links, but feeds cannot have absolute links and no sitemap is written; set base_url in \(ConfigurationLoader.fileName) or pass --base-url",
                rule: "config.base-url", at: nil))
        }
        let builder = SiteBuilder(
            contentDirectory: request.contentDirectory, contentDisplayPath: request.contentDisplayPath,
            configuration: configuration, options: request.options)
        let result = try await builder.build()
        let theme = siteRoot.theme(option: request.options.templatesDirectory, configured: configuration.theme)
        diagnostics += theme.diagnostics
        let (templates, templateDiagnostics) = TemplateSet.load(directory: theme.directory, displayPath: theme.displayPath)
        let (staticFiles, staticDiagnostics) = try SiteFiles.staticFiles(
            in: siteRoot.root.appendingPathComponent("static"), displayPath: ContentScanner.join(siteRoot.rootDisplayPath, "static"))
        var all = DiagnosticSet(diagnostics + templateDiagnostics + staticDiagnostics) + result.diagnostics
        if request.options.strict { all = all.escalatingWarnings() }
        var report = Report(
            diagnostics: all, fileCount: result.fileCount, articleCount: result.site.articles.count,
            outputFileCount: 0, excluded: result.excluded, wroteOutput: false)
        guard !all.hasErrors, let templates else { return report }

        let site = result.site
        var generated = try FeedRenderer.render(site) + SitemapRenderer.render(site) + templates.assets
        let copies = staticFiles + SiteFiles.articleAssets(of: site, contentDirectory: request.contentDirectory)
        let paths = PageRenderer.paths(of: site) + generated.map(\.path) + copies.map(\.path)
        let collisions = SiteFiles.collisions(in: paths)
        guard collisions.isEmpty else {
            report.diagnostics = report.diagnostics + DiagnosticSet(collisions)
            return report
        }
        let staging = try OutputWriter().begin(request.outputDirectory, displayPath: request.outputDisplayPath)
        do {
            try staging.prepareFolders(for: paths)
            try await PageRenderer(templates: templates, concurrency: request.options.concurrency).render(site, write: staging.write)
            for file in generated { try staging.write(file) }
            generated.removeAll()
            for copy in copies { try staging.copy(copy.source, to: copy.path) }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        report.outputFileCount = paths.count
        report.wroteOutput = true
        return report
    }
}
