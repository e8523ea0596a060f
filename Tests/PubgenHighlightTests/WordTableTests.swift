@testable import PubgenHighlight
import Testing

/// A word table finds exactly its words, short (packed into a word) or long, wherever
/// they sit in the code, the last bytes of the buffer included.
@Suite struct WordTableTests {
    static let keywords = "if in is def for class lambda continue nonlocal isinstance NotImplemented a"
    static let table = WordTable(keywords: keywords, types: "int str", definesFunction: "def")

    /// Looks `word` up alone, with bytes after it, and where it ends the buffer after others.
    static func lookups(_ word: String) -> [WordTable.Match?] {
        let bytes = Array(word.utf8)
        let placed = [(bytes, 0), (bytes + Array(" = 1234567890".utf8), 0), (Array("x ".utf8) + bytes, 2)]
        return placed.map { code, from in
            code.withUnsafeBufferPointer { buffer in
                table.lookup(Source(base: buffer.baseAddress!, start: 0, end: buffer.count), from, from + bytes.count)
            }
        }
    }

    @Test func everyWordIsFoundWithItsClass() {
        for word in Self.keywords.split(separator: " ").map(String.init) where word != "def" {
            for match in Self.lookups(word) { #expect(match?.cls == .keyword && match?.next == .plain, "\(word)") }
        }
        for match in Self.lookups("def") { #expect(match?.cls == .keyword && match?.next == .function) }
        for match in Self.lookups("str") { #expect(match?.cls == .type) }
    }

    @Test(arguments: ["i", "iff", "If", "de", "defs", "continues", "continu", "isinstanc", "NotImplementedError", "nonlocals", "aa", "inn", "x"])
    func otherNamesAreNotWords(_ name: String) {
        for match in Self.lookups(name) { #expect(match == nil, "\(name)") }
    }
}
