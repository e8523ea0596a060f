/// Where each generated page lives. Every page is `<url>index.html` and is linked as
/// `<url>`; pages find the site root by climbing one folder per path component, so a
/// site works on any host path and when opened from disk.
package enum Route {
    /// The `n`-th page (1-based) of a paginated list at `base` (`""` or `tags/x/`).
    package static func page(_ number: Int, of base: String) -> String {
        number <= 1 ? base : "\(base)page/\(number)/"
    }

    package static func tag(_ slug: String) -> String { "tags/\(slug)/" }
    package static let tags = "tags/"

    /// The file that holds the page at `url`.
    package static func file(for url: String) -> String { url + "index.html" }

    /// The relative path from the page at `url` to the site root: `""`, `"../"`, `"../../"`…
    package static func root(for url: String) -> String {
        // Its non-empty components counted on the bytes (a `/` is never part of a larger
        // character in UTF-8): splitting it by characters, for every page and every
        // article's links, was most of a percent of a build.
        var count = 0
        var inComponent = false
        for byte in url.utf8 {
            if byte == UInt8(ascii: "/") {
                inComponent = false
            } else if !inComponent {
                inComponent = true
                count += 1
            }
        }
        return String(repeating: "../", count: count)
    }

    /// Folders the generator itself writes; an article may not take these slugs.
    package static let reservedSlugs: Set<String> = ["tags", "page"]
}

/// Splits a list into pages of `size` items (all on one page when `size` is 0).
package struct Paginator: Sendable {
    package var size: Int

    package init(size: Int) { self.size = size }

    package func pages(_ count: Int) -> [Range<Int>] {
        guard size > 0, count > size else { return [0..<count] }
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
