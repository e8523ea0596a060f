import PubgenDiagnostics

/// A note, so nobody wonders why a post is missing from the site.
struct FutureDateRule: LintRule {
    static let id = "content.future"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        let date = subject.article.date
        guard date.instant > context.now else { return [] }
        return [.note(
            "publish_date \(date.iso8601) is in the future: build leaves this article out until then (or pass --future)",
            rule: Self.id, at: subject.article.frontMatter.locations[FrontMatterKey.publishDate])]
    }
}
