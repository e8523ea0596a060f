import PubgenCore
import PubgenDiagnostics
import Testing

struct FrontMatterSplitterTests {
    @Test func splitsYAMLAndBodyWithLineOffsets() throws {
        let outcome = FrontMatterSplitter.split("---\ntitle: x\n---\n\nBody\n", path: "a.md")
        guard case let .block(block) = outcome else { Issue.record("expected a block"); return }
        #expect(block.yaml == "title: x\n")
        #expect(block.yamlLineOffset == 1)
        #expect(block.body == "\nBody\n")
        #expect(block.bodyLineOffset == 3)
    }

    @Test func acceptsCRLFAndDotsAsClosingFence() throws {
        guard case let .block(block) = FrontMatterSplitter.split("---\r\ntitle: x\r\n...\r\nBody\r\n", path: "a.md") else {
            Issue.record("expected a block"); return
        }
        #expect(block.yaml == "title: x\n")
        #expect(block.body == "Body\r\n")
        #expect(block.bodyLineOffset == 3)
    }

    @Test func acceptsLoneCarriageReturns() {
        guard case let .block(block) = FrontMatterSplitter.split("---\rtitle: x\r---\rBody", path: "a.md") else {
            Issue.record("expected a block"); return
        }
        #expect(block.yaml == "title: x\n")
        #expect(block.body == "Body")
    }

    @Test func reportsMissingFrontMatterAtLineOne() {
        guard case let .problem(diagnostic) = FrontMatterSplitter.split("# Title\n", path: "a.md") else {
            Issue.record("expected a problem"); return
        }
        #expect(diagnostic.location == SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.hasPrefix("missing front matter"))
    }

    @Test func reportsUnterminatedFrontMatter() {
        guard case let .problem(diagnostic) = FrontMatterSplitter.split("---\ntitle: x\nbody\n", path: "a.md") else {
            Issue.record("expected a problem"); return
        }
        #expect(diagnostic.message.hasPrefix("unterminated front matter"))
    }

    @Test func aThematicBreakInTheBodyIsNotTheOpeningFence() {
        guard case .problem = FrontMatterSplitter.split("Intro\n---\ntitle: x\n---\n", path: "a.md") else {
            Issue.record("front matter must start on line 1"); return
        }
    }
}
