import PubgenHighlight
import Testing

/// Language names: aliases, case and surrounding whitespace; unknown names give nil.
@Suite struct LanguageNameTests {
    let highlighter = SyntaxHighlighter()

    @Test(arguments: [
        "py", "python3", "js", "ts", "sh", "bash", "zsh", "shell", "console", "yml", "rs", "golang", "c++", "cpp",
        "h", "hpp", "jsonc", "html", "xml", "svg", "htm", "swift", "sql", "toml", "css", "java", "kotlin", "kt",
        "typescript", "javascript", "rust", "go", "c", "json", "yaml", "python", "postgresql", "mysql", "tsx", "jsx",
    ])
    func aliasIsSupported(_ name: String) {
        #expect(SyntaxHighlighter.supportedLanguages.contains(name))
        #expect(highlighter.highlight("x", language: name) != nil)
    }

    @Test func namesAreCaseInsensitiveAndTrimmed() {
        let expected = highlighter.highlight("def f(): pass", language: "python")
        #expect(expected?.contains("hl-k") == true)
        for name in ["Python", "PY", "pYtHoN3", " python ", "python\n"] {
            #expect(highlighter.highlight("def f(): pass", language: name) == expected, "\(name)")
        }
        #expect(highlighter.highlight("<p>", language: "HTML") == highlighter.highlight("<p>", language: "html"))
    }

    @Test func aliasesUseTheSameLexer() {
        let code = "fn main() { let x: u8 = 0x1F; }"
        #expect(highlighter.highlight(code, language: "rs") == highlighter.highlight(code, language: "rust"))
        let script = "export NAME=\"$HOME\""
        for name in ["sh", "bash", "zsh"] {
            #expect(highlighter.highlight(script, language: name) == highlighter.highlight(script, language: "shell"))
        }
    }

    @Test(arguments: ["", "brainfuck", "python 3", "py-3", "c#", "text", "plaintext", "mermaid", "diff", "markdown"])
    func unknownLanguageGivesNil(_ name: String) {
        #expect(highlighter.highlight("a < b", language: name) == nil)
    }

    @Test func supportedLanguagesAreSortedLowercaseAndUnique() {
        let names = SyntaxHighlighter.supportedLanguages
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0 == $0.lowercased() })
        #expect(names.count >= 40)
    }

    @Test func emptyCodeGivesEmptyHTML() {
        #expect(highlighter.highlight("", language: "python") == "")
        #expect(highlighter.highlight("", language: "html") == "")
    }
}
