import Foundation
import PubgenDiagnostics

/// The whole `pubgen build`: configuration, content, templates, pages, feed, output.
///
/// A one-way pipeline of values; its only side effects are files in a staging folder
/// beside the output and the final commit (a whole-tree swap, or a journalled patch of
/// the few files a rebuild changes), which happens only when no error was found.
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
        /// Whether `out/` was written (replaced whole, or patched).
        package var wroteOutput: Bool
        /// Outputs taken unchanged from the previous build (incremental builds).
        package var reusedOutputCount = 0
        /// Articles whose Markdown was rendered in this build (the rest came from the manifest).
        package var compiledArticleCount = 0
        /// Markdown files not read at all: their stamp was the one the previous build read.
        package var unreadFileCount = 0
        package var pageCount = 0
        package var feedCount = 0
    }

    package init() {}

    /// Builds the site.
    /// - Throws: `PubgenError` for operational failures (unreadable content, unwritable output).
    package func build(_ request: Request) async throws -> Report {
        let siteRoot = SiteLocations(content: request.contentDirectory, contentDisplayPath: request.contentDisplayPath)
        var (configuration, diagnostics) = siteRoot.loadConfiguration(explicit: request.configurationFile)
        if let override = request.baseURLOverride {
            // Checked by the command (a usage error); one that fails here is left out.
            configuration.baseURL = try? BaseURL.normalized(override, name: "--base-url").get()
        }
        if configuration.baseURL == nil, !diagnostics.contains(where: { $0.rule == ConfigurationLoader.baseURLRule }) {
            diagnostics.append(.warning(
                "no base_url set: pages use relative links, but feeds cannot have absolute links and no sitemap is written; set base_url in \(ConfigurationLoader.fileName) or pass --base-url",
                rule: ConfigurationLoader.baseURLRule, at: nil))
        }
        let theme = siteRoot.theme(option: request.options.templatesDirectory, configured: configuration.theme)
        diagnostics += theme.diagnostics
        // Templates are parsed and compiled while the output's turn is taken, the content
        // listed and the previous build's records read.
        async let loadedTemplates = TemplateSet.load(directory: theme.directory, displayPath: theme.displayPath)
        var builder = SiteBuilder(
            contentDirectory: request.contentDirectory, contentDisplayPath: request.contentDisplayPath,
            configuration: configuration, options: request.options)
        // A rebuild may update the output in place (`OutputPatch`), so it holds the
        // output's turn from reading the previous manifest to its commit: no other build
        // can change the output in between. A build with nothing to reuse lets it go.
        var turn = request.options.clean ? nil : await OutputWriter.turn(for: request.outputDirectory)
        try Task.checkCancellation()  // interrupted while another build held the output
        // The content folder is listed (once this build has its turn, so the listing is
        // not older than the wait) while the previous build's records are read.
        let (contentDirectory, contentDisplayPath) = (request.contentDirectory, request.contentDisplayPath)
        async let scan = Result { try ContentScanner.scan(contentDirectory, displayPath: contentDisplayPath) }
        let (previous, previousSources) = turn == nil ? (nil, nil) : await Self.previousBuild(in: request.outputDirectory)
        if previous == nil {
            turn?.release()
            turn = nil
        }
        // Let go of it however this build ends, not when the last copy of the staging
        // folder (captured by the page and feed writers) happens to go.
        defer { turn?.release() }
        builder.sourceCache = previousSources
        let (staticFiles, staticDiagnostics) = try SiteFiles.staticFiles(
            in: siteRoot.staticDirectory, displayPath: siteRoot.staticDisplayPath)
        let (templates, templateDiagnostics) = await loadedTemplates
        // Diagnostics cached in the manifest carry paths as displayed, so the display root is an input too.
        let global = Self.globalFingerprint(configuration: configuration, templates: templates, options: request.options)
            + request.contentDisplayPath
        builder.cache = previous
        builder.global = global
        builder.countsAllWords = templates?.hasUserTemplates ?? true
        builder.staticPaths = staticFiles.map(\.path)
        // Staging starts before compiling, so each article's page is written as soon as
        // its Markdown is; a build that then finds errors discards it.
        let staging = try OutputWriter().begin(request.outputDirectory, displayPath: request.outputDisplayPath, turn: turn)
        do {
            // After `begin`: an unsafe output folder is reported before an unreadable content folder.
            builder.scanned = try await scan.get()
            let (report, leftovers) = try await build(
                request, builder: builder, staging: staging, templates: templates, global: global, previous: previous,
                staticFiles: staticFiles, diagnostics: diagnostics + templateDiagnostics + staticDiagnostics)
            if !report.wroteOutput { staging.discard() }
            // The previous build's records and sources too: freed here, on the way out,
            // they were the last 10 ms of a one-article rebuild.
            (builder.cache, builder.sourceCache) = (nil, nil)
            BackgroundRelease.release((consume leftovers, consume previousSources, consume previous))
            return report
        } catch {
            staging.discard()
            throw error
        }
    }

    /// The previous build's manifest and the source cache it left, read beside each other;
    /// the source cache only with a manifest. (In a function of its own, so that nothing
    /// but the caller holds them: `publish` frees them in the background.)
    private static func previousBuild(in output: URL) async -> (BuildManifest?, SourceCache?) {
        let path = output.appendingPathComponent(SourceCache.fileName).path
        async let sourceCache = RegularFile.read(path).map(SourceCache.decode)
        guard let previous = BuildManifest.load(from: output) else { return (nil, nil) }
        guard case let .success(decoded) = await sourceCache else { return (previous, nil) }
        return (previous, decoded)
    }

    /// What a build made on the way, for `BackgroundRelease`.
    private struct Leftovers: Sendable {
        var result: BuildResult
        var site: Site
        var fingerprints: [String: String]
        var reused: Set<String>
        var manifest: BuildManifest
    }

    private func build(
        _ request: Request, builder: SiteBuilder, staging: OutputWriter.Staging, templates: TemplateSet?, global: String,
        previous: BuildManifest?, staticFiles: [SiteFiles.Copy], diagnostics: [Diagnostic]
    ) async throws -> (Report, Leftovers?) {
        var builder = builder
        let progress = request.options.progress
        if let templates {
            builder.onCompiled = { index, article, skeleton in
                // A build that was interrupted (SIGINT, SIGTERM) stops at its next page.
                try Task.checkCancellation()
                let path = Route.file(for: article.relativeURL)
                try staging.prepareFolders(for: [path])
                try staging.write(OutputFile(path: path, page: PageRenderer.articlePage(index, article: article, site: skeleton, templates: templates)))
                progress?.pagesWritten.add(1, ordering: .relaxed)
            }
        }
        let result = try await builder.build()
        var all = DiagnosticSet(diagnostics) + result.diagnostics
        if request.options.strict { all = all.escalatingWarnings() }
        var report = Report(
            diagnostics: all, fileCount: result.fileCount, articleCount: result.site.articles.count,
            outputFileCount: 0, excluded: result.excluded, wroteOutput: false)
        report.unreadFileCount = result.unreadFileCount
        guard !all.hasErrors, let templates else { return (report, nil) }

        // The cache of sources for the next build is encoded and staged beside the rest
        // of the work (it was a serial 20 ms at the end of a 10,000-article build);
        // written at once, its 8 MB are not held while the pages are made.
        let sourceCache = result.sourceCache
        async let sourceCacheStaged: Void = staging.write(OutputFile(path: SourceCache.fileName, bytes: sourceCache.encoded()))
        // The records, most of the manifest, likewise (see `BuildManifest.EncodedArticles`).
        let records = result.records
        async let encodedArticles = BuildManifest.encode(articles: records)
        var site = result.site
        // What the build will write, and whether two outputs collide, is worked out
        // beside everything up to the pages: it reads URLs, dates and assets, which
        // compiling stubs does not change. (Started after the feeds, it was the longest
        // wait of a one-article rebuild.)
        let planned = site
        async let plan = Self.plan(planned, templates: templates, staticFiles: staticFiles, request: request)
        let written = Set(site.articles.filter { $0.pageWritten }.map { Route.file(for: $0.relativeURL) })
        let fingerprints = await OutputFingerprints.compute(site, global: global, concurrency: request.options.concurrency)
        let reused = await Self.reusableOutputs(
            fingerprints, previous: previous, output: request.outputDirectory, concurrency: request.options.concurrency
        ).subtracting(written)
        // Pages not to render: kept from the previous output, or written while compiling.
        // (A full build reuses nothing: no union of 10,000 paths, on one core.)
        let skipped = reused.isEmpty ? written : reused.union(written)
        site = try await Self.compileStubs(in: site, for: skipped, result: result, concurrency: request.options.concurrency)
        // The plan read the site before its stubs were compiled; a stub is kept only while
        // its record's key matches, so compiling it changes nothing the plan reads.
        assert(zip(planned.articles, site.articles).allSatisfy {
            $0.relativeURL == $1.relativeURL && $0.assets == $1.assets && $0.latestDate == $1.latestDate
                && $0.frontMatter.heroImage == $1.frontMatter.heroImage && $0.redirects == $1.redirects
        }, "compiling a stub changed what the output plan read")
        report.compiledArticleCount = site.articles.count - site.articles.count { $0.isStub }
        try await FeedRenderer.render(site, skip: reused, concurrency: request.options.concurrency) { feed in
            try staging.prepareFolders(for: [feed.path])
            try staging.write(feed)
        }
        var (generated, copies, pagePaths, feedPaths, paths, collisions) = try await plan
        guard collisions.isEmpty else {
            report.diagnostics = report.diagnostics + DiagnosticSet(collisions)
            return (report, nil)
        }
        let files = Set(paths).union([SourceCache.fileName])
        let manifest = BuildManifest(
            global: global, articles: result.records, outputs: fingerprints, files: Array(files), related: site.related)
        // Encoding the manifest overlaps the writing.
        let articlesEncoded = await encodedArticles
        async let encodedManifest = manifest.encoded(articles: articlesEncoded)
        // A rebuild that keeps most of the previous output stages only the files that
        // change and moves them in place; otherwise the staging folder gets every file,
        // the unchanged ones hard-linked from the previous output, and replaces it whole.
        let changed = reused.isEmpty ? paths : paths.filter { !reused.contains($0) }
        let removing = previous.map { previous in previous.files.filter { !files.contains($0) } } ?? []
        let patchable = staging.turn != nil && previous?.files.isEmpty == false && 2 * reused.count >= files.count
            && !OutputPatch.clash(placing: changed, removing: removing)
        let staged = patchable ? changed : paths
        try await staging.prepareFolders(for: staged, concurrency: request.options.concurrency)
        if !patchable {
            try await Self.link(reused, from: request.outputDirectory, into: staging, concurrency: request.options.concurrency)
        }
        var pages = PageRenderer(templates: templates, concurrency: request.options.concurrency)
        pages.skip = skipped
        try await pages.render(site) { file in
            try Task.checkCancellation()
            try staging.write(file)
            progress?.pagesWritten.add(1, ordering: .relaxed)
        }
        for file in generated { try staging.write(file) }
        generated.removeAll()
        for copy in copies {
            try Task.checkCancellation()
            try staging.copy(copy.source, to: copy.path)
        }
        try await sourceCacheStaged
        // The last moment to stop: from here the output is replaced or patched whole.
        try Task.checkCancellation()
        if patchable {
            if try !staging.patch(files: staged + [SourceCache.fileName], removing: removing, manifest: await encodedManifest) {
                // The patch was undone: replace the output whole after all.
                try await staging.prepareFolders(for: reused, concurrency: request.options.concurrency)
                try await Self.link(reused, from: request.outputDirectory, into: staging, concurrency: request.options.concurrency)
                try staging.commit(manifest: await encodedManifest)
            }
        } else {
            try staging.commit(manifest: await encodedManifest)
        }
        report.reusedOutputCount = reused.count
        report.pageCount = pagePaths.count
        report.feedCount = feedPaths.count
        report.outputFileCount = paths.count
        report.wroteOutput = true
        return (report, Leftovers(result: result, site: site, fingerprints: fingerprints, reused: reused, manifest: manifest))
    }

    /// The generated files (sitemap, theme assets), the files to copy, the paths of
    /// every output, and the diagnostics for outputs that would land on one path.
    private static func plan(
        _ site: Site, templates: TemplateSet, staticFiles: [SiteFiles.Copy], request: Request
    ) async throws -> (
        generated: [OutputFile], copies: [SiteFiles.Copy], pagePaths: [String], feedPaths: [String], paths: [String],
        collisions: [Diagnostic]
    ) {
        // The sitemap (an entry per page) is rendered beside the collision check: in a
        // one-article rebuild the two were 40 ms with one core idle.
        async let sitemap = SitemapRenderer.render(site)
        let paths = OutputPaths(
            site: site, templates: templates, staticFiles: staticFiles,
            contentDirectory: request.contentDirectory, contentDisplayPath: request.contentDisplayPath)
        let generated = try await sitemap + templates.assets
        assert(generated.map(\.path) == paths.generatedPaths)
        return (generated, paths.copies, paths.pagePaths, paths.feedPaths, paths.all, paths.collisions)
    }

    /// Everything every output depends on: pubgen's version, the configuration, the
    /// templates and the options that decide what is published.
    static func globalFingerprint(configuration: SiteConfiguration, templates: TemplateSet?, options: BuildOptions) -> String {
        var fingerprint = Fingerprint()
        fingerprint.combine(PubgenVersion.current)
        fingerprint.combine(PubgenVersion.buildIdentifier)
        let c = configuration
        for field in [c.title, c.description, c.baseURL ?? "", c.language, c.author, c.timeZone.identifier, "\(c.feedLimit)",
                      "\(c.unsafeHTML)", "\(c.smartPunctuation)", "\(c.paginate)", "\(c.highlight)", c.theme ?? "",
                      c.permalink?.pattern ?? ""] {
            fingerprint.combine(field)
        }
        fingerprint.combine(templates?.fingerprint ?? "")
        fingerprint.combine("\(options.includeDrafts) \(options.includeFuture)")
        return fingerprint.hex
    }

    /// Outputs whose fingerprint matches the previous build's and whose file still exists.
    static func reusableOutputs(
        _ fingerprints: [String: String], previous: BuildManifest?, output: URL, concurrency: Int = 1
    ) async -> Set<String> {
        guard let previous else { return [] }
        let unchanged = fingerprints.compactMap { path, fingerprint in previous.outputs[path] == fingerprint ? path : nil }
        // One `stat` each, 13,000 at 10,000 articles: in parallel runs, from the open folder.
        guard let folder = OpenFolder(output.path) else { return [] }
        let existing = await unchanged.chunked(into: 4 * concurrency).concurrentMap(width: concurrency) { paths in
            paths.filter { path in
                var status = stat()
                return fstatat(folder.descriptor, path, &status, 0) == 0
            }
        }
        return Set(existing.joined())
    }

    /// Hard-links the previous output's `paths` into the staging folder, on all cores.
    static func link(_ paths: Set<String>, from output: URL, into staging: OutputWriter.Staging, concurrency: Int) async throws {
        let previousOutput = output.path
        _ = try await paths.sorted().chunked(into: 4 * concurrency).concurrentMap(width: concurrency) { paths in
            for path in paths { try staging.link(previousOutput: previousOutput, path) }
        }
    }

    /// Compiles the cached (stub) articles whose body some output that is not reused needs.
    static func compileStubs(in site: Site, for reused: Set<String>, result: BuildResult, concurrency: Int) async throws -> Site {
        // A build that read every file has no stubs: no path to make per article.
        guard site.articles.contains(where: { $0.isStub }) else { return site }
        var needed = FeedRenderer.articlesNeeded(site, skip: reused)
        for index in site.articles.indices where !reused.contains(Route.file(for: site.articles[index].relativeURL)) {
            needed.insert(index)
        }
        let stubs = needed.filter { site.articles[$0].isStub }.sorted()
        guard !stubs.isEmpty else { return site }
        let compiler = result.compiler
        let sources = stubs.map { result.stubSources[site.articles[$0].source.relativePath] }
        let compiled = try await Array(zip(stubs, sources)).concurrentMap(width: concurrency) { index, source -> (Int, Article?) in
            guard var source else { return (index, nil) }
            try ArticleLoader.readBody(of: &source)
            var (article, _) = compiler.compile(source)
            article.cacheKey = site.articles[index].cacheKey
            article.source.contents = ""
            return (index, article)
        }
        var site = site
        for (index, article) in compiled { if let article { site.articles[index] = article } }
        return site
    }
}
