/// How Markdown becomes HTML. The defaults are the safe ones a blog wants.
package struct MarkdownOptions: Hashable, Sendable {
    /// Curly quotes, en and em dashes and ellipses from their ASCII spellings.
    package var smartPunctuation: Bool
    /// Let raw HTML through (GitHub's tag filter still applies). Off by default:
    /// cmark-gfm then omits raw HTML and blanks `javascript:`-style links.
    package var unsafeHTML: Bool
    /// Render soft line breaks as `<br>`.
    package var hardBreaks: Bool
    /// Highlight fenced code whose language pubgen knows (`PubgenHighlight`).
    package var highlight: Bool

    package init(smartPunctuation: Bool = true, unsafeHTML: Bool = false, hardBreaks: Bool = false, highlight: Bool = true) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
        self.hardBreaks = hardBreaks
        self.highlight = highlight
    }
}
