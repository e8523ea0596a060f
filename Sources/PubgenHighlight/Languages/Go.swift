extension LanguageDefinition {
    /// Go: raw strings in backticks, runes, built-in types. Capitalized names are exported
    /// identifiers rather than types, so they are not classed as types.
    static let go = LanguageDefinition(
        words: WordTable(
            keywords: """
                break case chan const continue default defer else fallthrough for go goto if import \
                interface map package range return select struct switch var
                """,
            types: """
                any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 \
                int64 rune string uint uint8 uint16 uint32 uint64 uintptr
                """,
            literals: "true false nil iota",
            definesFunction: "func", definesType: "type"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("`", escape: false, multiline: true), StringRule("\""), StringRule("'")])
}
