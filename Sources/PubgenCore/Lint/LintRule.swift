import Foundation
import PubgenDiagnostics
import PubgenXML

/// One lint check over one article. Each rule lives in its own file under `Rules/`,
/// has a stable `id` (shown as `[id]`) and is documented in the README.
package protocol LintRule: Sendable {
    static var id: String { get }
    func check(_ subject: LintSubject, in context: LintContext) -> [Diagnostic]
}

/// One compiled article with what the rules look at.
package struct LintSubject: Sendable {
    package var article: Article
    /// The ids and references libxml2's HTML parser finds in the rendered body.
    package var outline: HTMLOutline
    package var isDraft: Bool
    package var path: String { article.source.displayPath }
}

/// What rules may need to know beyond one article.
package struct LintContext: Sendable {
    package var configuration: SiteConfiguration
    package var now: Date
    /// Every article's ids, by URL path, for `other.md#anchor` links.
    package var idsBySlug: [String: Set<String>]
    package var resolver: LinkResolver
}

/// The registry of rules, in the order they run.
package enum LintRules {
    package static let articleRules: [any LintRule] = [
        UnknownKeyRule(), DescriptionRule(), ReadTimeRule(), EmptyBodyRule(), FutureDateRule(),
        BrokenAnchorRule(), ImageAltRule(), HeadingOrderRule(), RawHTMLRule(),
    ]

    /// Every rule id lint can report, for configuration checks and documentation.
    package static let allIDs: Set<String> = Set(articleRules.map { type(of: $0).id }).union([
        MojibakeRule.id, QuoteRepair.rule, FrontMatterParser.syntaxRule, FrontMatterParser.missingKeyRule,
        FrontMatterParser.typeRule, FrontMatterParser.dateRule, FrontMatterSplitter.rule, "front-matter.slug",
        "encoding.utf8", "link.broken", "link.unpublished", "link.missing-file", "front-matter.hero-image", "front-matter.tag", SiteChecks.duplicateSlugRule, "content.symlink",
        ArticleLoader.pathRule,
    ])
}
