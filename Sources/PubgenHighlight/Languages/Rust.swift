extension LanguageDefinition {
    /// Rust: nested block comments, raw strings (`r#"…"#`), byte strings, characters versus
    /// lifetimes, `#[attributes]`, `macro!` calls.
    static let rust = LanguageDefinition(
        words: WordTable(
            keywords: """
                as async await break const continue crate dyn else extern for if impl in let loop match mod \
                move mut pub ref return static unsafe use where while yield
                """,
            types: "bool char f32 f64 i8 i16 i32 i64 i128 isize str u8 u16 u32 u64 u128 usize Self",
            literals: "true false self super Some None Ok Err",
            definesFunction: "fn", definesType: "struct enum trait type union"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: true),
        strings: [StringRule("\"", multiline: true)],
        stringPrefixes: "b c",
        capitalizedAreTypes: true,
        features: [.rustAttributesAndRawStrings, .rustCharactersAndLifetimes, .macroBang])
}
