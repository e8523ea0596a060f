@testable import PubgenCore
import Testing
import PubgenTestSupport

struct LinkResolverTests {
    @Test(arguments: [
        ("https://example.org/a.md", true), ("mailto:a@b.c", true), ("svn+ssh://host/x", true), ("x-y.z:1", true),
        ("données:x.md", true),  // a Unicode-letter scheme, as before the byte check
        ("other.md", false), ("dir/other.md#part", false), (":x.md", false), ("a/b:c.md", false), ("a b:c", false),
        // Where the bytes cannot decide, the character rule does, as it always has.
        ("a:", true), ("", false), ("a-\u{301}:x", false), ("http:\u{301}//x", false), ("a/é:x", false), ("1\u{301}a:x", true),
    ])
    func aSchemeIsLettersDigitsPlusMinusOrDotBeforeTheFirstColon(url: String, expected: Bool) {
        #expect(LinkResolver.hasScheme(url) == expected)
    }

    @Test func externalLinksAreLeftAloneAndArticleLinksRewritten() {
        let resolver = LinkResolver(sources: [], published: [])
        #expect(resolver.resolve("https://example.org/post.md", from: "a.md") == .external)
        #expect(resolver.resolve("missing.md", from: "a.md") == .missing(path: "missing.md"))
    }

    /// `#` and `?` are found on bytes only where they are characters on their own; the
    /// character search decides otherwise, as before.
    @Test(arguments: ["a#b", "a?b#c", "#", "é#x", "a#\u{301}b#c", "\u{600}#x", "a\u{301}?b", "none", "日本#?", "x#\u{301}"])
    func asciiSearchFindsWhatTheCharacterSearchFinds(_ text: String) {
        #expect(text.firstIndex(ofASCII: UInt8(ascii: "#")) == text.firstIndex(of: "#"))
        #expect(text.firstIndex(ofASCII: UInt8(ascii: "#"), UInt8(ascii: "?")) == text.firstIndex { $0 == "#" || $0 == "?" })
    }

    @Test func aHashJoinedToACombiningMarkDoesNotStartAFragment() {
        let resolver = LinkResolver(sources: [], published: [])
        #expect(resolver.resolve("other.md#\u{301}x", from: "a.md") == .external)
    }
}


/// `AssetResolver.normalize` returns a path that needs no work as it is; everything else
/// still goes through the component walk, which the shortcut must agree with.
struct PathNormalizingTests {
    @Test(arguments: [
        "a.md", "dir/a.md", "...", "a./b", ".hidden/x.md", "..a", "a..", "", "/", "/a.md", "a//b", "a/", "./a.md",
        "a/./b", "../a.md", "a/../b.md", "a/..", ".", "..", "a/.", "日本/é.md", "a/.../b",
    ])
    func shortcutAgreesWithTheWalk(_ path: String) {
        #expect(AssetResolver.normalize(path, base: []) == AssetResolver.walk(path, base: []))
    }

    /// The walk itself: `.` dropped, `..` climbing, empty components ignored, and `nil`
    /// for a path that leaves the folder or names nothing.
    @Test func theWalkResolvesDotsAndSlashes() {
        #expect(AssetResolver.walk("a/../b.md", base: []) == "b.md")
        #expect(AssetResolver.walk("./a//b.md", base: []) == "a/b.md")
        #expect(AssetResolver.walk("/a.md", base: []) == "a.md")
        #expect(AssetResolver.walk("../a.md", base: []) == nil)
        #expect(AssetResolver.walk("a/..", base: []) == nil)
        #expect(AssetResolver.walk("../a.md", base: ["x", "y"]) == "x/a.md")
        #expect(AssetResolver.walk("../../../a.md", base: ["x", "y"]) == nil)
        #expect(AssetResolver.normalize(".../b.md", base: ["x"]) == "x/.../b.md")
    }

    @Test func generatedPathsAgreeWithTheWalk() {
        var random = SplitMix64(seed: 0xA55E7)
        let parts = ["a", ".", "..", "...", "", "b.md", ".x", "é"]
        for _ in 0..<5_000 {
            let path = (0..<random.below(5)).map { _ in parts[random.below(parts.count)] }.joined(separator: "/")
            #expect(AssetResolver.normalize(path, base: []) == AssetResolver.walk(path, base: []), "\(path.debugDescription)")
        }
    }

    @Test func foldersOfAFilePath() {
        #expect(AssetResolver.folders(of: "a.md") == [])
        #expect(AssetResolver.folders(of: "x/y/a.md") == ["x", "y"])
    }
}
