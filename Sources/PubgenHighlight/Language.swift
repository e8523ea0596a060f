/// The languages the highlighter knows, the names a code fence may give them, and the lexer
/// each one uses.
enum Language: CaseIterable, Sendable {
    case c, cpp, console, css, go, html, java, javascript, json, kotlin, python, rust, shell, sql, swift, toml,
        typescript, xml, yaml

    /// The canonical name first, then the aliases (all lower case).
    var names: [String] {
        switch self {
        case .c: ["c", "h"]
        case .cpp: ["cpp", "c++", "cxx", "cc", "hpp", "hxx", "hh", "h++"]
        case .console: ["console", "shell-session", "sh-session", "terminal"]
        case .css: ["css"]
        case .go: ["go", "golang"]
        case .html: ["html", "htm", "xhtml"]
        case .java: ["java"]
        case .javascript: ["javascript", "js", "jsx", "mjs", "cjs", "node"]
        case .json: ["json", "jsonc"]
        case .kotlin: ["kotlin", "kt", "kts"]
        case .python: ["python", "py", "python3", "py3"]
        case .rust: ["rust", "rs"]
        case .shell: ["shell", "sh", "bash", "zsh", "ksh", "shellscript"]
        case .sql: ["sql", "mysql", "postgresql", "postgres", "pgsql", "sqlite"]
        case .swift: ["swift"]
        case .toml: ["toml"]
        case .typescript: ["typescript", "ts", "tsx", "mts", "cts"]
        case .xml: ["xml", "svg", "xsd", "xsl", "xslt", "plist", "rss"]
        case .yaml: ["yaml", "yml"]
        }
    }

    static let byName: [String: Language] = Dictionary(
        uniqueKeysWithValues: allCases.flatMap { language in language.names.map { ($0, language) } })

    /// The language called `name` (surrounding whitespace and case ignored), or nil.
    static func named(_ name: String) -> Language? {
        var name = Substring(name)
        while name.first?.isWhitespace == true { name.removeFirst() }
        while name.last?.isWhitespace == true { name.removeLast() }
        return byName[name.lowercased()]
    }

    func highlight(_ src: Source, into w: inout HTMLWriter) {
        switch self {
        case .c: CodeLexer.highlight(src, .c, into: &w)
        case .cpp: CodeLexer.highlight(src, .cpp, into: &w)
        case .console: ConsoleLexer.highlight(src, into: &w)
        case .css: CSSLexer.highlight(src, into: &w)
        case .go: CodeLexer.highlight(src, .go, into: &w)
        case .html: MarkupLexer.highlight(src, isHTML: true, into: &w)
        case .java: CodeLexer.highlight(src, .java, into: &w)
        case .javascript: CodeLexer.highlight(src, .javaScript, into: &w)
        case .json: CodeLexer.highlight(src, .json, into: &w)
        case .kotlin: CodeLexer.highlight(src, .kotlin, into: &w)
        case .python: CodeLexer.highlight(src, .python, into: &w)
        case .rust: CodeLexer.highlight(src, .rust, into: &w)
        case .shell: CodeLexer.highlight(src, .shell, into: &w)
        case .sql: CodeLexer.highlight(src, .sql, into: &w)
        case .swift: CodeLexer.highlight(src, .swift, into: &w)
        case .toml: TOMLLexer.highlight(src, into: &w)
        case .typescript: CodeLexer.highlight(src, .typeScript, into: &w)
        case .xml: MarkupLexer.highlight(src, isHTML: false, into: &w)
        case .yaml: YAMLLexer.highlight(src, into: &w)
        }
    }
}
