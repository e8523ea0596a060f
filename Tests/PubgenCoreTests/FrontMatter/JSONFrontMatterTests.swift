import Foundation
import PubgenCore
import PubgenDiagnostics
import Testing

/// A leading JSON object as front matter (Hugo): values, body offset, errors at line:col.
struct JSONFrontMatterTests {
    func split(_ file: String) throws -> FrontMatterBlock {
        guard case let .block(block) = FrontMatterSplitter.split(file, path: "post.md") else {
            throw Failure()
        }
        return block
    }

    struct Failure: Error {}

    @Test func readsAnObjectAndFindsTheBodyAfterIt() throws {
        let block = try split("""
            {
              "title": "Hello {braces} \\"quoted\\"",
              "date": "2024-02-03",
              "tags": ["a", "b"],
              "draft": false,
              "weight": 3
            }

            Body text.
            """)
        #expect(block.format == .json)
        #expect(block.bodyLineOffset == 7)
        #expect(block.body == "\nBody text.")
        let (frontMatter, diagnostics) = FrontMatterParser.utc.parse(block, path: "post.md")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "Hello {braces} \"quoted\"")
        #expect(frontMatter?.publishDate?.iso8601 == "2024-02-03")
        #expect(frontMatter?.tags == ["a", "b"])
        #expect(frontMatter?.locations[FrontMatterKey.tags]?.description == "post.md:4:11")
        #expect(frontMatter?.extra.first?.value == .text("3"))
    }

    @Test func aSyntaxErrorIsReportedAtItsLineAndColumn() throws {
        let block = try split("{\n  \"title\": \"x\",\n  \"date\": 2024-01-01\n}\n")
        let (frontMatter, diagnostics) = FrontMatterParser.utc.parse(block, path: "post.md")
        #expect(frontMatter == nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "post.md:3:11 invalid JSON: '2024-01-01' is not a JSON value (strings need double quotes)"
        ])
    }

    @Test func nestingBeyondTheLimitIsAnErrorAtTheBracketNotACrash() throws {
        // 60,000 levels overflowed the stack (a segmentation fault in build and lint).
        for depth in [255, 256, 60_000] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let block = try split("{\"title\": \"Deep\", \"date\": \"2025-01-01\",\n \"x\": \(nested)}\nBody\n")
            let (frontMatter, diagnostics) = FrontMatterParser.utc.parse(block, path: "post.md")
            if depth < 256 {  // with the object around them, 256 levels
                #expect(diagnostics.isEmpty)
                #expect(frontMatter?.title == "Deep")
            } else {
                #expect(frontMatter == nil)
                // The 257th level opens at column 7 + 256 of line 2 (the object is level 1).
                #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
                    "post.md:2:262 invalid JSON: lists and objects nest more than 256 levels deep"
                ])
            }
        }
    }

    @Test func aMissingCommaIsReportedWhereTheNextKeyStarts() throws {
        let block = try split("{\n  \"title\": \"x\"\n  \"date\": \"2024-01-01\"\n}\n")
        let (_, diagnostics) = FrontMatterParser.utc.parse(block, path: "post.md")
        #expect(diagnostics.first?.location?.description == "post.md:3:3")
    }

    @Test func escapesIncludingSurrogatePairsAreDecoded() throws {
        let block = try split("{\"title\": \"Caf\\u00e9 \\uD83D\\uDE00 \\n\", \"date\": \"2024-01-01\"}\nBody")
        let (frontMatter, diagnostics) = FrontMatterParser.utc.parse(block, path: "post.md")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "Café 😀 \n")
    }

    @Test func anUnclosedObjectIsAFenceError() {
        guard case let .problem(diagnostic) = FrontMatterSplitter.split("{ \"title\": \"x\"\n\nBody", path: "a.md") else {
            Issue.record("expected a problem")
            return
        }
        #expect(diagnostic.rule == FrontMatterSplitter.rule)
    }
}
