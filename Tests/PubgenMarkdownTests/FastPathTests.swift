import PubgenDiagnostics
@testable import PubgenMarkdown
import PubgenTestSupport
import Testing

/// The byte-level fast paths for word counts and heading ids must give what the
/// scalar-by-scalar rules give, on ASCII and on everything else.
@Suite struct FastPathTests {
    static let texts = [
        "", " ", "plain words here", "It's don't", "well-known e-mail, co-op.", "Version 2.0 has 10 items",
        "UPPER lower MiXeD", "snake_case and kebab-case", "tabs\tand\nnewlines", "!!! ... ---", "a'b'c", "'quoted'",
        "café naïve Straße", "Ångström Zürich", "e\u{0301}cole", "\u{0301}start", "İstanbul", "ǅungla", "ﬁne ﬂow",
        "日本語の見出し", "中文字符 and English words", "漢字abc漢字", "한국어 단어", "ひらがなカタカナ",
        "Ελληνικά русский", "🚀 launch ✨", "👩‍👩‍👧 family", "🇫🇷 flag", "x²³ ½ Ⅻ ٣", "rock’n’roll", "a\u{00A0}b",
        "\u{200B}zero\u{200B}width", "\u{212A}elvin \u{212B}ngstrom ẞ ΟΔΟΣ ΣΑΣ", "“quoted” – dash — ‘single’ it’s…", "a–b—c…d“e”f‘g’h", "tab\u{7F}del\u{1}ctl", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    /// Words counted one scalar at a time with the general rule: Unicode properties for every scalar.
    static func referenceCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
                count += 1
                inWord = false
            case _ where scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "’" || scalar == "'":
                if !inWord { count += 1 }
                inWord = true
            default:
                inWord = false
            }
        }
        return count
    }

    @Test(arguments: texts)
    func wordCountsEqualTheScalarRule(_ text: String) {
        var counter = WordCounter()
        counter.add(text)
        #expect(counter.count == Self.referenceCount(text))
    }

    @Test func wordsDoNotRunAcrossCalls() {
        var counter = WordCounter()
        counter.add("ab")
        counter.add("cd")
        counter.add("é")
        counter.add("f")
        #expect(counter.count == 4)
    }

    /// The smart punctuation answered without a property lookup, each alone and inside a word.
    @Test(arguments: ["’", "–", "—", "‘", "“", "”", "…"])
    func smartPunctuationIsClassifiedAsTheScalarRuleSays(_ mark: String) {
        for text in [mark, "a\(mark)b", "\(mark)a\(mark)"] {
            var counter = WordCounter()
            counter.add(text)
            #expect(counter.count == Self.referenceCount(text), "\(text)")
        }
    }

    /// Every ASCII byte at every position of an eight-byte word and across words (where
    /// the counter reads eight at a time), between letters and between spaces.
    @Test func everyASCIIByteInsideLongRuns() {
        for value in 0..<128 {
            let byte = String(Unicode.Scalar(UInt8(value)))
            for length in [8, 9, 16, 23] {
                for position in 0..<length {
                    for filler in ["a", " "] {
                        var text = Array(repeating: filler, count: length)
                        text[position] = byte
                        let joined = text.joined()
                        var counter = WordCounter()
                        counter.add(joined)
                        #expect(counter.count == Self.referenceCount(joined), "\(joined.debugDescription)")
                    }
                }
            }
        }
    }

    /// Generated runs of letters, digits, punctuation, spaces and non-ASCII text, counted
    /// whole and in pieces.
    @Test func generatedTextCountsAsTheScalarRuleSays() {
        var random = SplitMix64(seed: 0x0DD5)
        let pieces = ["a", "Z", "0", "9", "'", " ", "\n", "-", "@", "[", "`", "{", "~", "é", "日", "’", "—", "ab12", "  "]
        for _ in 0..<3_000 {
            let parts = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }
            let text = parts.joined()
            var whole = WordCounter()
            whole.add(text)
            #expect(whole.count == Self.referenceCount(text), "\(text.debugDescription)")
        }
    }

    /// Every ASCII byte alone: letters, digits and the apostrophe are words, nothing else.
    @Test func everyASCIIByteIsClassifiedAsTheScalarRuleSays() {
        for value in 0..<128 {
            let text = String(Unicode.Scalar(UInt8(value)))
            var counter = WordCounter()
            counter.add(text)
            #expect(counter.count == Self.referenceCount(text), "byte \(value)")
        }
    }

    /// The slug rule as first written: Unicode properties for every scalar.
    static func referenceSlug(_ text: String) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-" {
                base.unicodeScalars.append(scalar)
            } else if scalar == " " {
                base.append("-")
            }
        }
        return base
    }

    /// Every scalar of the first two planes, in a heading of its own and between
    /// letters: a lower-case mapping may give ASCII (the Kelvin sign gives `k`), and a
    /// scalar that lower case leaves alone takes a shorter way (Cherokee, Deseret and
    /// Adlam letters have lower-case forms far from theirs).
    @Test func slugsEqualTheScalarRuleScalarByScalar() {
        for value in UInt32(0x80)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A\(Character(scalar))b \(Character(scalar))"
            #expect(HeadingIDs.slug(text) == Self.referenceSlug(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: texts)
    func slugsEqualTheScalarRule(_ text: String) {
        let reference = Self.referenceSlug(text)
        #expect(HeadingIDs.slug(text) == reference)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(HeadingIDs.asciiSlug(text) == reference)
        } else {
            #expect(HeadingIDs.asciiSlug(text) == nil)
        }
    }
}

import CCmarkGFM

/// A heading of plain text gets its inner HTML without a cmark-gfm render; it must be
/// byte for byte what that render gives.
@Suite struct HeadingFastPathTests {
    static let headings = FastPathTests.texts.filter { !$0.contains("\n") && !$0.contains("\u{1}") } + [
        "Fish & \"chips\" <b>not bold</b> 'quoted' a/b", "Q&A: <tag> & &amp; entities &copy;", "Smart \"quotes\" and 'apostrophes' -- dashes...",
        "Trailing #", "x < y > z", "backslash \\* not emphasis",
    ]

    @Test(arguments: headings, [false, true])
    func plainHeadingsRenderAsCmarkGFMDoes(_ text: String, smart: Bool) throws {
        var options = MarkdownOptions()
        options.smartPunctuation = smart
        let tree = CMarkTree(parsing: SourceText("## \(text)\n"), options: options, autolink: true, footnotes: true)
        let heading = try #require(cmark_node_first_child(tree.root))
        try #require(cmark_node_get_type(heading) == CMARK_NODE_HEADING)
        let rendered = OutlineCollector.innerHTML(of: heading, tag: "h2", options: CMarkTree.renderOptions(options))
        #expect(!rendered.utf8.starts(with: "<h2>".utf8), "the tags are taken off even before a combining mark")
        if let plain = OutlineCollector.plainInnerHTML(of: heading) {
            #expect(plain == rendered)
        } else {
            // Only a heading with markup may take the long way.
            #expect(rendered.contains("<") || text.contains("`"), "\(rendered)")
        }
    }

    @Test func headingsWithMarkupTakeTheLongWay() throws {
        let tree = CMarkTree(parsing: "## A *b* `c`\n", options: MarkdownOptions(), autolink: true, footnotes: true)
        let heading = try #require(cmark_node_first_child(tree.root))
        #expect(OutlineCollector.plainInnerHTML(of: heading) == nil)
    }
}
