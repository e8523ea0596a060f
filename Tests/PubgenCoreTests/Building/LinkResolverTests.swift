@testable import PubgenCore
import Testing

struct LinkResolverTests {
    @Test(arguments: [
        ("https://example.org/a.md", true), ("mailto:a@b.c", true), ("svn+ssh://host/x", true), ("x-y.z:1", true),
        ("données:x.md", true),  // a Unicode-letter scheme, as before the byte check
        ("other.md", false), ("dir/other.md#part", false), (":x.md", false), ("a/b:c.md", false), ("a b:c", false),
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

