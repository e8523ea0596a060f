import PubgenDiagnostics

/// `#anchor` links, on the same page or on another article's, that no heading or
/// footnote of the rendered target defines (ids collected by libxml2's HTML parser).
struct BrokenAnchorRule: LintRule {
    static let id = "link.anchor"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        let ownIDs = Set(subject.outline.ids)
        return subject.article.body.links.compactMap { link in
            let destination = link.destination
            if destination.hasPrefix("#") {
                let anchor = String(destination.dropFirst())
                guard !anchor.isEmpty, !ownIDs.contains(anchor.removingPercentEncodingIfPossible) else { return nil }
                return .error("no heading on this page has the id '\(anchor)'\(Suggestion.didYouMean(anchor, among: ownIDs))",
                              rule: Self.id, at: link.location)
            }
            let resolution = context.resolver.resolve(destination, from: subject.article.source.relativePath)
            guard case let .article(_, slug, fragment?) = resolution, !fragment.isEmpty,
                  let ids = context.idsBySlug[slug], !ids.contains(fragment.removingPercentEncodingIfPossible) else { return nil }
            return .error("'\(slug)' has no heading with the id '\(fragment)'\(Suggestion.didYouMean(fragment, among: ids))",
                          rule: Self.id, at: link.location)
        }
    }
}

extension String {
    var removingPercentEncodingIfPossible: String {
        removingPercentEncoding ?? self
    }
}
