extension LanguageDefinition {
    private static let javaScriptKeywords = """
        async await break case catch const continue debugger default delete do else export extends \
        finally for from if import in instanceof let new of return static switch throw try typeof var \
        void while with yield
        """
    private static let javaScriptLiterals = "true false null undefined NaN Infinity this super arguments"

    /// JavaScript: template literals with `${…}`, regular expressions after operators, `$` in names.
    static let javaScript = LanguageDefinition(
        words: WordTable(
            keywords: javaScriptKeywords, literals: javaScriptLiterals,
            definesFunction: "function", definesType: "class"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("`", multiline: true, interpolation: "${"), StringRule("\""), StringRule("'")],
        identifierExtra: "$",
        capitalizedAreTypes: true,
        features: [.regexLiterals, .decorators])

    /// TypeScript: JavaScript plus type keywords, primitive type names and decorators.
    static let typeScript = LanguageDefinition(
        words: WordTable(
            keywords: javaScriptKeywords + """
                 abstract as asserts declare implements infer is keyof module override private protected \
                public readonly satisfies unique
                """,
            types: "any bigint boolean never number object string symbol unknown void",
            literals: javaScriptLiterals,
            definesFunction: "function", definesType: "class interface enum type namespace"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("`", multiline: true, interpolation: "${"), StringRule("\""), StringRule("'")],
        identifierExtra: "$",
        capitalizedAreTypes: true,
        features: [.regexLiterals, .decorators])
}
