@testable import PubgenMarkdown
import Testing

/// Word counts for reading time, through the renderer (prose only, CJK by character).
@Suite struct WordCounterTests {
    static func count(_ markdown: String) -> Int {
        MarkdownRenderer().render(markdown, path: "t.md").wordCount ?? -1
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var markdown: String
        var words: Int
        var testDescription: String { "\(words): \(markdown.debugDescription)" }
    }

    @Test(arguments: [
        Case(markdown: "", words: 0),
        Case(markdown: "one two  three\n", words: 3),
        Case(markdown: "It's don't rock'n'roll\n", words: 3),           // apostrophes, smartened to ’, join
        Case(markdown: "well-known e-mail, co-op.\n", words: 6),       // hyphens split
        Case(markdown: "Version 2.0 has 10 items\n", words: 6),
        Case(markdown: "café naïve Straße\n", words: 3),
        Case(markdown: "日本語\n", words: 3),                              // each ideograph or kana is a word
        Case(markdown: "ひらがなカタカナ\n", words: 8),
        Case(markdown: "中文字符 and English words\n", words: 7),
        Case(markdown: "漢字abc漢字\n", words: 5),
        Case(markdown: "한국어 단어\n", words: 2),                         // Hangul uses spaces: counted as words
        Case(markdown: "# Heading words\n\nBody *emphasis* **strong**\n", words: 5),
        Case(markdown: "[link text](https://example.com/a/b) ![alt words](x.png)\n", words: 4),
        Case(markdown: "- one\n- two\n\n> three four\n", words: 4),
        Case(markdown: "| a b | c |\n|---|---|\n| d | e f |\n", words: 6),
        Case(markdown: "`inline code` 漢字\n", words: 4),
        Case(markdown: "... --- !!! 😀 🎉\n", words: 0),
    ])
    func counts(_ c: Case) {
        #expect(Self.count(c.markdown) == c.words)
    }

    @Test func fencedAndIndentedCodeIsNotCounted() {
        #expect(Self.count("Two words\n\n```swift\nlet many = words in code\n```\n\n    indented code words\n") == 2)
        #expect(Self.count("```\n中文\n```\n") == 0)
    }

    @Test func rawHTMLIsNotCounted() {
        #expect(Self.count("<div>\nhidden words here\n</div>\n\nshown <b>x</b>\n") == 2)
    }

    @Test func wordsDoNotRunAcrossNodes() {
        // "a" and "b" are separate text nodes joined by a soft break, not one word "ab".
        #expect(Self.count("a\nb\n") == 2)
    }
}

/// The shortcuts `WordCounter.kind(of:)` takes agree with the Unicode properties for every scalar.
@Suite struct WordKindTests {
    @Test func everyScalarHasItsPropertyKind() {
        var disagreeing: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WordCounter.kind(of: scalar) != WordCounter.propertyKind(of: scalar), disagreeing.count < 10 {
                disagreeing.append(String(value, radix: 16, uppercase: true))
            }
        }
        #expect(disagreeing.isEmpty, "U+\(disagreeing.joined(separator: ", U+")) have another kind by their properties")
    }
}
