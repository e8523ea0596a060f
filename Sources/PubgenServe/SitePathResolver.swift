import Foundation
import PubgenCore

/// Maps a request path to a file inside the served folder, and refuses everything else.
///
/// The request target is taken as the client sent it. Each segment is percent-decoded
/// exactly once, and a segment that decodes to `.`, `..` (or any run of dots), or that
/// holds `/`, `\`, NUL or another control character, is refused before the file system
/// is touched. The final file is then resolved with `realpath(3)` and must lie inside
/// the real path of the root, so a symbolic link out of the output is refused too.
package struct SitePathResolver: Sendable {
    /// What a request path comes to.
    package enum Resolution: Equatable, Sendable {
        /// A regular file inside the root (a real path, without symbolic links).
        case file(String)
        /// A folder asked for without its trailing slash: where to send the browser.
        case redirect(location: String)
        case notFound
        /// The path is malformed or tries to leave the root (400).
        case badRequest(String)
        /// The path names something inside the root that leads outside it, or is not a file (403).
        case forbidden(String)
    }

    /// A request path split into decoded segments.
    package struct ParsedPath: Equatable, Sendable {
        /// Decoded, non-empty segments.
        package var segments: [String]
        /// The same segments as the client encoded them (for a redirect's `Location`).
        package var rawSegments: [String]
        /// Whether the path ends with `/` (a folder's `index.html`).
        package var trailingSlash: Bool
        /// The query, as sent, without the `?`.
        package var query: String?
    }

    /// The folder being served; it may be replaced (by a rebuild) between requests.
    package let root: URL

    package init(root: URL) {
        self.root = root
    }

    /// Resolves a request target (`/tags/swift/?x=1`) to a file.
    /// - Parameter target: The request target exactly as received.
    /// - Returns: The file to serve, or why not.
    package func resolve(_ target: String) -> Resolution {
        let parsed: ParsedPath
        switch Self.parse(target) {
        case .success(let value): parsed = value
        case .failure(let rejection): return .badRequest(rejection.reason)
        }
        // The marker holds the build manifest, and the source cache sits beside it:
        // implementation details, not pages.
        if let first = parsed.segments.first, OutputWriter.bookkeepingFiles.contains(first) { return .notFound }
        guard let rootPath = Self.realPath(root.path) else { return .notFound }
        let candidate = ([rootPath] + parsed.segments).joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard Self.isInside(real, root: rootPath) else { return .forbidden("the path leads outside the site") }
        switch Self.fileType(real) {
        case .directory?:
            guard parsed.trailingSlash || parsed.segments.isEmpty else {
                let location = "/" + parsed.rawSegments.joined(separator: "/") + "/" + (parsed.query.map { "?" + $0 } ?? "")
                return .redirect(location: location)
            }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.isInside(index, root: rootPath) else { return .forbidden("the path leads outside the site") }
            return Self.fileType(index) == .regular ? .file(index) : .notFound
        case .regular?:
            // `/style.css/` names a folder that does not exist.
            return parsed.trailingSlash ? .notFound : .file(real)
        default:
            return .forbidden("not a regular file")
        }
    }

    /// Why a request path was refused before the file system was consulted.
    package struct Rejection: Error, Equatable, Sendable {
        package var reason: String
    }

    /// Splits and decodes a request target; refuses every form of traversal.
    /// - Parameter target: The request target exactly as received.
    /// - Returns: The decoded segments, or why the path cannot name a file of the site.
    package static func parse(_ target: String) -> Result<ParsedPath, Rejection> {
        var pathPart = Substring(target)
        var query: String?
        if let mark = pathPart.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            if pathPart[mark] == "?" {
                let rest = pathPart[pathPart.index(after: mark)...]
                query = String(rest.prefix { $0 != "#" })
            }
            pathPart = pathPart[..<mark]
        }
        guard pathPart.hasPrefix("/") else { return .failure(Rejection(reason: "the path must start with /")) }
        guard !pathPart.contains("\\") else { return .failure(Rejection(reason: "backslash in path")) }
        let rawSegments = pathPart.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var parsed = ParsedPath(segments: [], rawSegments: [], trailingSlash: pathPart.hasSuffix("/"), query: query)
        for raw in rawSegments where !raw.isEmpty {
            guard let decoded = percentDecoded(raw) else {
                return .failure(Rejection(reason: "malformed percent-escape or invalid UTF-8"))
            }
            if let problem = problem(in: decoded) { return .failure(Rejection(reason: problem)) }
            parsed.segments.append(decoded)
            parsed.rawSegments.append(String(raw))
        }
        return .success(parsed)
    }
}

// MARK: - Checks

private extension SitePathResolver {
    /// Why a decoded segment cannot name a file in the site, or nil.
    static func problem(in segment: String) -> String? {
        if segment.allSatisfy({ $0 == "." }) { return "dot segment in path" }
        for scalar in segment.unicodeScalars {
            switch scalar {
            case "/", "\\": return "encoded separator in path"
            case "\0": return "NUL in path"
            default:
                if scalar.isControlCharacter { return "control character in path" }
            }
        }
        return nil
    }

    /// `%XX` escapes decoded once; nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecoded(_ raw: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    enum FileType { case regular, directory, other }

    static func fileType(_ path: String) -> FileType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
