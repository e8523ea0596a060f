import PubgenDiagnostics

/// Local images and file links that point at nothing.
struct MissingFileRule: LintRule {
    static let id = "link.missing-file"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        let body = subject.article.body
        let references = body.images.map { ($0.source, $0.location, "image") } + body.links.map { ($0.destination, $0.location, "link") }
        return references.compactMap { reference, location, kind in
            guard Self.isLocalFile(reference) else { return nil }
            guard !LocalFiles.exists(reference, from: subject.article.source, in: context) else { return nil }
            return .error("\(kind) to '\(reference)', which does not exist", rule: Self.id, at: location)
        }
    }

    /// A relative or root-relative path that is not a Markdown article and not a page anchor.
    static func isLocalFile(_ reference: String) -> Bool {
        guard !reference.isEmpty, !reference.hasPrefix("#"), !reference.hasPrefix("//"), !LinkResolver.hasScheme(reference) else { return false }
        let path = reference.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        return !path.lowercased().hasSuffix(".md") && !path.hasSuffix("/") && !path.isEmpty
    }
}
