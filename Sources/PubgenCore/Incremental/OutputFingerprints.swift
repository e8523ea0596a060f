/// The fingerprint of each output whose inputs can be named: article pages, list
/// pages and feeds. An output whose fingerprint matches the previous build's is kept
/// from the previous output (left in place, or hard-linked into a new tree) instead of
/// rendered again.
///
/// An article's `cacheKey` covers its text and everything its compiled form depends
/// on; a page's fingerprint combines the keys of every article it shows.
enum OutputFingerprints {
    /// Article pages are fingerprinted in parallel: done one after another, they were
    /// 25 ms of a one-article rebuild during which the other core waited.
    static func compute(_ site: Site, global: String, concurrency: Int) async -> [String: String] {
        let global = global + (site.tags.isEmpty ? ":no-tags" : ":tags")
        let articlePages = await Array(site.articles.indices).concurrentMap(width: concurrency) { index in
            (Route.file(for: site.articles[index].relativeURL), articlePage(site, index, global: global))
        }
        var result: [String: String] = [:]
        result.reserveCapacity(articlePages.count * 2)
        for (path, fingerprint) in articlePages { result[path] = fingerprint }
        list(site, base: "", indices: Array(site.articles.indices), label: "index", global: global, into: &result)
        for tag in site.tags {
            list(site, base: tag.relativeURL, indices: tag.articleIndices, label: "tag:\(tag.name)", global: global, into: &result)
        }
        let limit = site.configuration.feedLimit
        let newest = Array(site.articles.indices.prefix(limit))
        for path in [FeedRenderer.rssPath, FeedRenderer.atomPath, FeedRenderer.jsonPath] {
            result[path] = feed(site, path: path, indices: newest, global: global)
        }
        for tag in site.tags {
            let path = tag.relativeURL + FeedRenderer.rssPath
            result[path] = feed(site, path: path + tag.name, indices: Array(tag.articleIndices.prefix(limit)), global: global)
        }
        return result
    }

    private static func articlePage(_ site: Site, _ index: Int, global: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.combine(global)
        fingerprint.combine(site.articles[index].cacheKey)
        let (newer, older) = site.neighbours(of: index)
        fingerprint.combine(newer?.cacheKey ?? "-")
        fingerprint.combine(older?.cacheKey ?? "-")
        for related in site.related(to: index) { fingerprint.combine(related.cacheKey) }
        return fingerprint.hex
    }

    private static func list(_ site: Site, base: String, indices: [Int], label: String, global: String, into result: inout [String: String]) {
        let pages = Paginator(size: site.configuration.paginate).pages(indices.count)
        for (offset, range) in pages.enumerated() {
            var fingerprint = Fingerprint()
            fingerprint.combine(global)
            fingerprint.combine(label)
            fingerprint.combine(offset)
            fingerprint.combine(pages.count)
            fingerprint.combine(indices.count)
            for index in indices[range] { fingerprint.combine(site.articles[index].cacheKey) }
            result[Route.file(for: Route.page(offset + 1, of: base))] = fingerprint.hex
        }
    }

    private static func feed(_ site: Site, path: String, indices: [Int], global: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.combine(global)
        fingerprint.combine(path)
        for index in indices { fingerprint.combine(site.articles[index].cacheKey) }
        return fingerprint.hex
    }
}
