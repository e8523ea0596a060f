import Foundation
import PubgenDiagnostics

/// The files copied as they are: the site's `static/` folder and the local files
/// articles reference. Generated pages win over nothing: a collision is an error.
package enum SiteFiles {
    /// A file copied into the output from `source`.
    package struct Copy: Sendable, Equatable {
        package var path: String
        package var source: URL
        /// How diagnostics name the source (`static/css/site.css`).
        package var origin: String
    }

    /// Every regular file under `static/`, by its path relative to it. Symbolic links
    /// are not followed (a warning), so nothing outside the site is ever published.
    package static func staticFiles(in folder: URL, displayPath: String) throws -> ([Copy], [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return ([], []) }
        var files: [Copy] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ url: URL, _ relative: String) throws {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name != ".DS_Store" {
                let child = url.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                let type = (try? FileManager.default.attributesOfItem(atPath: child.path))?[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?: try walk(child, path)
                case .typeRegular?:
                    guard FileManager.default.isReadableFile(atPath: child.path) else {
                        throw PubgenError.cannotRead(path: ContentScanner.join(displayPath, path), reason: "permission denied")
                    }
                    files.append(Copy(path: path, source: child, origin: ContentScanner.join(displayPath, path)))
                case .typeSymbolicLink?:
                    diagnostics.append(.warning(
                        "symbolic link not followed; pubgen only publishes files inside the site", rule: "content.symlink",
                        at: SourceLocation(path: ContentScanner.join(displayPath, path), line: 1, column: 1)))
                default: break
                }
            }
        }
        try walk(folder, "")
        return (files, diagnostics)
    }

    /// The content files articles reference, copied to the same relative path.
    package static func articleAssets(of site: Site, contentDirectory: URL, displayPath: String) -> [Copy] {
        Set(site.articles.flatMap { $0.assets }).sorted().map {
            Copy(path: $0, source: contentDirectory.appendingPathComponent($0), origin: ContentScanner.join(displayPath, $0))
        }
    }

    /// Files that cannot all be written: two for one path, a file where another needs a
    /// folder (`static/tags` against `tags/index.html`), or the marker's name. Generated
    /// files come first in `paths`; `origins` names where each copied file comes from.
    package static func collisions(in paths: [String], origins: [String: String]) -> [Diagnostic] {
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        func report(_ path: String, _ message: String) {
            let at = origins[path].map { SourceLocation(path: $0, line: 1, column: 1) }
            diagnostics.append(.error(message, rule: "output.collision", at: at))
        }
        for path in paths {
            if path == OutputWriter.marker {
                report(path, "'\(path)' is the name pubgen's own marker file uses; rename this file")
            } else if !seen.insert(path).inserted {
                report(path, "two files would be written to '\(path)' (a copied file has the path of a generated page or another file); rename one")
            }
        }
        // Folders with no file at or above them are remembered, so a walk up from the
        // next path in them stops there; `/` is ASCII, so it is found on the bytes.
        var clear: Set<Substring> = []
        for path in seen {
            var folder = Substring(path)
            var walked: [Substring] = []
            var foundFile = false
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if clear.contains(folder) { break }
                if seen.contains(String(folder)) {
                    report(String(folder), "'\(folder)' would be both a file and the folder of '\(path)'; rename one")
                    foundFile = true
                }
                walked.append(folder)
            }
            if !foundFile { clear.formUnion(walked) }
        }
        return diagnostics
    }
}
