import PubgenDiagnostics

/// An article with front matter and nothing after it. Drafts are exempt.
struct EmptyBodyRule: LintRule {
    static let id = "content.empty"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        guard !subject.isDraft, subject.article.body.html.allSatisfy(\.isWhitespace) else { return [] }
        return [.warning("the article has no body after its front matter", rule: Self.id,
                         at: subject.article.frontMatter.keyLocations[FrontMatterKey.title])]
    }
}
