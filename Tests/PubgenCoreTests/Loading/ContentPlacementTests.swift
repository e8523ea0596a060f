import Foundation
@testable import PubgenCore
import Testing

/// Which names are articles: decided on bytes for ASCII names, by characters otherwise.
struct ContentPlacementTests {
    @Test(arguments: [
        ("a.md", true), ("A.MD", true), ("notes/a.markdown", true), ("x/Y.MarkDown", true),
        ("../b.md", true), ("dir.md/a.txt", false), (".md", false), ("notes/.md", false),
        ("a.mdx", false), ("a.m", false), ("a", false), ("a.md/", true), ("a.md//", true), ("/", false), ("", false),
        ("café.md", true), ("日記.MD", true), ("é/.md", false), ("a.mḋ", false),
        ("a\u{600}/.md", true),  // U+0600 and `/` are one character: no component boundary
    ])
    func markdownNames(_ name: String, _ expected: Bool) {
        #expect(ContentPlacement.isMarkdown(name) == expected)
        // The character-based rule the byte path stands in for.
        let last = String(name.split(separator: "/").last ?? "")
        #expect((ContentPlacement.removingMarkdownExtension(last) != nil) == expected)
    }
}

/// A section's `_index.md` is found on bytes as the split into components found it.
struct SectionIndexNameTests {
    @Test(arguments: [
        "_index.md", "news/_index.md", "a/b/_index.md", "x_index.md", "news/x_index.md", "_index.md/a.md", "news/_index.mdx",
        "news/\u{301}_index.md", "news/_index.md\u{301}", "é/_index.md", "_INDEX.md", "", "/_index.md",
    ])
    func matchesTheComponentRule(_ relativePath: String) {
        let entry = ContentScanner.Entry(filePath: "/tmp/" + relativePath, relativePath: relativePath)
        #expect(entry.isSectionIndex == (relativePath.split(separator: "/").last == "_index.md"))
    }
}
