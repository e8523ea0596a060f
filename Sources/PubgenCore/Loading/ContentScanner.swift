import Foundation
import PubgenDiagnostics

/// Finds the Markdown files of a content folder, in a stable order.
package enum ContentScanner {
    package struct Entry: Sendable, Equatable {
        /// The file's path (the content folder's path, then `relativePath`).
        package var filePath: String
        /// Relative to the content folder, `/`-separated.
        package var relativePath: String

        /// A section's `_index.md`, which describes its folder and is not an article.
        package var isSectionIndex: Bool {
            // On bytes: asked of every file several times per build (a split each time
            // was 1% of a one-article rebuild).
            let name = ContentPlacement.sectionIndexName.utf8
            let path = relativePath.utf8
            guard path.count >= name.count, path.suffix(name.count).elementsEqual(name) else { return false }
            return path.count == name.count || path[path.index(path.endIndex, offsetBy: -name.count - 1)] == UInt8(ascii: "/")
        }
    }

    /// Lists `**/*.md` under `root`, sorted by relative path.
    ///
    /// Names starting with `.` or `_` are skipped (editor files, partials), except
    /// Jekyll's `_posts/` and `_drafts/` folders and sections' `_index.md` files (Hugo,
    /// Zola); symbolic links are not followed, so nothing outside the folder is ever read.
    /// - Throws: `PubgenError.cannotRead` when `root` is not a readable folder.
    /// - Returns: The Markdown entries, and the relative paths of every other regular
    ///   file (which articles may link to), both sorted.
    package static func scan(_ root: URL, displayPath: String) throws -> (entries: [Entry], otherFiles: [String], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw PubgenError.cannotRead(path: displayPath, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw PubgenError.cannotRead(path: displayPath, reason: "not a folder")
        }
        var entries: [Entry] = []
        var others: [String] = []
        var diagnostics: [Diagnostic] = []
        try walk(root.path, relative: "", displayRoot: displayPath, into: &entries, others: &others, diagnostics: &diagnostics)
        entries.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        others.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let articles = UnicodeNameClash.separate(entries, path: \.relativePath, displayRoot: displayPath)
        let files = UnicodeNameClash.separate(others, path: { $0 }, displayRoot: displayPath)
        return (articles.kept, files.kept, diagnostics + articles.diagnostics + files.diagnostics)
    }

    private static func walk(
        _ folder: String, relative: String, displayRoot: String, into entries: inout [Entry], others: inout [String],
        diagnostics: inout [Diagnostic]
    ) throws {
        guard let listing = FolderListing.entries(of: folder) else {
            throw PubgenError.cannotRead(path: join(displayRoot, relative), reason: "cannot list the folder")
        }
        for entry in listing.sorted(by: { $0.name < $1.name })
        where !entry.name.hasPrefix(".") && (!entry.name.hasPrefix("_") || understoodNames.contains(entry.name)) {
            let name = entry.name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch entry.kind {
            case .symbolicLink:
                diagnostics.append(.warning(
                    "symbolic link not followed; pubgen only reads files inside the content folder",
                    rule: "content.symlink", at: SourceLocation(path: join(displayRoot, relativePath), line: 1, column: 1)))
            case .folder:
                try walk(child(folder, name), relative: relativePath, displayRoot: displayRoot,
                         into: &entries, others: &others, diagnostics: &diagnostics)
            case .regular where ContentPlacement.isMarkdown(name):
                entries.append(Entry(filePath: child(folder, name), relativePath: relativePath))
            case .regular:
                others.append(relativePath)
            case .other:
                break
            }
        }
    }

    /// The path of `name` inside the folder at `path`.
    private static func child(_ path: String, _ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// Names starting with `_` that other generators give a meaning pubgen understands.
    static let understoodNames: Set<String> = [
        ContentPlacement.postsFolder, ContentPlacement.draftsFolder, ContentPlacement.sectionIndexName,
    ]

    /// Joins a display path and a relative path ("" is the working folder).
    package static func join(_ root: String, _ relative: String) -> String {
        guard !relative.isEmpty else { return root }
        guard !root.isEmpty, root != "." else { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
