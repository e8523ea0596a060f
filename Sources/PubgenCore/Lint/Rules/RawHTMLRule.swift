import PubgenDiagnostics

/// Raw HTML that the build omits (unless `unsafe_html: true`), so writers are not
/// surprised by content missing from the page.
struct RawHTMLRule: LintRule {
    static let id = "markdown.raw-html"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        guard !context.configuration.unsafeHTML else { return [] }
        return subject.article.body.rawHTMLLocations.map {
            .warning("raw HTML is left out of the page; write it in Markdown, or set unsafe_html: true in pubgen.yml",
                     rule: Self.id, at: $0)
        }
    }
}
