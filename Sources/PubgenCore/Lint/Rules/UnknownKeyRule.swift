import PubgenDiagnostics

/// Keys pubgen does not know: a warning with a suggestion for a near miss
/// (`publsh_date` → `publish_date`), a note for the rest (they reach templates as `params`).
/// Other generators' spellings of known keys (`date`, `lastmod`) are not reported; their
/// keys pubgen does not use (`layout`, `[extra]`) are notes, never "did you mean".
struct UnknownKeyRule: LintRule {
    static let id = "front-matter.unknown-key"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        subject.article.frontMatter.writtenKeys.compactMap { written, location in
            let canonical = FrontMatterKey.canonical(written)
            guard !GeneratorKeys.understood.contains(canonical) else { return nil }
            if !GeneratorKeys.foreign.contains(canonical), let suggestion = Suggestion.closest(to: canonical, among: FrontMatterKey.all) {
                return .warning("unknown key '\(written)'; did you mean '\(suggestion)'?", rule: Self.id, at: location,
                                fix: "rename the key to '\(suggestion)'")
            }
            return .note("key '\(written)' is not one pubgen uses; templates can read it as article.params.\(written)", rule: Self.id, at: location)
        }
    }
}
