import PubgenCore
import Testing

struct QuoteRepairTests {
    @Test func recoversARawApostropheInsideSingleQuotes() throws {
        let repairs = QuoteRepair.find(in: "title: ok\ndescription: 'Python's versatility'\n")
        let repair = try #require(repairs.first)
        #expect(repairs.count == 1)
        #expect(repair.line == 2)
        #expect(repair.column == 14)
        #expect(repair.intendedText == "Python's versatility")
        #expect(repair.repairedLine == "description: \"Python's versatility\"")
    }

    @Test func recoversABackslashEscapedApostrophe() throws {
        let repair = try #require(QuoteRepair.find(in: "cta: 'the ecosystem\\'s evolution'").first)
        #expect(repair.intendedText == "the ecosystem's evolution")
        #expect(repair.column == 6)
    }

    @Test(arguments: [
        "title: 'It''s valid YAML'",
        "title: \"It's double-quoted\"",
        "title: plain text",
        "title: 'no apostrophe'",
    ])
    func leavesValidValuesAlone(_ line: String) {
        #expect(QuoteRepair.find(in: line).isEmpty)
    }

    @Test(arguments: ["|", ">", "|-", ">+", "|2", "| # a comment"])
    func leavesTextInsideBlockScalarsAlone(_ indicator: String) {
        // The block's lines are the writer's text: repairing one changed what was
        // published, and `lint --fix` wrote the change into the file.
        let yaml = "title: 'Bob's post'\ndescription: \(indicator)\n  He said: 'it's fine'\n\n  - 'a list's look'\nsummary: 'Ann's'\n"
        #expect(QuoteRepair.find(in: yaml).map(\.line) == [1, 6])
    }

    @Test func aBlockScalarInAListEndsAtTheListsIndentation() {
        let yaml = "notes:\n  - |\n    it's: 'x's'\n  - 'Bob's'\n"
        #expect(QuoteRepair.find(in: yaml).map(\.line) == [4])
    }

    /// `- note: |` opens a block under the item's key; its lines are deeper than the key.
    @Test func aBlockScalarUnderAListItemsKeyIsLeftAlone() {
        let yaml = "title: 'it's A'\nextra:\n  - note: |\n      He said: 'it's fine'\n    other: 'Ann's'\n  - 'Bob's'\n"
        #expect(QuoteRepair.find(in: yaml).map(\.line) == [1, 5, 6])
    }

    @Test func repairsListItemsAndEscapesDoubleQuotes() throws {
        let repair = try #require(QuoteRepair.find(in: "tags:\n  - 'writer's \"best\" tools'").first)
        #expect(repair.line == 2)
        #expect(repair.repairedLine == "  - \"writer's \\\"best\\\" tools\"")
    }

    @Test func diagnosticSaysHowToWriteItValidly() throws {
        let repair = try #require(QuoteRepair.find(in: "description: 'Python's versatility'").first)
        let diagnostic = repair.diagnostic(path: "a.md", lineOffset: 1, severity: .warning)
        #expect(diagnostic.location?.description == "a.md:2:14")
        #expect(diagnostic.message.contains("Write it in double quotes, or double the apostrophe ('')"))
        #expect(diagnostic.fix == "rewrite the value as \"Python's versatility\"")
    }
}
