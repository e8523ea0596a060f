import Foundation
import PubgenDiagnostics
import PubgenMarkdown

/// What a build (or a lint) found: the site, if it can be published, and every diagnostic.
package struct BuildResult: Sendable {
    package var site: Site
    package var diagnostics: DiagnosticSet
    /// How many Markdown files the content folder holds (read, or restored by stamp).
    package var fileCount: Int
    /// How many of them were restored from the source cache by their stamp, unread.
    package var unreadFileCount = 0
    /// Articles left out on purpose, by reason.
    package var excluded: [ArticleSource.Exclusion: Int]
    /// Every article that loaded, published or not (lint checks them all; a build,
    /// which does not retain sources, leaves this empty).
    package var sources: [ArticleSource]
    /// Every Markdown file that could be read, loaded or not (lint scans their text).
    package var files: [SourceFile]
    /// Compiles the articles that were taken from the cache as stubs, when a page needs their body.
    package var compiler: ArticleCompiler
    /// The sources of stub articles, by content-relative path.
    package var stubSources: [String: ArticleSource] = [:]
    /// The cache records of every published article, for the next build's manifest.
    package var records: [String: BuildManifest.ArticleRecord] = [:]
    /// What this build read from every article's file, for the next build.
    package var sourceCache = SourceCache(global: "", entries: [:])
}

