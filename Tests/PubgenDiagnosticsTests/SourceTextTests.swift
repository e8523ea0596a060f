import PubgenDiagnostics
import Testing

/// A file's text kept as bytes: what it spells, its suffixes and its comparisons.
@Suite struct SourceTextTests {
    @Test func spellsWhatItWasMadeFrom() {
        let text = SourceText("café — 日本語\n")
        #expect(text.string == "café — 日本語\n")
        #expect(Array(text.utf8) == Array("café — 日本語\n".utf8))
        #expect(text.withUTF8 { Array($0) } == Array("café — 日本語\n".utf8))
        #expect(!text.isEmpty)
        #expect(SourceText("").isEmpty && ("" as SourceText).isEmpty)
    }

    @Test func aSuffixSharesTheBytesFromItsOffset() {
        let text = SourceText("---\ntitle: T\n---\nBody é\n")
        let body = text.suffix(fromByte: 17)
        #expect(body == "Body é\n")
        #expect(body.withUTF8 { Array($0) } == Array("Body é\n".utf8))
        #expect(body.suffix(fromByte: 5) == "é\n")
        #expect(text.suffix(fromByte: text.utf8.count).isEmpty)
    }

    @Test func bytesFromAnOffsetSkipWhatComesBefore() {
        let withMark: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8)
        let text = SourceText(validUTF8: withMark, from: 3)
        #expect(text == "# Title\n")
        #expect(text.string == "# Title\n")
        #expect(text.withUTF8 { $0.count } == 8)
    }

    @Test func equalityIsByText() {
        #expect(SourceText("a\n") == SourceText(validUTF8: Array("xa\n".utf8), from: 1))
        #expect(SourceText("a") != SourceText("b"))
        #expect(SourceText("a") != SourceText("ab"))
    }
}
