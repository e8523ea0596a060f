import PubgenHighlight
import Testing

/// Classes of individual tokens in programming languages: the cases that golden files show
/// only in passing. `expect` is shared with `DataAndMarkupTokenTests`.
@Suite struct TokenTests {
    /// The runs of `code` highlighted as `language`, checked for well-formed spans.
    static func runs(_ code: String, _ language: String) -> [HTMLSpans.Run] {
        let spans = HTMLSpans(SyntaxHighlighter().highlight(code, language: language) ?? "")
        #expect(spans.problems.isEmpty, "\(spans.problems)")
        #expect(spans.text == code)
        return spans.runs
    }

    /// Expects each `(class, text)` among the runs; class "" means the text is inside a plain run.
    static func expect(
        _ code: String, _ language: String, _ expected: [(String, String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let runs = runs(code, language)
        for (cls, text) in expected {
            let found =
                cls.isEmpty
                ? runs.contains { $0.cls == nil && $0.text.contains(text) } : runs.contains(.init(cls: cls, text: text))
            #expect(
                found, "\(language): no \(cls.isEmpty ? "plain" : "hl-" + cls) \(text.debugDescription) in \(runs)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func markupInStringsAndCommentsIsEscaped() throws {
        let html = try #require(
            SyntaxHighlighter().highlight("s = \"<script>alert('&')</script>\"  # <b>", language: "python"))
        #expect(
            html.contains("<span class=\"hl-s\">&quot;&lt;script&gt;alert(&#39;&amp;&#39;)&lt;/script&gt;&quot;</span>")
        )
        #expect(html.contains("<span class=\"hl-c\"># &lt;b&gt;</span>"))
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        let js = try #require(SyntaxHighlighter().highlight("// </script><script>x</script>", language: "js"))
        #expect(js == "<span class=\"hl-c\">// &lt;/script&gt;&lt;script&gt;x&lt;/script&gt;</span>")
    }

    @Test func numbers() {
        for number in ["0x1F", "1_000", "1e-9", "3.14", "0b1010", "0o755", "2.5E+10", "10u32", "1.5f", "100ULL", ".5"] {
            Self.expect("x = \(number);", "c", [("n", number)])
        }
        Self.expect("let r = 1..10; t.0", "rust", [("n", "1"), ("n", "10"), ("n", "0")])
        Self.expect("x = 1'000'000;", "cpp", [("n", "1'000'000")])
    }

    @Test func nestedBlockCommentsInSwiftRustAndKotlinOnly() {
        let code = "/* a /* b */ c */ x"
        for language in ["swift", "rust", "kotlin"] { Self.expect(code, language, [("c", "/* a /* b */ c */")]) }
        Self.expect(code, "c", [("c", "/* a /* b */")])
        Self.expect("/* never closed\n * still comment", "javascript", [("c", "/* never closed\n * still comment")])
    }

    @Test func python() {
        Self.expect(
            "@app.route(\"/\")\ndef index(self):\n    return f\"{x!r}\" + rb'\\x00' + '''a\n\"b\"'''  # done",
            "python",
            [
                ("a", "@app.route"), ("k", "def"), ("f", "index"), ("b", "self"), ("k", "return"), ("s", "f\"{x!r}\""),
                ("s", "rb'\\x00'"), ("s", "'''a\n\"b\"'''"), ("c", "# done"),
            ])
        Self.expect(
            "class Foo(Base): x: int = None", "python", [("t", "Foo"), ("t", "Base"), ("t", "int"), ("b", "None")])
        Self.expect("s = 'it\\'s' + \"a\\\"b\"", "python", [("s", "'it\\'s'"), ("s", "\"a\\\"b\"")])
        Self.expect("x = re.match(p)", "python", [("f", "match")])
    }

    @Test func javaScriptRegexVersusDivision() {
        Self.expect("const r = /a\\/b[/]c/gi; x = a / b / c;", "javascript", [("s", "/a\\/b[/]c/gi"), ("", " / ")])
        Self.expect("return /x/.test(s)", "javascript", [("k", "return"), ("s", "/x/")])
        Self.expect("`a ${b + `c`} d` + 'e'", "javascript", [("s", "`a ${b + `c`} d`"), ("s", "'e'")])
        Self.expect("promise.catch(f).finally(g)", "javascript", [("f", "catch"), ("f", "finally")])
        Self.expect(
            "function $init() { return this }", "javascript", [("k", "function"), ("f", "$init"), ("b", "this")])
    }

    @Test func swiftStringsAndPound() {
        Self.expect(
            "#if DEBUG\nlet s = \"a \\(b(\"c\")) d\"\nlet r = #\"raw \\(x) \"q\"\"#\n@MainActor func f() -> Self? { nil }\n#endif",
            "swift",
            [
                ("m", "#if"), ("s", "\"a \\(b(\"c\")) d\""), ("s", "#\"raw \\(x) \"q\"\"#"), ("a", "@MainActor"),
                ("k", "func"), ("f", "f"), ("b", "Self"), ("b", "nil"), ("m", "#endif"),
            ])
        Self.expect("case .default: break", "swift", [("k", "case"), ("", "."), ("", "default")])
    }

    @Test func rustCharactersLifetimesRawStringsAndAttributes() {
        Self.expect(
            "#[derive(Debug)]\nfn f<'a>(s: &'a str) -> char { let c = '\\''; let e = '\\u{1F600}'; let d = 'é'; r#\"a \"b\" c\"#; b'x'; println!(\"{}\", c) }",
            "rust",
            [
                ("a", "#[derive(Debug)]"), ("t", "'a"), ("t", "str"), ("t", "char"), ("s", "'\\''"),
                ("s", "'\\u{1F600}'"),
                ("s", "'é'"), ("s", "r#\"a \"b\" c\"#"), ("s", "b'x'"), ("f", "println!"),
            ])
        Self.expect("'outer: loop { break 'outer; }", "rust", [("t", "'outer"), ("k", "loop")])
    }

    @Test func shell() {
        Self.expect(
            "NAME=\"$HOME/${DIR:-x} \\$y\" # note\necho a#b ${#arr[@]} $1 $? '$z'",
            "bash",
            [
                ("v", "NAME"), ("s", "\""), ("v", "$HOME"), ("v", "${DIR:-x}"), ("s", " \\$y\""), ("c", "# note"),
                ("f", "echo"), ("", "a#b"), ("v", "${#arr[@]}"), ("v", "$1"), ("v", "$?"), ("s", "'$z'"),
            ])
        Self.expect(
            "cat <<-EOF > f\n\tline $x\n\tEOF\nls --no-color", "sh",
            [("s", "EOF"), ("s", "\tline $x\n\tEOF"), ("", "ls --no-color")])
        Self.expect("apt-get install --dry-run done-list", "sh", [("", "apt-get install --dry-run done-list")])
    }

    @Test func console() {
        Self.expect(
            "$ echo \"hi\" # greet\nhi it's me\n", "console",
            [("m", "$"), ("f", "echo"), ("s", "\"hi\""), ("c", "# greet"), ("", "\nhi it's me\n")])
    }

    @Test func sql() {
        Self.expect(
            "select Count(*) FROM t WHERE name = 'O''Brien' AND id = $1 -- c\nAND \"select\" IS NULL",
            "sql",
            [
                ("k", "select"), ("f", "Count"), ("k", "FROM"), ("s", "'O''Brien'"), ("v", "$1"), ("c", "-- c"),
                ("", " \"select\" "), ("b", "NULL"),
            ])
        Self.expect("AS $fn$ SELECT 1 $fn$;", "sql", [("s", "$fn$ SELECT 1 $fn$")])
    }

    @Test func cPreprocessorAndTypes() {
        Self.expect(
            "#include <stdio.h>\n  #define MAX(a, b) ((a) > (b))\nstruct node *n = NULL; char c = '\\n';",
            "c",
            [
                ("m", "#include"), ("s", "<stdio.h>"), ("m", "#define"), ("f", "MAX"), ("k", "struct"), ("t", "node"),
                ("b", "NULL"), ("s", "'\\n'"),
            ])
        Self.expect("auto s = R\"x(a \" b)x\";", "cpp", [("s", "R\"x(a \" b)x\"")])
    }

    @Test func goAndJava() {
        Self.expect(
            "func (s *Server) Handle(w http.ResponseWriter) error { go run(`raw\\`) }", "go",
            [
                ("k", "func"), ("f", "Handle"), ("t", "error"), ("k", "go"), ("f", "run"), ("s", "`raw\\`"),
            ])
        Self.expect(
            "@Override public String toString() { return \"\"\"\n  x\"\"\"; }", "java",
            [
                ("a", "@Override"), ("t", "String"), ("f", "toString"), ("s", "\"\"\"\n  x\"\"\""),
            ])
    }
}
