import PubgenDiagnostics

/// Headings that skip a level (h2 → h4), or an h1 in the body: the page's title is
/// already its h1, and screen-reader users navigate by this outline.
struct HeadingOrderRule: LintRule {
    static let id = "heading.order"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        var previous = 1
        var diagnostics: [Diagnostic] = []
        for heading in subject.article.body.headings {
            if heading.level == 1 {
                diagnostics.append(.warning(
                    "level-1 heading in the body; the title is already the page's h1, so start sections with ##",
                    rule: Self.id, at: heading.location))
            } else if heading.level > previous + 1 {
                diagnostics.append(.warning(
                    "heading jumps from h\(previous) to h\(heading.level); use h\(previous + 1)",
                    rule: Self.id, at: heading.location))
            }
            previous = heading.level
        }
        return diagnostics
    }
}
