import PubgenHighlight
import Testing

/// Classes of individual tokens in data and markup languages: JSON, YAML, TOML, HTML, CSS.
@Suite struct DataAndMarkupTokenTests {
    @Test func json() {
        TokenTests.expect(
            "{\"key\": \"value\", \"n\" : -1.5e3, \"ok\": [true, null]}",
            "json",
            [("a", "\"key\""), ("s", "\"value\""), ("a", "\"n\""), ("n", "1.5e3"), ("b", "true"), ("b", "null")])
    }

    @Test func yaml() {
        TokenTests.expect(
            "a: 1\n\"b c\": 'x'\n- name: t # c\n  run: |\n    echo \"a: b\" # not comment\n  with: { k: v, n: 0x1F }\nd: true\ne: 1.2.3\n",
            "yaml",
            [
                ("a", "a"), ("n", "1"), ("a", "\"b c\""), ("s", "'x'"), ("a", "name"), ("c", "# c"), ("a", "run"),
                ("s", "echo \"a: b\" # not comment"), ("a", "with"), ("a", "k"), ("n", "0x1F"), ("b", "true"),
                ("", "1.2.3"),
            ])
    }

    @Test func toml() {
        TokenTests.expect(
            "[tool.\"x.y\"]\nkey = \"v\" # c\nt = { a = 1, b.c = 'lit' }\nd = 1979-05-27T07:32:00Z\n[[bin]]",
            "toml",
            [
                ("t", "tool.\"x.y\""), ("a", "key"), ("s", "\"v\""), ("c", "# c"), ("a", "a"), ("n", "1"), ("a", "b"),
                ("a", "c"), ("s", "'lit'"), ("n", "1979-05-27T07:32:00Z"), ("t", "bin"),
            ])
    }

    @Test func html() {
        TokenTests.expect(
            "<!DOCTYPE html><a href=\"/x?a=1&amp;b\" hidden>A &amp; B</a><!-- c --><style>p{color:red}</style><script>if (a < b) x()</script>",
            "html",
            [
                ("m", "<!DOCTYPE html>"), ("g", "a"), ("a", "href"), ("s", "\"/x?a=1&amp;b\""), ("a", "hidden"),
                ("b", "&amp;"),
                ("c", "<!-- c -->"), ("g", "style"), ("g", "p"), ("a", "color"), ("k", "if"), ("", " < "), ("f", "x"),
                ("g", "script"),
            ])
        TokenTests.expect("<svg:rect x='1'/>", "svg", [("g", "svg:rect"), ("a", "x"), ("s", "'1'")])
    }

    @Test func css() {
        TokenTests.expect(
            "@media (min-width: 40em) { a.b:hover, #c > p { --gap: 2px; margin: -1.5rem auto !important; color: #fff; background: url(x.png); } }",
            "css",
            [
                ("k", "@media"), ("a", "min-width"), ("n", "40em"), ("g", "a"), ("t", ".b"), ("k", ":hover"),
                ("t", "#c"),
                ("g", "p"), ("v", "--gap"), ("a", "margin"), ("n", "-1.5rem"), ("k", "!important"), ("n", "#fff"),
                ("f", "url"), ("s", "x.png"),
            ])
    }
}
