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
}
