import Foundation
import PubgenDiagnostics

/// Checks that need every article at once.
package enum SiteChecks {
    package static let duplicateSlugRule = "slug.duplicate"

    /// Folders the generator's own pages use (`tags`, `page`): no article, redirect or
    /// section page (`content/tags/_index.md`) may start its URL there.
    package static func reservedSlugs(in sources: [ArticleSource], sectionIndexes: [SectionIndex] = []) -> [Diagnostic] {
        func isReserved(_ path: String) -> Bool { Route.reservedSlugs.contains(String(path.prefix { $0 != "/" })) }
        var diagnostics: [Diagnostic] = []
        for source in sources {
            let fallback = SourceLocation(path: source.file.displayPath, line: 1, column: 1)
            if isReserved(source.path) {
                let what = source.path == source.slug ? "slug '\(source.slug)'" : "path '\(source.path)'"
                diagnostics.append(.error(
                    "\(what) is reserved for pubgen's own pages; choose another '\(source.path == source.slug ? "slug" : "path")'",
                    rule: duplicateSlugRule,
                    at: source.frontMatter.locations[FrontMatterKey.path] ?? source.frontMatter.locations[FrontMatterKey.slug] ?? fallback))
            }
            for redirect in source.redirects where isReserved(redirect.file) {
                diagnostics.append(.error(
                    "the old URL '\(redirect.file)' is inside a folder pubgen's own pages use (tags/, page/); it cannot be a redirect",
                    rule: duplicateSlugRule, at: redirect.location ?? fallback))
            }
        }
        for index in sectionIndexes where !index.path.isEmpty && isReserved(index.path) {
            let folder = String(index.path.prefix { $0 != "/" })
            diagnostics.append(.error(
                "the section page '\(index.path)/index.html' of '\(index.location.path)' is inside '\(folder)/', which pubgen's own \(folder == "tags" ? "tag pages" : "list pages") use; rename the folder",
                rule: duplicateSlugRule, at: index.location))
        }
        return diagnostics
    }

    /// Tags that differ but get one tag page: a tag's URL keeps only letters and digits,
    /// so `C`, `C++` and `C#` are all tags/c/, and a developer's blog lost two of its tags
    /// without a word. A warning where another spelling first appears; case alone does
    /// not count (`Python` and `python` are one tag on purpose).
    package static func tagsSharingAPage(in sources: [ArticleSource]) -> [Diagnostic] {
        var firstSpelling: [String: String] = [:]
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            for (tag, slug) in zip(source.frontMatter.tags, source.frontMatter.tagSlugs) where !slug.isEmpty {
                guard let first = firstSpelling[slug] else {
                    firstSpelling[slug] = tag
                    continue
                }
                // Nearly every tag is spelt as it was first: equal strings need no case folding.
                guard first != tag, first.lowercased() != tag.lowercased(), reported.insert(tag.lowercased()).inserted else { continue }
                diagnostics.append(.warning(
                    "tag '\(tag)' gets the same page as '\(first)', tags/\(slug)/ (a tag's URL keeps only letters and digits); rename one if they are different topics",
                    rule: "front-matter.tag", at: source.frontMatter.locations[FrontMatterKey.tags]))
            }
        }
        return diagnostics
    }

    /// Files at the top of the output that pubgen itself writes.
    static let generatedFiles = [
        "index.html", "404.html", FeedRenderer.rssPath, FeedRenderer.atomPath, FeedRenderer.jsonPath,
        SitemapRenderer.path, "robots.txt",
    ] + DefaultTheme.assets.map(\.name)

    /// Two pages that would be written to the same file: articles, their redirects
    /// (`aliases`) and section pages, each page of them (`posts/page/2/`, with
    /// `paginate` articles a page). An error at each, naming the others. Paths are
    /// compared after Unicode normalisation and case folding (case-insensitive disks).
    package static func duplicatePaths(
        in sources: [ArticleSource], sectionIndexes: [SectionIndex] = [], paginate: Int = 0
    ) -> [Diagnostic] {
        // Every claim in order, and the first claim of each file: an array per file was
        // 10,000 allocations (and as many frees) for the rare file claimed twice, a
        // twentieth of a one-article rebuild.
        var claims: [Claim] = []
        var firstClaims: [String: Int] = [:]
        var laterClaims: [Int: [Int]] = [:]
        func claim(_ claim: Claim) {
            let file = Self.comparable(claim.file)
            claims.append(claim)
            // One hash for a file claimed first (the common case), which takes the slot.
            if let first = firstClaims.updateValue(claims.count - 1, forKey: file) {
                firstClaims[file] = first
                laterClaims[first, default: []].append(claims.count - 1)
            }
        }
        var sections: [String: Int] = [:]
        for (index, source) in sources.enumerated() {
            claim(Claim(
                file: source.path + "/index.html", kind: .article(slug: source.slug, path: source.path), owner: source.file.displayPath,
                at: nil, article: index))
            for redirect in source.redirects {
                claim(Claim(file: redirect.file, kind: .redirect, owner: source.file.displayPath, at: redirect.location, article: index))
            }
            var prefix = ""
            for component in source.section.split(separator: "/") {
                prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
                sections[prefix, default: 0] += 1
            }
        }
        let described = Dictionary(sectionIndexes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in Set(sections.keys).union(sectionIndexes.map(\.path).filter { !$0.isEmpty }) {
            let index = described[path]
            let pages = Paginator(size: paginate).pages(sections[path] ?? 0).count
            for number in 1...max(1, pages) {
                let file = Route.file(for: Route.page(number, of: path + "/"))
                claim(Claim(file: file, kind: .section(path), owner: index?.location.path, at: index?.location))
            }
        }
        for file in generatedFiles where firstClaims[file] != nil {
            claim(Claim(file: file, kind: .generated, owner: nil, at: nil))
        }
        var diagnostics: [Diagnostic] = []
        for (first, later) in laterClaims.sorted(by: { $0.key < $1.key }) {
            let group = ([first] + later).map { claims[$0] }
            for (position, current) in group.enumerated() {
                guard let at = current.at ?? current.article.map({ Self.claimLocation(of: sources[$0]) }) else { continue }
                let others = group.enumerated().filter { $0.offset != position }.map(\.element)
                diagnostics.append(message(for: current, others: others, at: at))
            }
        }
        return diagnostics
    }

    /// Where an article claims its page: its `path`, `slug` or `title` key. Looked up
    /// only for a page claimed twice: a rebuild keeps front matter's locations encoded
    /// until a diagnostic needs them.
    static func claimLocation(of source: ArticleSource) -> SourceLocation {
        let locations = source.frontMatter.locations
        return locations[FrontMatterKey.path] ?? locations[FrontMatterKey.slug] ?? locations[FrontMatterKey.title]
            ?? SourceLocation(path: source.file.displayPath, line: 1, column: 1)
    }

    /// A file's name as a case-insensitive disk compares it: Unicode-normalised, lower case.
    /// Names in lower-case ASCII, nearly all of them, are returned as they are: Foundation's
    /// NFC of every path was a twentieth of a one-article rebuild, and lower-casing copies.
    static func comparable(_ file: String) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in file.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUpper = true }
        }
        guard isASCII else { return file.precomposedStringWithCanonicalMapping.lowercased() }
        return hasUpper ? file.lowercased() : file
    }

    /// One file a page would be written to, and what wants it.
    struct Claim {
        enum Kind {
            case article(slug: String, path: String)
            case redirect
            case section(String)
            case generated
        }

        var file: String
        var kind: Kind
        /// The file that asks for it (an article, an `_index.md`).
        var owner: String?
        var at: SourceLocation?
        /// The article that asks for it, which places the claim when `at` does not.
        var article: Int?

        var description: String {
            switch kind {
            case .article: "the article '\(owner ?? "")'"
            case .redirect: "a redirect (alias) of '\(owner ?? "")'"
            case let .section(path):
                (file.hasPrefix(path + "/page/") ? "a list page" : "the section page") + " of '\(path)'" + (owner.map { " ('\($0)')" } ?? "")
            case .generated: "pubgen's own '\(file)'"
            }
        }
    }

    /// The first few names and how many more: a hundred files with one slug must not
    /// print a hundred names in each of a hundred errors.
    static func listing(_ names: [String], limit: Int = 3) -> String {
        guard names.count > limit + 1 else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    static func message(for claim: Claim, others: [Claim], at: SourceLocation) -> Diagnostic {
        // Two articles with the same slug: the message pubgen always gave.
        if case let .article(slug, path) = claim.kind, slug == path, others.allSatisfy({
            if case let .article(otherSlug, otherPath) = $0.kind { return otherSlug == otherPath }
            return false
        }) {
            let names = listing(others.map { "'\($0.owner ?? "")'" })
            return .error(
                "slug '\(slug)' is also used by \(names); \(others.count == 1 ? "both" : "all \(others.count + 1)") would be written to \(slug)/index.html",
                rule: duplicateSlugRule, at: at, fix: "give one of them a different 'slug'")
        }
        let names = listing(others.map(\.description))
        return .error(
            "'\(claim.file)' would be written by \(others.count == 1 ? "both \(claim.description) and \(names)" : "\(claim.description) and by \(others.count) others (\(names))"); every URL can hold one page",
            rule: duplicateSlugRule, at: at, fix: "change one of the 'path', 'slug' or 'aliases' values")
    }
}
