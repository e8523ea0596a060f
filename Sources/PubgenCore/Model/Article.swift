import PubgenDiagnostics
import PubgenMarkdown

/// One published article: its metadata, its rendered body and where it goes.
package struct Article: Sendable {
    package var source: SourceFile
    package var frontMatter: FrontMatter
    package var slug: String
    package var body: RenderedMarkdown
    /// The written `read_time`, or one computed from the word count.
    package var readingTime: String

    /// The publication date; articles without one are never published.
    package var date: PublicationDate { frontMatter.publishDate! }
    package var title: String { frontMatter.title }

    /// The page's path inside the output folder.
    package var outputPath: String { "\(slug)/index.html" }
    /// The page's URL relative to the site root (`slug/`).
    package var relativeURL: String { "\(slug)/" }

    /// The description for meta tags and feeds: the written one, or the first paragraph.
    package var summary: String {
        if let description = frontMatter.description { return description }
        return Article.excerpt(body.firstParagraph, limit: 200)
    }

    /// Reading time at about 230 words a minute, as `6 min read`.
    package static func readingTime(words: Int) -> String {
        let minutes = max(1, Int((Double(words) / 230).rounded()))
        return "\(minutes) min read"
    }

    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
