import PubgenDiagnostics

/// A description of 50 to 160 characters, the length search engines show.
/// Drafts are exempt: `pubgen new` leaves it for the writer to fill in.
struct DescriptionRule: LintRule {
    static let id = "front-matter.description"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        guard !subject.isDraft else { return [] }
        let frontMatter = subject.article.frontMatter
        guard let description = frontMatter.description else {
            return [.warning(
                "no 'description': search results and feeds will show the first paragraph instead; write 50 to 160 characters",
                rule: Self.id, at: frontMatter.keyLocations[FrontMatterKey.title])]
        }
        let at = frontMatter.locations[FrontMatterKey.description]
        let length = description.count
        if length < 50 {
            return [.warning("'description' is \(length) characters; 50 to 160 read well in search results", rule: Self.id, at: at)]
        }
        if length > 160 {
            return [.warning("'description' is \(length) characters; search results cut it after about 160", rule: Self.id, at: at)]
        }
        return []
    }
}
