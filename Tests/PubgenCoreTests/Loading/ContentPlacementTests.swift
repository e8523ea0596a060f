import PubgenCore
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
