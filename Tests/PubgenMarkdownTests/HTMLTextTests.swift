import PubgenMarkdown
import Testing

@Suite struct HTMLTextTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLText.escape("café 日本 😀 e\u{301} / = `") == "café 日本 😀 e\u{301} / = `")
        #expect(HTMLText.escape("") == "")
    }

    @Test func doesNotReuseExistingEntities() {
        #expect(HTMLText.escape("&amp;") == "&amp;amp;")
    }

    /// Every ASCII byte, alone and between letters, in a string and on bytes: the five
    /// markup characters escaped, controls but tab and line breaks dropped, the rest kept.
    @Test func everyASCIIByteAsTheRuleSays() {
        for value in UInt8(0)..<128 {
            let expected = switch value {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            case 0x09, 0x0A, 0x0D: String(UnicodeScalar(value))
            case 0..<0x20, 0x7F: ""
            default: String(UnicodeScalar(value))
            }
            let text = "a" + String(UnicodeScalar(value)) + "b"
            #expect(HTMLText.escape(text) == "a\(expected)b", "byte \(value)")
            var output: [UInt8] = []
            HTMLText.append(escaping: text, to: &output)
            #expect(output == Array("a\(expected)b".utf8), "byte \(value)")
            var bytes: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { HTMLText.escape(utf8: $0, appendingTo: &bytes) }
            #expect(bytes == Array("a\(expected)b".utf8), "byte \(value)")
        }
    }
}
