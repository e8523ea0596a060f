extension LanguageDefinition {
    /// POSIX shell and bash: `$variables` (also inside double quotes), heredocs, `NAME=value`
    /// assignments, `#` comments only at the start of a word, `-` inside command names.
    static let shell = LanguageDefinition(
        words: WordTable(
            keywords: """
                break case continue coproc declare do done elif else esac exit export fi for if in local \
                readonly return select then time typeset until while
                """,
            literals: "true false",
            builtins: """
                alias bg cd command echo eval exec fg getopts hash jobs kill popd printf pushd pwd read set \
                shift source test trap type ulimit umask unalias unset wait
                """,
            definesFunction: "function"),
        lineComments: ["#"],
        strings: [
            StringRule("\"", multiline: true, interpolation: "$(", shellVariables: true),
            StringRule("'", escape: false, multiline: true),
        ],
        identifierContinuation: "-",
        features: [.shellVariables, .heredocs, .hashCommentsAtWordStart, .assignments])
}
