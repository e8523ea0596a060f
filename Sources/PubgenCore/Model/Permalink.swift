import Foundation

/// A site-relative URL path that content chose (`path`, `url`, `permalink`, `aliases`):
/// checked before anything is written there.
///
/// Such paths come from files pubgen did not write, so they are untrusted: `..`, `.`
/// and hidden components, backslashes, control characters, encoded slashes (`%2F`) and
/// full URLs are refused, and only `A-Z a-z 0-9 - _ . ~ + , @ !` may appear, so the
/// path is the same on disk, in a link and in a sitemap. Nothing it names can be
/// outside the output folder.
package struct Permalink: Sendable, Equatable, Hashable {
    /// The path's components (`["2019", "old-post"]`).
    package var components: [String]
    /// The last component names a file (`old-post.html`) rather than a folder.
    package var isFile: Bool

    /// The file that holds the page at this path.
    package var outputFile: String {
        isFile ? components.joined(separator: "/") : components.joined(separator: "/") + "/index.html"
    }

    /// The folder path of a page (`2019/old-post`), `.html` dropped: articles always
    /// get clean URLs, and the `.html` address becomes a redirect.
    package var folderPath: String {
        var parts = components
        if isFile, let last = parts.popLast() {
            let stem = String(last[..<(last.lastIndex(of: ".") ?? last.endIndex)])
            if !stem.isEmpty { parts.append(stem) }
        }
        return parts.joined(separator: "/")
    }

    /// Checks a path as written.
    /// - Returns: The path, or why it cannot be used (a phrase that follows the key's name).
    package static func check(_ written: String) -> Result<Permalink, Problem> {
        let text = written.trimmingCharacters(in: .whitespaces)
        if LinkResolver.hasScheme(text) || text.hasPrefix("//") {
            return .failure(Problem("must be a path on this site, like /2019/old-post/, not a full URL"))
        }
        if let bad = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0 == "\\" }) {
            return .failure(Problem("contains \(bad == "\\" ? "a backslash" : "a control character"), which a URL path cannot"))
        }
        let lowered = text.lowercased()
        if ["%2f", "%5c", "%00"].contains(where: lowered.contains) {
            return .failure(Problem("contains an encoded '/', '\\' or NUL (%2F, %5C, %00)"))
        }
        guard let decoded = text.removingPercentEncoding else {
            return .failure(Problem("contains an invalid percent-encoding"))
        }
        var components = decoded.split(separator: "/").map(String.init)
        // `/about/index.html` is the folder's own page, `/about/`, not a page `/about/index/`.
        if let last = components.last?.lowercased(), ["index.html", "index.htm"].contains(last) { components.removeLast() }
        guard !components.isEmpty else { return .failure(Problem("is the site's home page, which the index uses")) }
        for component in components {
            if component == "." || component == ".." {
                return .failure(Problem("contains '\(component)'; write the path from the site root without '.' or '..'"))
            }
            if component.hasPrefix(".") {
                return .failure(Problem("contains the hidden name '\(component)'"))
            }
            if let bad = component.unicodeScalars.first(where: { !allowed.contains($0) }) {
                return .failure(Problem("contains '\(bad)'; use only letters a-z, digits and - _ . ~ + , @ !"))
            }
        }
        let last = components[components.count - 1].lowercased()
        return .success(Permalink(components: components, isFile: last.hasSuffix(".html") || last.hasSuffix(".htm")))
    }

    package struct Problem: Error, Equatable, Sendable {
        package var reason: String
        package init(_ reason: String) { self.reason = reason }
    }

    private static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+,@!")
}

/// The site's `permalink` pattern (`/:year/:month/:day/:slug/`), as Jekyll and Hugo write them.
package struct PermalinkPattern: Sendable, Equatable {
    package var pattern: String

    /// Tokens and what they become: the publication date's parts, the slug (`:title` is
    /// Jekyll's name for it), the section's path, the categories' slugs.
    package static let tokens = ["year", "month", "day", "slug", "title", "section", "categories"]
    /// Jekyll's named patterns.
    package static let named = [
        "pretty": "/:categories/:year/:month/:day/:title/",
        "date": "/:categories/:year/:month/:day/:title.html",
        "none": "/:categories/:title.html",
    ]

    /// - Returns: The pattern, or the first token it does not know.
    package static func parse(_ text: String) -> Result<PermalinkPattern, Permalink.Problem> {
        let pattern = named[text] ?? text
        for token in tokenNames(in: pattern) where !tokens.contains(token) {
            return .failure(Permalink.Problem("unknown token ':\(token)'; use \(tokens.map { ":" + $0 }.joined(separator: ", "))"))
        }
        return .success(PermalinkPattern(pattern: pattern))
    }

    package init(pattern: String) {
        self.pattern = pattern
    }

    /// The pattern with its tokens replaced. Empty values (no section) leave no empty
    /// folder behind.
    package func expand(date: PublicationDate?, slug: String, section: String, categories: [String]) -> String {
        func pad(_ number: Int?, _ width: Int) -> String {
            guard let number else { return "" }
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var result = ""
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let character = pattern[index]
            let next = pattern.index(after: index)
            guard character == ":", next < pattern.endIndex, pattern[next].isLetter else {
                result.append(character)
                index = next
                continue
            }
            let end = pattern[next...].firstIndex { !($0.isLetter || $0 == "_") } ?? pattern.endIndex
            switch pattern[next..<end] {
            case "year": result += pad(date?.year, 4)
            case "month": result += pad(date?.month, 2)
            case "day": result += pad(date?.day, 2)
            case "slug", "title": result += slug
            case "section": result += section
            case "categories": result += categories.map(Slug.make(from:)).filter { !$0.isEmpty }.joined(separator: "/")
            case let other: result += ":" + other
            }
            index = end
            // An empty value (no categories) leaves no empty folder: `/:categories/:year/` → `/2023/`.
            if result.hasSuffix("/"), index < pattern.endIndex, pattern[index] == "/" { index = pattern.index(after: index) }
        }
        return result
    }

    static func tokenNames(in pattern: String) -> [String] {
        var names: [String] = []
        var index = pattern.startIndex
        while let colon = pattern[index...].firstIndex(of: ":") {
            let start = pattern.index(after: colon)
            let end = pattern[start...].firstIndex { !($0.isLetter || $0 == "_") } ?? pattern.endIndex
            if end > start { names.append(String(pattern[start..<end])) }
            index = end > start ? end : start
            if index == pattern.endIndex { break }
        }
        return names
    }
}
