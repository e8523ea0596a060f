import PubgenHighlight
import PubgenTestSupport
import Testing

/// Whatever the input, the output is the input exactly (once tags are removed and entities
/// decoded), with balanced, unnested, non-empty spans: nothing lost, duplicated or unescaped.
/// Large pathological inputs finish (a quadratic lexer would hang the suite, not fail a timer).
@Suite struct RoundTripTests {
    /// One name per language (the aliases map to the same lexers).
    static let languages = [
        "c", "cpp", "console", "css", "go", "html", "java", "javascript", "json", "kotlin", "python", "rust",
        "shell", "sql", "swift", "toml", "typescript", "xml", "yaml",
    ]

    static let adversarial: [String] = [
        "", " ", "\n", "\r\n", "\t\t\n\n", "\"", "'", "`", "\"\"\"", "'''", "\"abc", "'abc\nnext'", "`abc${",
        "*/", "/*", "/* /* */", "/* unterminated\n\n", "<!--", "<!-- a -- b", "<!", "<?", "<![CDATA[", "<", "<a",
        "<a href=", "<a href=\"x", "</", "</>", "<script>", "<script>const a = '</script>", "<style>a{",
        "#", "#!", "#!/bin/sh", "#[", "#![", "#\"", "##\"abc", "#\"\"\"", "r#\"", "r##\"x\"#", "br\"", "b'",
        "'\\", "'\\u{1F600", "'a", "''", "R\"(", "R\"abc(", "u8R\"x(y)x\"", "$", "${", "${a", "$(", "$'", "$$",
        "$tag$ body", "<<", "<<EOF", "cat <<-'EOF'\n\tx\n\tEOF\n", "<<\"", "\\", "\\\n", "@", "@a.", "0x",
        "0x_", "1e", "1e+", "1.", ".5", "1_", "1'000", "9..0", "/", "//", "/[", "/\\", "a / b / c", "(/a/)",
        "return /[/]/g", "{", "}", "}}}}", "{{{{", "[", "]]", "[[", "key:", ": value", "- ", "- - -", "---",
        "a: |\n  b\n c", "a: >-\n", "&", "&amp", "&#;", "&#x;", "&;", "*", "!", "!!", "? x", "a = \"\"\"",
        "a = '''", "[table", "[[a]]]", "x = 1979-05-27 07:", "x = [{", "@media", "@media (", "a:hover",
        "a { b: c", "a { b { c", "url(", "url(\"", "--x", "-", "\u{0}", "\u{FFFD}", "é", "日本語 'str'",
        "👍🏽 \"👍🏽\" /* 👍🏽 */", "\u{7F}", "a\u{0}b'\u{0}'",
    ]

    @Test(arguments: languages)
    func adversarialInputsRoundTrip(_ language: String) throws {
        let highlighter = SyntaxHighlighter()
        for input in Self.adversarial + Self.adversarial.map({ "x " + $0 + " y\n" + $0 }) {
            let html = try #require(highlighter.highlight(input, language: language))
            Self.check(html, input, language)
        }
    }

    @Test(arguments: languages)
    func randomInputsRoundTrip(_ language: String) throws {
        var random = SplitMix64(seed: 0x5EED ^ UInt64(language.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        let alphabet = Array("abcXYZ_019 \t\n\r\"'`\\/*#@$!{}[]()<>=:;,.-+%&?|~^".utf8)
        let highlighter = SyntaxHighlighter()
        for round in 0..<300 {
            let count = Int(random.next() % 200)
            let bytes: [UInt8] = (0..<count).map { _ in
                round.isMultiple(of: 3)
                    ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let input = String(decoding: bytes, as: UTF8.self)
            let html = try #require(highlighter.highlight(input, language: language))
            Self.check(html, input, language)
        }
    }

    @Test(arguments: languages)
    func largePathologicalInputsFinish(_ language: String) throws {
        let patterns = [
            "(/", "r#", "##", "<<A ", "${", "'a", "\\(", "`${", "/*", "<!--", "<a b=", "[{", "- ", "a: ", "\"\\",
            "#[", "$a$", "\"$(", "{a:", "@media(", "url(", "&#", "<![CDATA[", "R\"(", "'''",
        ]
        let highlighter = SyntaxHighlighter()
        for pattern in patterns {
            let input = String(repeating: pattern, count: 16_384 / pattern.utf8.count)
            let html = try #require(highlighter.highlight(input, language: language))
            Self.check(html, input, language)
        }
        let megabyte = String(repeating: "x = \"a\\\"b\" /* c */ 'd' <e f=\"g\"> 0x1F $h {i: j} # k\n", count: 20_000)
        let html = try #require(highlighter.highlight(megabyte, language: language))
        #expect(html.utf8.count > megabyte.utf8.count)
    }

    /// The checker itself catches what it must, so the round trips above prove something.
    @Test func checkerRejectsBadMarkup() {
        let bad = [
            "<span class=\"hl-k\"><span class=\"hl-s\">a</span></span>", "<span class=\"hl-k\"></span>",
            "<span class=\"hl-k\">a</span><span class=\"hl-k\">b</span>", "<span class=\"hl-k\">a", "a</span>",
            "a < b", "&nbsp;", "<span class=\"hl-zz\">a</span>", "it's",
        ]
        for html in bad { #expect(!HTMLSpans(html).problems.isEmpty, "\(html)") }
        let good = HTMLSpans(
            "<span class=\"hl-k\">if</span> a &lt; b <span class=\"hl-k\">then</span>&amp;&#39;&quot;&gt;")
        #expect(good.problems.isEmpty)
        #expect(good.text == "if a < b then&'\">")
    }

    static func check(
        _ html: String, _ input: String, _ language: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let spans = HTMLSpans(html)
        #expect(
            spans.problems.isEmpty, "\(language) \(input.debugDescription): \(spans.problems)",
            sourceLocation: sourceLocation)
        #expect(
            spans.text == input, "\(language) \(input.debugDescription) came back as \(spans.text.debugDescription)",
            sourceLocation: sourceLocation)
    }
}

