import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct LintFixerTests {
    @Test func fixesQuotingAndMojibakeAndKeepsEveryOtherByte() throws {
        let folder = try TemporaryDirectory("fix")
        let original = "\u{FEFF}---\r\ntitle: 'It's'\r\ncta: 'a writer\\'s note'  \r\npublish_date: 2025-01-02\r\n---\r\n\r\nIt isnâ€™t bad.\r\n"
        let url = try folder.write("a.md", original)
        let file = SourceFile(displayPath: "a.md", relativePath: "a.md", url: url, text: "")
        let changes = try LintFixer().fix(file)
        #expect(changes.map(\.location.description) == ["a.md:2:8", "a.md:3:6", "a.md:7:7"])
        let fixed = [UInt8](try Data(contentsOf: url))
        #expect(fixed == Array("\u{FEFF}---\r\ntitle: \"It's\"\r\ncta: \"a writer's note\"  \r\npublish_date: 2025-01-02\r\n---\r\n\r\nIt isn’t bad.\r\n".utf8))
    }

    @Test func aCleanFileIsNotTouched() throws {
        let folder = try TemporaryDirectory("fix")
        let url = try folder.write("a.md", "---\ntitle: \"Fine\"\npublish_date: 2025-01-02\n---\nBody\n")
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        let changes = try LintFixer().fix(SourceFile(displayPath: "a.md", relativePath: "a.md", url: url, text: ""))
        #expect(changes.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == before)
    }
}
