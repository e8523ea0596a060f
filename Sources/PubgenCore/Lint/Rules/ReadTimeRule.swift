import PubgenDiagnostics

/// A declared `read_time` more than 50% away from the text's actual reading time.
struct ReadTimeRule: LintRule {
    static let id = "front-matter.read-time"

    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic] {
        let frontMatter = subject.article.frontMatter
        guard let declared = frontMatter.readTime else { return [] }
        let at = frontMatter.locations[FrontMatterKey.readTime]
        guard let minutes = Int(declared.prefix { $0.isNumber }), minutes > 0 else {
            return [.warning("'read_time' should start with a number of minutes, like '6 mins'", rule: Self.id, at: at)]
        }
        // Lint counts every article's words (`ArticleCompiler.countsAllWords`).
        guard let words = subject.article.body.wordCount else { return [] }
        let computed = max(1.0, Double(words) / 230)
        guard abs(Double(minutes) - computed) / computed > 0.5 else { return [] }
        let estimate = max(1, Int(computed.rounded()))
        return [.warning(
            "'read_time' says \(minutes) minutes, but the text (\(words) words) reads in about \(estimate)",
            rule: Self.id, at: at, fix: "set read_time: '\(estimate) min' or remove it to have it computed")]
    }
}
