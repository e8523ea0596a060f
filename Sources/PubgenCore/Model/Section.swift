import PubgenDiagnostics

/// A folder of articles (`content/news/`): its own list page at `news/`.
///
/// Every folder that holds articles, directly or below, is a section, so each prefix
/// of an article's URL leads somewhere. An `_index.md` in the folder (Hugo, Zola)
/// gives the section's title and description; without one the title is the folder's name.
package struct Section: Sendable, Equatable {
    /// The URL path without slashes around it (`news`, `notes/2024`).
    package var path: String
    package var title: String
    package var description: String?
    /// Its articles, as indices into `Site.articles` (newest first).
    package var articleIndices: [Int]

    package var relativeURL: String { path + "/" }

    /// Sections of `articles` (by their `section`) and of every `_index.md`, sorted by path.
    package static func sections(of articles: [Article], indexes: [SectionIndex]) -> [Section] {
        var members: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() where !article.section.isEmpty {
            var prefix = ""
            for component in article.section.split(separator: "/") {
                prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
                members[prefix, default: []].append(index)
            }
        }
        for index in indexes where !index.path.isEmpty && members[index.path] == nil { members[index.path] = [] }
        let described = Dictionary(indexes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return members.keys.sorted().map { path in
            let index = described[path]
            return Section(
                path: path, title: index?.title ?? defaultTitle(path), description: index?.description,
                articleIndices: members[path] ?? [])
        }
    }

    /// `notes/field-work` → `Field Work`.
    static func defaultTitle(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// What a section's `_index.md` says about it.
package struct SectionIndex: Sendable, Equatable {
    /// The section's URL path (`blog`); `""` for the content folder's own `_index.md`.
    package var path: String
    package var title: String?
    package var description: String?
    /// Where the file is, for collision errors.
    package var location: SourceLocation

    package init(path: String, title: String?, description: String?, location: SourceLocation) {
        self.path = path
        self.title = title
        self.description = description
        self.location = location
    }

    /// Reads an `_index.md`: front matter in any format, every key optional.
    /// - Returns: The index, or `nil` when its front matter cannot be read; and the diagnostics.
    package static func load(_ file: SourceFile, parser: FrontMatterParser) -> (SectionIndex?, [Diagnostic]) {
        var folders = file.relativePath.split(separator: "/").map(String.init)
        folders.removeLast()
        let location = SourceLocation(path: file.displayPath, line: 1, column: 1)
        let path = ContentPlacement.sectionPath(folders)
        guard !file.text.allSatisfy(\.isWhitespace) else {
            return (SectionIndex(path: path, title: nil, description: nil, location: location), [])
        }
        switch FrontMatterSplitter.split(file.text, path: file.displayPath) {
        case let .problem(diagnostic):
            return (nil, [diagnostic])
        case let .block(block):
            let (frontMatter, diagnostics) = parser.parse(block, path: file.displayPath, requiring: [])
            guard let frontMatter, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
            let title = frontMatter.locations[FrontMatterKey.title] == nil || frontMatter.title.isEmpty ? nil : frontMatter.title
            return (SectionIndex(path: path, title: title, description: frontMatter.description, location: location), diagnostics)
        }
    }
}
