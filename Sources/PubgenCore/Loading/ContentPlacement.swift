/// What an article's place in the content folder says about it.
///
/// `content/news/launch.md` is in the section `news`; `content/news/launch/index.md`
/// (a page bundle) too. Jekyll's `_posts/` and `_drafts/` folders are not sections:
/// they only say whether a post is published.
package struct ContentPlacement: Sendable, Equatable {
    /// The section's URL path (`news`, `notes/2024`), `""` at the top.
    package var section: String
    /// The file name without `.md`, or the bundle's folder name for `index.md`.
    package var stem: String
    /// In a `_drafts/` folder: a draft whatever its front matter says.
    package var isInDrafts: Bool

    package static let postsFolder = "_posts"
    package static let draftsFolder = "_drafts"
    /// A folder's `_index.md` describes its section (Hugo, Zola); it is not an article.
    package static let sectionIndexName = "_index.md"

    /// - Parameter relativePath: The file's `/`-separated path inside the content folder.
    package init(relativePath: String) {
        var folders = relativePath.split(separator: "/").map(String.init)
        var stem = folders.removeLast()
        if stem.lowercased().hasSuffix(".md") { stem = String(stem.dropLast(3)) }
        if stem.lowercased() == "index", let bundle = folders.popLast() { stem = bundle }
        isInDrafts = folders.contains(Self.draftsFolder)
        section = Self.sectionPath(folders)
        self.stem = stem
    }

    /// Folder names as URL path components: `_posts` and `_drafts` left out, each name
    /// made a slug (`My Notes` → `my-notes`) so a default URL is always safe.
    package static func sectionPath(_ folders: [String]) -> String {
        folders.filter { $0 != postsFolder && $0 != draftsFolder }.map(Slug.make(from:)).filter { !$0.isEmpty }.joined(separator: "/")
    }
}
