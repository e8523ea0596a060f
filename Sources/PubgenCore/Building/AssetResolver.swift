import Foundation

/// Local files that articles reference (images, downloads), and the URLs pages use
/// for them.
///
/// A relative reference is resolved from the article's folder and the file is copied
/// to the same place under `out/`; the URL is `<root><path from the content root>`,
/// where `root` climbs from the article's page to the site root (`../` for `slug/`,
/// `../../` for `news/slug/`). A reference starting with `/` means the site root: it is
/// looked up in `static/` (copied as is) or the content folder, and becomes
/// `<root><path>`, so a base URL with a path (`/blog/`) keeps working.
package struct AssetResolver: Sendable {
    package var contentDirectory: URL
    package var staticDirectory: URL

    /// The folders with symbolic links resolved: a file counts only if its real path is inside one.
    private let realContent: String
    private let realStatic: String

    package init(contentDirectory: URL, staticDirectory: URL) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.staticDirectory = staticDirectory.standardizedFileURL
        self.realContent = contentDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        self.realStatic = staticDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    }

    package enum Resolution: Equatable, Sendable {
        /// Not a local file: a URL with a scheme, an anchor, a page link.
        case notLocal
        /// A file of the content folder, to be copied to `contentPath` in the output.
        case contentFile(contentPath: String, url: String)
        /// A file of `static/`, copied with the rest of that folder.
        case staticFile(url: String)
        /// Nothing exists there.
        case missing
        /// The path leaves the content folder (`../../secret`): never followed.
        case outside
    }

    /// Resolves a destination as written in the article at `relativePath` (content-relative),
    /// whose page reaches the site root through `root`.
    package func resolve(_ destination: String, from relativePath: String, root: String = "../") -> Resolution {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"),
              !LinkResolver.hasScheme(destination) else { return .notLocal }
        var path = destination
        var suffix = ""
        if let cut = path.firstIndex(ofASCII: UInt8(ascii: "#"), UInt8(ascii: "?")) {
            suffix = String(path[cut...])
            path = String(path[..<cut])
        }
        // Foundation's decoding is a measurable cost per link; without a `%` it is the identity.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        guard !decoded.isEmpty, !ContentPlacement.isMarkdown(decoded), !decoded.hasSuffix("/") else { return .notLocal }
        if decoded.hasPrefix("/") {
            let trimmed = String(decoded.drop { $0 == "/" })
            guard let normalized = Self.normalize(trimmed, base: []) else { return .outside }
            if isRegularFile(staticDirectory.appendingPathComponent(normalized), inside: realStatic) {
                return .staticFile(url: root + Self.encode(normalized) + suffix)
            }
            if isRegularFile(contentDirectory.appendingPathComponent(normalized), inside: realContent) {
                return .contentFile(contentPath: normalized, url: root + Self.encode(normalized) + suffix)
            }
            return .missing
        }
        guard let normalized = Self.normalize(decoded, base: Self.folders(of: relativePath)) else { return .outside }
        let file = contentDirectory.appendingPathComponent(normalized)
        guard isRegularFile(file, inside: realContent) else {
            return FileManager.default.fileExists(atPath: file.path) ? .outside : .missing
        }
        return .contentFile(contentPath: normalized, url: root + Self.encode(normalized) + suffix)
    }

    /// `a/../b` within the folder, or `nil` when the path climbs out of it.
    static func normalize(_ path: String, base: [String]) -> String? {
        // Nearly every link names a file beside its article: nothing to take apart.
        if base.isEmpty, isNormal(path) { return path }
        return walk(path, base: base)
    }

    /// `normalize` component by component, for every path the shortcut does not take.
    static func walk(_ path: String, base: [String]) -> String? {
        var parts = base
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether `path` is already what `normalize` makes of it with no base: not empty,
    /// no leading or doubled `/`, no `.` or `..` component. Checked on bytes.
    static func isNormal(_ path: String) -> Bool {
        var length = 0  // of the current component
        var dots = 0  // how many of its bytes are dots
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard length > 0, dots != length || length > 2 else { return false }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && (dots != length || length > 2)
    }

    /// The folders of a content-relative file path (`a/b/c.md` → `a`, `b`).
    static func folders(of relativePath: String) -> [String] {
        guard relativePath.utf8.contains(UInt8(ascii: "/")) else { return [] }
        return relativePath.split(separator: "/").dropLast().map(String.init)
    }

    /// Percent-encodes what a URL path cannot carry (spaces, `#`, `?`), keeping `/`.
    static func encode(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#;")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// A regular file whose real path (every symbolic link along it resolved) is inside
    /// `root`: a link to a folder elsewhere (`content/etc -> /etc`) never publishes it.
    private func isRegularFile(_ url: URL, inside root: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular else { return false }
        return url.resolvingSymlinksInPath().path.hasPrefix(root + "/")
    }
}
