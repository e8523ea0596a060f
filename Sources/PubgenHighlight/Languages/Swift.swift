extension LanguageDefinition {
    /// Swift: nested block comments, `\(…)` interpolation, multi-line and raw strings
    /// (`#"…"#`), `@attributes`, `#if` and macros as meta.
    static let swift = LanguageDefinition(
        words: WordTable(
            keywords: """
                actor any as associatedtype async await borrowing break case catch consuming continue \
                convenience default defer deinit didSet do dynamic else extension fallthrough fileprivate \
                final for get guard if import in indirect init inout internal is lazy let macro mutating \
                nonisolated nonmutating open operator override package precedencegroup private protocol \
                public repeat required rethrows return sending set some static subscript switch throw throws \
                try typealias unowned var weak where while willSet
                """,
            types: "Any AnyObject",
            literals: "true false nil self Self super",
            definesFunction: "func", definesType: "class struct enum protocol extension actor typealias"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: true),
        strings: [StringRule("\"\"\"", multiline: true, interpolation: "\\("), StringRule("\"", interpolation: "\\(")],
        identifierExtra: "$",  // $0, $value
        capitalizedAreTypes: true,
        features: [.swiftPound, .decorators])
}
