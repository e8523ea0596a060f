extension LanguageDefinition {
    /// Python 3: `def`/`class` names, decorators, prefixed strings (`f"…"`, `rb'…'`), docstrings.
    /// The soft keywords `match`, `case` and `type` are left plain: they are common names too.
    static let python = LanguageDefinition(
        words: WordTable(
            keywords: """
                and as assert async await break continue del elif else except finally for from global if \
                import in is lambda nonlocal not or pass raise return try while with yield
                """,
            types: "bool bytearray bytes complex dict float frozenset int list object set str tuple type",
            literals: "True False None self cls NotImplemented Ellipsis __name__ __file__",
            definesFunction: "def", definesType: "class"),
        lineComments: ["#"],
        strings: [
            StringRule("\"\"\"", multiline: true), StringRule("'''", multiline: true), StringRule("\""),
            StringRule("'"),
        ],
        stringPrefixes: "r u b f br rb fr rf",
        capitalizedAreTypes: true,
        features: [.decorators])
}
