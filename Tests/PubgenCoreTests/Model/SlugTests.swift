@testable import PubgenCore
import Testing

struct SlugTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var slug: String
        var testDescription: String { "\(input) → \(slug)" }
    }

    @Test(arguments: [
        Case(input: "Hello World", slug: "hello-world"),
        Case(input: "Café Façades: Naïve Ångström", slug: "cafe-facades-naive-angstrom"),
        Case(input: "Straße & Ærø", slug: "strasse-aero"),
        Case(input: "Python: The Unified Force Behind Modern Web Development & Machine Learning",
             slug: "python-the-unified-force-behind-modern-web-development-machine-learning"),
        Case(input: "Writer's Guide", slug: "writers-guide"),
        Case(input: "  --Many   spaces--  ", slug: "many-spaces"),
        Case(input: "日本語 Text", slug: "text"),
        Case(input: "日本語", slug: ""),
        Case(input: "../../etc/passwd", slug: "etc-passwd"),
        Case(input: "C:\\Windows\\System32", slug: "c-windows-system32"),
        Case(input: "ｆｕｌｌｗｉｄｔｈ", slug: "fullwidth"),
    ])
    func makesURLSafeSlugs(_ example: Case) {
        #expect(Slug.make(from: example.input) == example.slug)
    }

    @Test func cutsLongSlugsAtAWordBoundary() {
        let slug = Slug.make(from: String(repeating: "word ", count: 40))
        #expect(slug.count <= Slug.maximumLength)
        #expect(slug.hasSuffix("word"))
        #expect(!slug.hasSuffix("-"))
    }

    /// The byte path for ASCII gives what the Unicode path gives, on every printable
    /// ASCII character alone and around words.
    @Test func asciiTextIsSluggedAsTheUnicodePathDoes() {
        var samples = ["", "Hello, World!", "It's a writer's guide", "  --A__B--  ", "C# & F# in 2025", String(repeating: "word ", count: 30)]
        for value in 0x20..<0x7F {
            let character = String(UnicodeScalar(UInt8(value)))
            samples += [character, "ab\(character)cd", "\(character)x\(character)"]
        }
        for text in samples {
            #expect(Slug.makeFromASCII(text) == Slug.makeFromUnicode(text), "\(text.debugDescription)")
        }
    }
}
