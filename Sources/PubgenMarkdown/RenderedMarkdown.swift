import PubgenDiagnostics

/// Everything pubgen needs from one Markdown document, copied out of cmark-gfm.
package struct RenderedMarkdown: Sendable, Equatable {
    /// The body as HTML (UTF-8), with heading ids and self-links, and links rewritten.
    ///
    /// Bytes, as cmark-gfm gives them: pages take them as they are, and making a string
    /// of every body checked its UTF-8 once more (1.5% of a build).
    package var htmlUTF8: [UInt8]
    package var headings: [MarkdownHeading]
    package var links: [MarkdownLink]
    package var images: [MarkdownImage]
    /// Where raw HTML stands in the source; it is omitted from `html` unless unsafe HTML is on.
    package var rawHTMLLocations: [SourceLocation]
    /// Links and images whose URL would run code (`javascript:` in any spelling); their
    /// destinations are blanked in `html` unless unsafe HTML is on.
    package var activeLinks: [MarkdownLink]
    /// The first paragraph as plain text, for summaries.
    package var firstParagraph: String
    /// The HTML before a `<!-- more -->` marker, when the document has one.
    package var summaryHTML: String?
    /// The plain text before a `<!-- more -->` marker, when the document has one.
    package var summaryText: String?
    /// Words of prose (code blocks excluded; CJK counted by character), for reading time;
    /// nil when the renderer was told nobody reads them (see `MarkdownRenderer.render`).
    package var wordCount: Int?

    package init(
        htmlUTF8: [UInt8], headings: [MarkdownHeading], links: [MarkdownLink], images: [MarkdownImage],
        rawHTMLLocations: [SourceLocation], activeLinks: [MarkdownLink] = [], firstParagraph: String, summaryHTML: String?,
        summaryText: String?, wordCount: Int?
    ) {
        self.htmlUTF8 = htmlUTF8
        self.headings = headings
        self.links = links
        self.images = images
        self.rawHTMLLocations = rawHTMLLocations
        self.activeLinks = activeLinks
        self.firstParagraph = firstParagraph
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.wordCount = wordCount
    }
}

extension RenderedMarkdown {
    /// The body as HTML.
    package var html: String {
        get { String(decoding: htmlUTF8, as: UTF8.self) }
        set { htmlUTF8 = Array(newValue.utf8) }
    }

    package init(
        html: String, headings: [MarkdownHeading], links: [MarkdownLink], images: [MarkdownImage],
        rawHTMLLocations: [SourceLocation], activeLinks: [MarkdownLink] = [], firstParagraph: String, summaryHTML: String?,
        summaryText: String?, wordCount: Int?
    ) {
        self.init(
            htmlUTF8: Array(html.utf8), headings: headings, links: links, images: images, rawHTMLLocations: rawHTMLLocations,
            activeLinks: activeLinks, firstParagraph: firstParagraph, summaryHTML: summaryHTML, summaryText: summaryText,
            wordCount: wordCount)
    }

    /// Drops the headings, links, images and raw-HTML positions, keeping the HTML and
    /// what summaries and reading times need.
    package mutating func releaseOutline() {
        headings = []
        links = []
        images = []
        rawHTMLLocations = []
        activeLinks = []
    }
}
