import Foundation

/// The site's base URL, from `base_url` or `--base-url`: every absolute link (canonical
/// URLs, feeds, the sitemap) is it followed by a page's path, so it must end where a
/// path can follow: no query, no fragment, no spaces, and no credentials to publish.
package enum BaseURL {
    package struct Problem: Error, Equatable {
        package var message: String

        package init(message: String) {
            self.message = message
        }
    }

    /// `text` trimmed, with its scheme in lower case and one trailing slash, or why it
    /// cannot be a base URL (the message names the setting, `name`).
    package static func normalized(_ text: String, name: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let example = "like https://example.org/ or https://example.org/blog/"
        guard let separator = trimmed.range(of: "://"),
              case let scheme = trimmed[..<separator.lowerBound].lowercased(), scheme == "http" || scheme == "https",
              let url = URL(string: trimmed), let host = url.host, !host.isEmpty
        else {
            return .failure(Problem(message: "'\(name)' must be an absolute http or https URL, \(example)"))
        }
        if let blank = trimmed.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            let shown = blank == " " ? "a space" : "U+\(String(blank.value, radix: 16, uppercase: true))"
            return .failure(Problem(message: "'\(name)' contains \(shown); write it percent-encoded (a space is %20)"))
        }
        let authority = trimmed[separator.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            return .failure(Problem(message: "'\(name)' holds a user name or password, which every page would publish; remove it"))
        }
        if let port = url.port, !(1...65535).contains(port) {
            return .failure(Problem(message: "'\(name)' has port \(port); a port is 1 to 65535"))
        }
        // Sitemaps and feeds need URLs as they travel: ASCII, non-ASCII percent-encoded
        // (and a host in its punycode form, xn--…), every % starting an escape.
        if let other = trimmed.unicodeScalars.first(where: { !$0.isASCII }) {
            return .failure(Problem(message:
                "'\(name)' contains '\(other)'; write the host in its ASCII form (xn--…) and the path percent-encoded"))
        }
        if let bad = Self.firstBadPercent(in: trimmed) {
            return .failure(Problem(message: "'\(name)' has a '%' not followed by two hex digits ('\(bad)'); a % itself is %25"))
        }
        for (mark, part) in [("?", "a query"), ("#", "a fragment")] {
            if let start = trimmed.firstIndex(of: Character(mark)) {
                return .failure(Problem(message:
                    "'\(name)' has \(part) ('\(trimmed[start...])'): pages' paths are added after it, so it must end with its path, \(example)"))
            }
        }
        let normalized = scheme + trimmed[separator.lowerBound...]
        return .success(normalized.hasSuffix("/") ? normalized : normalized + "/")
    }

    /// The text from the first `%` that does not start an escape (`%2F`), if any.
    static func firstBadPercent(in text: String) -> Substring? {
        var rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            let digits = rest[rest.index(after: percent)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isHexDigit) else { return rest[percent...].prefix(3) }
            rest = rest[digits.endIndex...]
        }
        return nil
    }
}
