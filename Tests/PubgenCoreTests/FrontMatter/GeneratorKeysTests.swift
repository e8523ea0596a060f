import Foundation
import PubgenCore
import PubgenDiagnostics
import Testing

/// Jekyll, Hugo and Zola keys read as pubgen's own.
struct GeneratorKeysTests {
    func parse(_ yaml: String) -> (FrontMatter?, [Diagnostic]) {
        FrontMatterParser.utc.parse(FrontMatterBlock(yaml: yaml, yamlLineOffset: 1, body: "", bodyLineOffset: 0), path: "post.md")
    }

    @Test func otherGeneratorsKeysMapOntoPubgens() throws {
        let (frontMatter, diagnostics) = parse("""
            title: Hello
            date: 2023-04-05 10:20:00 +0200
            lastmod: 2023-05-01
            authors: [Ana, Bo]
            summary: A summary long enough to be a description for the article.
            image: /images/hero.jpg
            categories: web tools
            redirect_from: /old/
            permalink: /2023/hello/
            layout: post
            """)
        #expect(diagnostics.isEmpty)
        let value = try #require(frontMatter)
        #expect(value.publishDate?.iso8601 == "2023-04-05T10:20:00+02:00")
        #expect(value.updatedDate?.iso8601 == "2023-05-01")
        #expect(value.author == "Ana, Bo")
        #expect(value.description == "A summary long enough to be a description for the article.")
        #expect(value.heroImage == "/images/hero.jpg")
        #expect(value.tags == ["web", "tools"])
        #expect(value.categories == ["web", "tools"])
        #expect(value.aliases == ["/old/"])
        #expect(value.path == "/2023/hello/")
        #expect(value.extra.map(\.key) == ["categories", "layout"])
    }

    @Test func pubgensOwnKeyWinsOverAnotherSpellingWithoutAnError() throws {
        let (frontMatter, diagnostics) = parse("""
            title: Hello
            excerpt: The excerpt.
            description: The description.
            publish_date: 2024-01-01
            date: 2020-01-01
            """)
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.description == "The description.")
        #expect(frontMatter?.publishDate?.iso8601 == "2024-01-01")
        #expect(frontMatter?.extra.map(\.key) == ["excerpt", "date"])
    }

    @Test func publishedFalseIsADraft() {
        #expect(parse("title: x\ndate: 2024-01-01\npublished: false").0?.draft == true)
        #expect(parse("title: x\ndate: 2024-01-01\npublished: true").0?.draft == false)
        #expect(parse("title: x\ndate: 2024-01-01\ndraft: false\npublished: false").0?.draft == false)
    }

    @Test func heroImageAndAuthorMappings() {
        let (frontMatter, diagnostics) = parse("""
            title: x
            date: 2024-01-01
            cover:
              image: cover.png
              alt: A harbour
            author:
              name: Ines
            """)
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.heroImage == "cover.png")
        #expect(frontMatter?.heroImageAlt == "A harbour")
        #expect(frontMatter?.author == "Ines")
    }

    @Test func aMappedKeyOfTheWrongTypeIsAnErrorAtItsValue() {
        let (_, diagnostics) = parse("title: x\ndate: [2024]\n")
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == ["post.md:3:7 'date' must be text, not a list"])
    }
}

@Suite struct CanonicalKeyTests {
    @Test(arguments: [
        ("heroImage", "hero_image"), ("hero-image", "hero_image"), ("hero_image", "hero_image"), ("HeroImage", "hero_image"),
        ("publish date", "publish_date"), ("lastmod", "lastmod"), ("read2Time", "read2_time"), ("ÄrgerKey", "ärger_key"),
        ("URL", "url"), ("", ""),
    ])
    func spellingsOfOneKeyMeetInOne(_ key: String, _ canonical: String) {
        #expect(FrontMatterKey.canonical(key) == canonical)
    }
}
