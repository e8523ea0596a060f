/// What an article's place in the content folder says about it.
///
/// `content/news/launch.md` is in the section `news`; `content/news/launch/index.md`
/// (a page bundle) too. Jekyll's `_posts/` and `_drafts/` folders are not sections:
/// they only say whether a post is published.
package struct ContentPlacement: Sendable, Equatable {
    /// The section's URL path (`news`, `notes/2024`), `""` at the top.
    package var section: String
    /// The file name without `.md` or `.markdown`, or the bundle's folder name for `index.md`.
    package var stem: String
    /// In a `_drafts/` folder: a draft whatever its front matter says.
    package var isInDrafts: Bool
    /// The folders above a `_posts/` folder, which Jekyll makes the post's first
    /// categories (`blog/_posts/x.md` → `blog`); empty outside `_posts/`.
    package var folderCategories: [String] = []

    package static let postsFolder = "_posts"
    package static let draftsFolder = "_drafts"
    /// A folder's `_index.md` describes its section (Hugo, Zola); it is not an article.
    package static let sectionIndexName = "_index.md"

    /// Extensions of article files: `jekyll new` writes `.markdown`, and Hugo reads it too.
    package static let markdownExtensions = ["md", "markdown"]

    /// `hello` for `hello.md` or `Hello.MARKDOWN`; `nil` when `name` is not a Markdown file's.
    package static func removingMarkdownExtension(_ name: String) -> String? {
        // An ASCII name is decided on its bytes, as `isMarkdown` decides it; in other
        // text a `.` may be part of a larger character, which only the character rule sees.
        var name = name
        let ascii = name.withUTF8 { bytes -> (isASCII: Bool, stem: String?) in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return (false, nil) }
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != 0,
                  isMarkdownExtension(bytes[(dot + 1)...]) else { return (true, nil) }
            return (true, String(decoding: UnsafeBufferPointer(rebasing: bytes[..<dot]), as: UTF8.self))
        }
        if ascii.isASCII { return ascii.stem }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
              markdownExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        return String(name[..<dot])
    }

    /// Whether ASCII bytes after a dot are `md` or `markdown` in any case (`| 0x20`
    /// lower-cases a letter and makes no other byte a letter).
    private static func isMarkdownExtension(_ suffix: some Collection<UInt8>) -> Bool {
        markdownExtensions.contains { $0.utf8.elementsEqual(suffix.lazy.map { $0 | 0x20 }) }
    }

    /// Whether a file name or path names an article (`.md`, `.markdown`).
    package static func isMarkdown(_ name: String) -> Bool {
        // Every link of every article asks: an ASCII name is decided on its bytes. (In
        // other text a `/` or `.` may be part of a larger character, which only the
        // character rule sees.)
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return removingMarkdownExtension(String(name.split(separator: "/").last ?? "")) != nil
        }
        // The last component, as `split` finds it: trailing slashes do not count.
        var bytes = name.utf8[...]
        while bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        bytes = bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex)...]
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return false }
        return isMarkdownExtension(bytes[bytes.index(after: dot)...])
    }

    /// - Parameter relativePath: The file's `/`-separated path inside the content folder.
    package init(relativePath: String) {
        var folders = Self.names(of: relativePath)
        var stem = folders.removeLast()
        stem = Self.removingMarkdownExtension(stem) ?? stem
        if stem.lowercased() == "index", let bundle = folders.popLast() { stem = bundle }
        isInDrafts = folders.contains(Self.draftsFolder)
        if let posts = folders.firstIndex(of: Self.postsFolder) { folderCategories = Array(folders[..<posts]) }
        section = Self.sectionPath(folders)
        self.stem = stem
    }

    /// The `/`-separated names of a path, empty ones left out. An ASCII path is split on
    /// its bytes: every article's path is taken apart three times while loading, and
    /// splitting it by characters was more than 1% of a 10,000-article build.
    static func names(of path: String) -> [String] {
        var path = path
        let ascii = path.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.split(separator: UInt8(ascii: "/")).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return ascii ?? path.split(separator: "/").map(String.init)
    }

    /// Folder names as URL path components: `_posts` and `_drafts` left out, each name
    /// made a slug (`My Notes` → `my-notes`) so a default URL is always safe.
    package static func sectionPath(_ folders: [String]) -> String {
        folders.filter { $0 != postsFolder && $0 != draftsFolder }.map(Slug.make(from:)).filter { !$0.isEmpty }.joined(separator: "/")
    }
}
