import PubgenDiagnostics

/// Images need alt text: screen readers read it, and it shows when the image fails.
struct ImageAltRule: LintRule {
    static let id = "image.alt"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        subject.article.body.images.compactMap { image in
            guard image.alt.allSatisfy(\.isWhitespace) else { return nil }
            return .warning("image '\(image.source)' has no alt text; describe it between the brackets: ![what it shows](…)",
                            rule: Self.id, at: image.location)
        }
    }
}
