/// The tag slugs already met in one article's tags, so that a repeated tag counts once.
///
/// A list while it is short: an article has a handful of tags, and searching a few
/// strings is cheaper than building a set for every article (10,000 per build). Past
/// `listLimit` it turns into a set, so front matter with thousands of tags stays linear.
struct SeenTagSlugs {
    private static let listLimit = 32
    private var list: [String] = []
    private var set: Set<String>?

    /// Adds `slug`; false when it was already there.
    mutating func insert(_ slug: String) -> Bool {
        if set != nil { return set!.insert(slug).inserted }
        guard !list.contains(slug) else { return false }
        list.append(slug)
        if list.count > Self.listLimit {
            set = Set(list)
            list = []
        }
        return true
    }

    /// Empties it for the next article, keeping the list's storage.
    mutating func removeAll() {
        list.removeAll(keepingCapacity: true)
        set = nil
    }
}