/// Content folder → `Site`: scan, read front matter, render Markdown, check.
///
/// Pure with respect to the output: nothing here writes a file, so `lint` runs the
/// very same code as `build` and the two can never disagree about what is an error.
package struct SiteBuilder: Sendable {
    package var contentDirectory: URL
    /// How diagnostics name the content folder (as the user typed it).
    package var contentDisplayPath: String
    package var configuration: SiteConfiguration
    package var options: BuildOptions
    package var quotingSeverity: Diagnostic.Severity
    /// A previous build's manifest whose article records may be reused.
    package var cache: BuildManifest?
    /// What a previous build read from each file, reused for files whose bytes are the same.
    package var sourceCache: SourceCache?
    /// The fingerprint of configuration, templates and options (see `BuildManifest`).
    package var global = ""
    /// Paths of the files in `static/`, which articles may link to (`/…`).
    package var staticPaths: [String] = []
    /// Called for each article soon after it is compiled, with its index in the site and
    /// the site's skeleton (every article's front matter, in order), so a build can write
    /// the article's page then; the body HTML is released unless a feed needs it, so a
    /// 10,000-article build never holds every body. The call may come on another
    /// article's task, while that one waits for the parser, and its error may be thrown
    /// by a later article's (see `PendingPages`); every call is made before `build` returns.
    package var onCompiled: (@Sendable (Int, Article, Site) throws -> Void)?
    /// Count the words of articles that state their `read_time` too (see
    /// `ArticleCompiler.countsAllWords`): a build with the built-in templates alone
    /// turns it off.
    package var countsAllWords = true
    /// The content folder as `ContentScanner.scan` found it, when the caller scanned it
    /// beside other work; `build` scans it itself otherwise.
    package var scanned: (entries: [ContentScanner.Entry], otherFiles: [String], diagnostics: [Diagnostic])?

    package init(contentDirectory: URL, contentDisplayPath: String, configuration: SiteConfiguration,
                 options: BuildOptions, quotingSeverity: Diagnostic.Severity = .warning) {
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.configuration = configuration
        self.options = options
        self.quotingSeverity = quotingSeverity
    }

    /// One article after compiling: the article, its diagnostics, its cache record and
    /// its position among the publishable sources. A struct, as `Loaded` is.
    private struct Compiled: Sendable {
        var article: Article
        var diagnostics: [Diagnostic]
        var record: BuildManifest.ArticleRecord
        var position: Int
    }

    /// One Markdown file after reading: the file, its article if it loaded, every
    /// diagnostic, and what the next build may reuse.
    ///
    /// A struct, not a tuple: reading one field of a 300-byte tuple in an array copied
    /// the whole tuple first, through the runtime's generic copy (13 ms of a 10,000-article
    /// build's serial start, for five fields).
    private struct Loaded: Sendable {
        var file: SourceFile
        var source: ArticleSource?
        var diagnostics: [Diagnostic]
        var cacheEntry: SourceCache.Item?
        /// Whether the file was read (not restored unread by its stamp).
        var wasRead = true
    }

    /// - Throws: `PubgenError` when the content folder cannot be read.
    package func build() async throws -> BuildResult {
        let (scanned, otherFiles, scanDiagnostics) = try self.scanned ?? ContentScanner.scan(contentDirectory, displayPath: contentDisplayPath)
        let entries = scanned.filter { !$0.isSectionIndex }
        let parser = FrontMatterParser(quotingSeverity: quotingSeverity, timeZone: configuration.timeZone)
        let loader = ArticleLoader(parser: parser, permalink: configuration.permalink)
        let displayRoot = contentDisplayPath
        let retain = options.retainSources
        let progress = options.progress
        progress?.articlesFound.store(entries.count, ordering: .relaxed)
        // What the previous build read, for the files whose bytes are the same.
        let cachedSources = sourceCache?.global == global ? sourceCache : nil
        let started = FileStamp.Instant.now
        // Articles are stamped and opened (twice) from the open folder (see `OpenFolder`);
        // section indexes, and stubs compiled later for a feed, are read by their path.
        guard let folder = OpenFolder(contentDirectory.path) else {
            throw PubgenError.cannotRead(path: contentDisplayPath, reason: "cannot open the folder")
        }
        var loaded = try await entries.concurrentMap(width: options.concurrency) { entry -> Loaded in
            try Task.checkCancellation()  // an interrupted build stops reading
            let displayPath = ContentScanner.join(displayRoot, entry.relativePath)
            let cached = cachedSources?.entry(entry.relativePath)
            // A file with the stamp it was read with last time is not read at all (lint
            // reads every file: it checks their text).
            if !retain, let cached, let stamp = cached.stamp, FileStamp.current(entry.relativePath, in: folder.descriptor) == stamp {
                let file = SourceFile(displayPath: displayPath, relativePath: entry.relativePath, filePath: entry.filePath, contents: "")
                let (source, diagnostics) = loader.restoreUnread(file, from: cached)
                progress?.articlesRead.add(1, ordering: .relaxed)
                let cacheEntry = Self.isCached(source, relativePath: entry.relativePath, options: options)
                    ? cachedSources?.storedItem(entry.relativePath) : nil
                return Loaded(file: file, source: source, diagnostics: diagnostics, cacheEntry: cacheEntry, wasRead: false)
            }
            var (file, encodingDiagnostics) = try SourceFile.load(
                filePath: entry.filePath, relativePath: entry.relativePath, displayPath: displayPath, in: folder)
            let contentHash = Fingerprint.of(file.contents)
            var (source, diagnostics): (ArticleSource?, [Diagnostic])
            var reused: SourceCache.Item?
            if let cached, let restored = loader.restore(file, contentHash: contentHash, from: cached) {
                (source, diagnostics) = restored
                // Its bytes as stored, unless the stamp they hold is out of date.
                if cached.stamp == file.stamp { reused = cachedSources?.storedItem(entry.relativePath) }
            } else {
                (source, diagnostics) = loader.load(file, contentHash: contentHash)
            }
            // Next time the file need not be read if it had settled before this build
            // began and read without an encoding diagnostic (those are not cached).
            let stamp = encodingDiagnostics.isEmpty ? file.stamp.flatMap { $0.isSettled(before: started) ? $0 : nil } : nil
            let cacheEntry = source.flatMap { source -> SourceCache.Item? in
                guard Self.isCached(source, relativePath: entry.relativePath, options: options) else { return nil }
                return reused ?? .encoding(SourceCache.Entry(source, diagnostics: diagnostics, stamp: stamp))
            }
            if !retain {
                // A build lets go of the file's bytes here and reads the body again to
                // compile it (`ArticleLoader.readBody`, which checks they are the same):
                // held from here until compiling, every body was in memory at once, 90 MB
                // of 10,000 articles and the build's peak. (Cleared while this task holds
                // the only reference to the source: later, with the source in several
                // arrays, it would copy every source.)
                file.contents = ""
                source?.file.contents = ""
                source?.body = ""
                source?.bodyIsUnread = true
            }
            progress?.articlesRead.add(1, ordering: .relaxed)
            return Loaded(file: file, source: source, diagnostics: encodingDiagnostics + diagnostics, cacheEntry: cacheEntry)
        }
        // Everything the build takes from the loaded files, in one pass over them: each
        // pass (a `compactMap(\.1)`, a `count`, a `filter`…) copied every whole item or
        // waited on memory for it, 10,000 times, with the other core idle.
        var newCacheItems: [String: SourceCache.Item] = [:]
        newCacheItems.reserveCapacity(loaded.count)
        var unreadFileCount = 0
        var diagnostics = scanDiagnostics
        var sources: [ArticleSource] = []
        sources.reserveCapacity(loaded.count)
        var failing: Set<String> = []
        var excluded: [ArticleSource.Exclusion: Int] = [:]
        var publishable: [ArticleSource] = []
        publishable.reserveCapacity(loaded.count)
        for index in loaded.indices {
            diagnostics += loaded[index].diagnostics
            if let item = loaded[index].cacheEntry, case let path = loaded[index].file.relativePath,
               newCacheItems.index(forKey: path) == nil {
                newCacheItems[path] = item
            }
            guard let source = loaded[index].source else {
                failing.insert(entries[index].relativePath)
                continue
            }
            if !loaded[index].wasRead { unreadFileCount += 1 }
            sources.append(source)
            if let reason = source.exclusion(options: options) {
                excluded[reason, default: 0] += 1
            } else {
                publishable.append(source)
            }
        }
        let newSourceCache = SourceCache(global: global, items: newCacheItems)
        var sectionIndexes: [SectionIndex] = []
        for entry in scanned where entry.isSectionIndex {
            let displayPath = ContentScanner.join(displayRoot, entry.relativePath)
            let (file, encodingDiagnostics) = try SourceFile.load(filePath: entry.filePath, relativePath: entry.relativePath, displayPath: displayPath)
            let (index, indexDiagnostics) = SectionIndex.load(file, parser: parser)
            diagnostics += encodingDiagnostics + indexDiagnostics
            if let index { sectionIndexes.append(index) }
        }

        // The site-wide checks need nothing the skeleton does: they run beside it.
        let (checked, indexes, paginate) = (publishable, sectionIndexes, configuration.paginate)
        async let siteChecks = SiteChecks.duplicatePaths(in: checked, sectionIndexes: indexes, paginate: paginate)
            + SiteChecks.reservedSlugs(in: checked, sectionIndexes: indexes) + SiteChecks.tagsSharingAPage(in: checked)
        let files = retain ? loaded.map(\.file) : []
        // Done with: freeing its 10,000 items took 6 ms before compiling could start, so a
        // background thread does it.
        BackgroundRelease.release(consume loaded)
        loaded = []
        // The published paths once, for the resolver and the shape; both are made beside
        // each other, on the way to compiling with the other core idle.
        let publishedPaths = Set(publishable.map { $0.path })
        let loadedSources = sources
        async let shapeTask = Self.shapeFingerprint(
            sources: loadedSources, publishedPaths: publishedPaths,
            files: otherFiles + staticPaths.map { "/" + $0 } + sectionIndexes.map { "_index:" + $0.path }, global: global)
        let resolver = LinkResolver(sources: sources, published: publishedPaths, failing: failing)
        let assets = AssetResolver(
            contentDirectory: contentDirectory,
            staticDirectory: SiteLocations(content: contentDirectory, contentDisplayPath: contentDisplayPath).staticDirectory)
        let renderer = MarkdownRenderer(options: MarkdownOptions(
            smartPunctuation: configuration.smartPunctuation, unsafeHTML: configuration.unsafeHTML, highlight: configuration.highlight))
        let compiler = ArticleCompiler(renderer: renderer, resolver: resolver, assets: assets, countsAllWords: countsAllWords || retain)
        let shape = await shapeTask
        let cached = cache?.global == global ? cache?.articles ?? [:] : [:]
        let keys = publishable.map { Fingerprint.of(shape, $0.contentHash) }
        // The site in its final order before any Markdown is compiled: pages need their
        // neighbours' and related articles' titles, which front matter already gives.
        // Made in parallel: one after another, 10,000 stubs were 20 ms of a one-article
        // rebuild with the other core idle.
        let skeletonArticles = await Array(publishable.indices).concurrentMap(width: options.concurrency) { [publishable] index in
            let (source, key) = (publishable[index], keys[index])
            if let record = cached[source.file.relativePath], record.key == key { return Article(stubOf: source, record: record) }
            return Article(skeletonOf: source, key: key)
        }
        let skeleton = Site(
            configuration: configuration, articles: skeletonArticles, sectionIndexes: sectionIndexes, previousRelated: cache?.related)
        let sourceIndex = Dictionary(uniqueKeysWithValues: publishable.indices.map { (publishable[$0].file.relativePath, $0) })
        let onCompiled = self.onCompiled
        if !retain { sources = [] }  // Only lint reads them after this point.
        let siteProblems = await siteChecks
        diagnostics += siteProblems
        // Two pages for one file make the build fail; writing both as they are compiled
        // would race for the file and end the build on a bare "File exists" instead.
        let writesPages = !siteProblems.contains { $0.severity == .error }
        let publishableSources = publishable
        let feedArticles = FeedRenderer.articlesNeeded(skeleton, skip: [])
        let pendingPages = PendingPages(limit: options.concurrency)
        let compiled = try await Array(skeleton.articles.indices).concurrentMap(width: options.concurrency) { siteIndex -> Compiled in
            let position = sourceIndex[skeleton.articles[siteIndex].source.relativePath]!
            var source = publishableSources[position]
            defer { progress?.articlesCompiled.add(1, ordering: .relaxed) }
            if skeleton.articles[siteIndex].isStub, let record = cached[source.file.relativePath] {
                return Compiled(article: skeleton.articles[siteIndex], diagnostics: record.diagnostics, record: record, position: position)
            }
            try ArticleLoader.readBody(of: &source, in: folder)
            var (article, diagnostics) = compiler.compile(source, whileParserBusy: pendingPages.writeOne)
            article.cacheKey = keys[position]
            if !retain { article.source.contents = "" }
            let record = BuildManifest.ArticleRecord(article, key: keys[position], diagnostics: diagnostics)
            if let onCompiled, writesPages {
                // Written by the first thread with a moment to spare (see `PendingPages`).
                let compiledArticle = article
                try pendingPages.add { try onCompiled(siteIndex, compiledArticle, skeleton) }
                article.pageWritten = true
                if !feedArticles.contains(siteIndex) { article.body.html = "" }
                // The page's write has its own copy: what only the page (and lint, which
                // writes none) reads goes from this one, so 10,000 compiled articles stay
                // small until the end.
                article.body.releaseOutline()
            }
            return Compiled(article: article, diagnostics: diagnostics, record: record, position: position)
        }
        try pendingPages.finish()
        for index in compiled.indices { diagnostics += compiled[index].diagnostics }
        // Compiling changes no article's date, URL, section or tags, so the skeleton's
        // order, tags, sections and related articles hold: only the articles are new.
        var site = skeleton
        site.articles = compiled.map(\.article)
        assert(zip(site.articles, skeleton.articles).allSatisfy { $0.path == $1.path && $0.date == $1.date })
        var result = BuildResult(
            site: site, diagnostics: DiagnosticSet(diagnostics), fileCount: entries.count, excluded: excluded,
            sources: sources, files: files, compiler: compiler)
        result.sourceCache = newSourceCache
        result.unreadFileCount = unreadFileCount
        // By index, and both tables sized once: a copy of each compiled item and the
        // stub table's growth were most of a one-article rebuild's 15 ms here, on one core.
        var stubCount = 0
        for index in compiled.indices where compiled[index].article.isStub { stubCount += 1 }
        result.records.reserveCapacity(compiled.count)
        result.stubSources.reserveCapacity(stubCount)
        for index in compiled.indices {
            let position = compiled[index].position
            let path = publishable[position].file.relativePath
            result.records[path] = compiled[index].record
            if compiled[index].article.isStub {
                // Compiling it later (for a feed) reads its body.
                result.stubSources[path] = publishable[position]
            }
        }
        // The skeleton's 10,000 articles and the sources are not needed past here: freed
        // on return, they held up the pages written at the end by 6 ms, on one core.
        BackgroundRelease.release((consume skeleton, consume skeletonArticles, consume publishable, consume publishableSources))
        return result
    }

    /// Whether the source cache keeps an article. It sits in the output folder, which may
    /// be uploaded whole: it keeps published articles only, never a draft's or a future
    /// article's front matter. (An undated Jekyll draft also takes its file's modification
    /// time, which its bytes do not fix.)
    static func isCached(_ source: ArticleSource, relativePath: String, options: BuildOptions) -> Bool {
        source.exclusion(options: options) == nil && !ContentPlacement(relativePath: relativePath).isInDrafts
    }

    /// What every article's compiled result depends on besides its own text: which
    /// articles exist under which URL path (links between them) and which other files the
    /// content folder holds (links to them), plus the global fingerprint.
    /// Section indexes change section pages only, which are always rendered; their
    /// paths still go into `files`, as a new section can take an article's URL.
    static func shapeFingerprint(sources: [ArticleSource], publishedPaths: Set<String>, files: [String], global: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.combine(global)
        for file in files { fingerprint.combine(file) }
        for source in sources {
            fingerprint.combine(source.file.relativePath)
            fingerprint.combine(source.path)
            fingerprint.combine(publishedPaths.contains(source.path) ? "1" : "0")
        }
        return fingerprint.hex
    }
}

