extension LanguageDefinition {
    /// SQL (standard, PostgreSQL, MySQL, SQLite): case-insensitive keywords, `--` comments,
    /// `'it''s'` strings, `"quoted"` and `` `quoted` `` identifiers (plain), `$1`, `@name`, `$$…$$`.
    static let sql = LanguageDefinition(
        words: WordTable(
            keywords: """
                add all alter and any as asc begin between by cascade case cast check collate column commit \
                conflict constraint create cross current database default delete desc distinct do drop each \
                else end except exists explain extract fetch filter first following for foreign from full \
                function grant group having if ilike in index inner insert intersect into is join key language \
                last lateral left like limit materialized natural next not nothing nulls of offset on only or \
                order outer over partition preceding primary procedure recursive references replace returning \
                returns revoke right rollback row rows select set some table then to transaction trigger \
                unbounded union unique update using values view when where window with
                """,
            types: """
                bigint bigserial binary blob bool boolean bytea char character date datetime decimal double \
                float int integer interval json jsonb money numeric precision real serial smallint text time \
                timestamp timestamptz uuid varchar varying
                """,
            literals: "null true false",
            foldsCase: true),
        lineComments: ["--"],
        blockComment: ("/*", "*/", nests: false),
        strings: [
            StringRule("'", escape: false, multiline: true),
            StringRule("\"", escape: false, multiline: true, cls: .plain),
            StringRule("`", escape: false, cls: .plain),
        ],
        features: [.sqlParametersAndDollarQuotes])

    /// JSON (and JSON with comments): keys are attributes, `true`/`false`/`null` literals.
    static let json = LanguageDefinition(
        words: WordTable(keywords: "", literals: "true false null"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("\"")],
        features: [.jsonKeys])
}
