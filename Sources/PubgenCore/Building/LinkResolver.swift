import Foundation
import PubgenDiagnostics

/// Turns links between Markdown files (`other.md#part`) into links between pages
/// (`../other-slug/#part`, relative to the linking page however deep it is), and
/// reports the ones that lead nowhere.
package struct LinkResolver: Sendable {
    /// Content-relative source path → URL path, for every article (published or not).
    private let slugs: [String: String]
    /// URL paths that are published in this build.
    private let published: Set<String>
    /// Content-relative paths of Markdown files that exist but did not load (they have
    /// errors of their own, reported at them).
    private let failing: Set<String>

    /// - Parameter published: The URL paths (`ArticleSource.path`) of published articles.
    package init(sources: [ArticleSource], published: Set<String>, failing: Set<String> = []) {
        var slugs: [String: String] = [:]
        slugs.reserveCapacity(sources.count)  // grown step by step, it rehashed 10,000 paths a dozen times
        for source in sources { slugs[source.file.relativePath] = source.path }
        self.slugs = slugs
        self.published = published
        self.failing = failing
    }

    package enum Resolution: Equatable, Sendable {
        /// Not a link to a Markdown file: leave it alone.
        case external
        /// A link to a published article, rewritten relative to the linking article's page;
        /// `slug` is the target's URL path.
        case article(url: String, slug: String, fragment: String?)
        /// A link to an article that this build leaves out (draft or future).
        case unpublished(url: String, slug: String)
        /// A link to a Markdown file that does not exist.
        case missing(path: String)
        /// A link to a Markdown file that exists but did not load: its own errors say why.
        case failing(path: String)
    }

    /// Where links are resolved from: an article's file, with what every link from it
    /// needs (its folders, and its page's way back to the root), worked out once.
    package struct Origin: Sendable {
        let relativePath: String
        let folders: [String]
        let root: String
    }

    /// The origin of links in the file at `relativePath`.
    package func origin(_ relativePath: String) -> Origin {
        Origin(
            relativePath: relativePath, folders: AssetResolver.folders(of: relativePath),
            root: slugs[relativePath].map { Route.root(for: $0 + "/") } ?? "../")
    }

    /// Resolves `destination` as written in the file at `relativePath`.
    package func resolve(_ destination: String, from relativePath: String) -> Resolution {
        resolve(destination, from: origin(relativePath))
    }

    /// The same from an origin made once for all of a file's links (splitting its path
    /// and looking its page up for every link was a fifth of what links cost).
    package func resolve(_ destination: String, from origin: Origin) -> Resolution {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"),
              !Self.hasScheme(destination) else { return .external }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(ofASCII: UInt8(ascii: "#")) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(ofASCII: UInt8(ascii: "?")) { path = String(path[..<query]) }
        // Foundation's decoding is a measurable cost per link; without a `%` it is the identity.
        var decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        guard ContentPlacement.isMarkdown(decoded) else { return .external }
        // Zola's `@/blog/b.md` starts at the content folder, like `/blog/b.md`.
        if decoded.hasPrefix("@/") { decoded.removeFirst() }
        let base = decoded.hasPrefix("/") ? [] : origin.folders
        guard let target = AssetResolver.normalize(decoded, base: base) else { return .missing(path: decoded) }
        guard let slug = slugs[target] else { return failing.contains(target) ? .failing(path: target) : .missing(path: target) }
        let url = "\(origin.root)\(slug)/" + (fragment.map { "#\($0)" } ?? "")
        return published.contains(slug) ? .article(url: url, slug: slug, fragment: fragment) : .unpublished(url: url, slug: slug)
    }

    /// Whether the URL starts with a scheme (`https:`, `mailto:`): letters, digits, `+`,
    /// `-` or `.` before the first colon. Every link of every article asks, so ASCII
    /// schemes are checked on bytes; Unicode letters count too, as they always have.
    static func hasScheme(_ url: String) -> Bool {
        // ASCII up to and just after the colon (nearly every URL): decided on bytes,
        // read in place (the UTF-8 view's iterator cost 600 instructions a link).
        var url = url
        let decided = url.withUTF8 { bytes -> Bool? in
            for (length, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ":") {
                    guard length + 1 == bytes.count || bytes[length + 1] < 0x80 else { return nil }
                    return length > 0
                }
                guard byte < 0x80 else { return nil }
                let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                // Not a scheme's: nor is it by the character rule (an ASCII byte starts a
                // character of its own, and only a letter or digit starts a valid one).
                guard isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else {
                    return false
                }
            }
            return false
        }
        return decided ?? hasSchemeByCharacters(url)
    }

    /// The general rule, by `Character` (a letter may carry combining marks).
    private static func hasSchemeByCharacters(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && !scheme.contains("/")
    }

}
