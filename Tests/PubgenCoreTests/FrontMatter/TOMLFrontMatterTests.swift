import Foundation
import PubgenCore
import PubgenDiagnostics
import Testing

/// `+++` TOML front matter: values, tables, dates, and errors at file-absolute positions.
struct TOMLFrontMatterTests {
    func parse(_ file: String) -> (FrontMatter?, [Diagnostic]) {
        guard case let .block(block) = FrontMatterSplitter.split(file, path: "post.md") else {
            Issue.record("the splitter did not find a block")
            return (nil, [])
        }
        #expect(block.format == .toml)
        return FrontMatterParser.utc.parse(block, path: "post.md")
    }

    @Test func readsKeysTaxonomiesAndExtra() throws {
        let (frontMatter, diagnostics) = parse("""
            +++
            title = "Tides"
            date = 2024-04-10T08:00:00+01:00
            updated = 2024-05-01
            draft = false
            path = "guides/tides"
            aliases = ["/old/tides/"]

            [taxonomies]
            tags = ["tides", "moon"]
            categories = ["guides"]

            [extra]
            mood = "calm"
            +++

            Body.
            """)
        #expect(diagnostics.isEmpty)
        let value = try #require(frontMatter)
        #expect(value.title == "Tides")
        #expect(value.publishDate?.iso8601 == "2024-04-10T08:00:00+01:00")
        #expect(value.updatedDate?.iso8601 == "2024-05-01")
        #expect(!value.draft)
        #expect(value.path == "guides/tides")
        #expect(value.aliases == ["/old/tides/"])
        #expect(value.tags == ["tides", "moon", "guides"])
        #expect(value.categories == ["guides"])
        #expect(value.extra.map(\.key) == ["taxonomies", "extra"])
        #expect(value.extra.last?.value == .map([("mood", .text("calm"))]))
        #expect(value.locations[FrontMatterKey.publishDate]?.description == "post.md:3:8")
        #expect(value.keyLocations[FrontMatterKey.path]?.description == "post.md:6:1")
    }

    @Test func aSyntaxErrorIsReportedAtItsLineAndColumnInTheFile() {
        let (frontMatter, diagnostics) = parse("+++\ntitle = \"ok\"\ndate = = 2024-01-01\n+++\n")
        #expect(frontMatter == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 3)
        #expect(diagnostics.first?.location?.column == 8)
        #expect(diagnostics.first?.rule == FrontMatterParser.syntaxRule)
        #expect(diagnostics.first?.message.hasPrefix("invalid TOML") == true)
    }

    @Test func aWrongTypeIsReportedAtTheValue() {
        let (_, diagnostics) = parse("+++\ntitle = \"t\"\ndate = 2024-01-01\ndraft = \"yes\"\n+++\n")
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == ["post.md:4:9 'draft' is quoted text; write true or false without quotes"])
    }

    @Test func aStringThatLooksLikeABooleanIsStillText() throws {
        let (frontMatter, _) = parse("+++\ntitle = \"true\"\ndate = 2024-01-01\n+++\n")
        #expect(frontMatter?.title == "true")
    }

    @Test func anUnterminatedTOMLBlockIsAFenceError() {
        guard case let .problem(diagnostic) = FrontMatterSplitter.split("+++\ntitle = \"x\"\n", path: "a.md") else {
            Issue.record("expected a problem")
            return
        }
        #expect(diagnostic.message.contains("'+++'"))
    }
}
