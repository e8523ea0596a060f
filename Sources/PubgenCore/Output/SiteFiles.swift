import Foundation
import PubgenDiagnostics

/// The files copied as they are: the site's `static/` folder and the local files
/// articles reference. Generated pages win over nothing: a collision is an error.
package enum SiteFiles {
    /// Every regular file under `static/`, by its path relative to it. Symbolic links
    /// are not followed (a warning), so nothing outside the site is ever published.
    /// A file copied into the output from `source`.
    package struct Copy: Sendable, Equatable {
        package var path: String
        package var source: URL
    }

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
                    files.append(Copy(path: path, source: child))
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
    package static func articleAssets(of site: Site, contentDirectory: URL) -> [Copy] {
        Set(site.articles.flatMap(\.assets)).sorted().map { Copy(path: $0, source: contentDirectory.appendingPathComponent($0)) }
    }

    /// Two files for one output path: an error naming the path (generated pages are
    /// listed first, so the message says which copied file is in the way).
    package static func collisions(in paths: [String]) -> [Diagnostic] {
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for path in paths where !seen.insert(path).inserted {
            diagnostics.append(.error(
                "two files would be written to '\(path)' (a copied file has the path of a generated page or another file); rename one",
                rule: "output.collision", at: nil))
        }
        return diagnostics
    }
}
