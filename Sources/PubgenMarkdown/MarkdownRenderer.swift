internal import CCmarkGFM
import PubgenDiagnostics

/// Markdown to HTML with cmark-gfm, plus the outline pubgen checks and links with.
///
/// The only entry point to the C library: pointers never leave this module, and the
/// result is a plain `Sendable` value. Parsing is serialised (see `CMarkLock`);
/// everything after it runs in parallel with other documents.
package struct MarkdownRenderer: Sendable {
    package var options: MarkdownOptions

    package init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders one document.
    /// - Parameters:
    ///   - text: The Markdown body (without front matter).
    ///   - path: The file path used in the returned locations.
    ///   - lineOffset: Lines before the body in the file, added to every location.
    ///   - rewriteURL: Maps a link or image destination to the one to emit, or `nil` to keep it.
    package func render(
        _ text: String,
        path: String,
        lineOffset: Int = 0,
        rewriteURL: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        let tree = CMarkTree(parsing: text, options: options)
        var collector = OutlineCollector(
            path: path, lineOffset: lineOffset, lines: LineIndex(text), keepRawHTML: options.unsafeHTML)
        collector.collect(from: tree.root)
        collector.rewriteURLs(with: rewriteURL)
        collector.addHeadingAnchors()
        collector.renderCodeBlocks()
        collector.markSummaryEnd()
        var html = Self.makeAccessible(tree.html(options: options), headings: collector.headings)
        var summaryHTML: String?
        if let marker = html.firstRange(of: OutlineCollector.moreSentinel) {
            summaryHTML = String(html[..<marker.lowerBound])
            html = html.replacingScalars(OutlineCollector.moreSentinel + "\n", with: "")
        }
        return RenderedMarkdown(
            html: html,
            headings: collector.headings,
            links: collector.links,
            images: collector.images,
            rawHTMLLocations: collector.rawHTMLLocations,
            firstParagraph: collector.firstParagraph ?? "",
            summaryHTML: summaryHTML,
            summaryText: collector.textBeforeMore,
            wordCount: collector.words.count
        )
    }
}

private extension MarkdownRenderer {
    /// Touches cmark-gfm's output where its fixed markup falls short of WCAG: tables
    /// that scroll sideways must be keyboard-reachable, checkboxes need a name, and
    /// the footnotes section needs a heading.
    static func makeAccessible(_ html: String, headings: [MarkdownHeading]) -> String {
        var result = tidyHeadings(html, headings)
        result = labelTaskCheckboxes(in: result)
        result = labelFootnotes(result)
        if result.contains("<table>") {
            result = result.replacingScalars("<table>\n", with: "<table tabindex=\"0\">\n")
        }
        return result
    }

    /// A footnotes section gets a heading for screen readers, as GitHub does.
    static func labelFootnotes(_ html: String) -> String {
        html.replacingScalars(
            "<section class=\"footnotes\" data-footnotes>\n",
            with: "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnotes-label\">\n<h2 id=\"footnotes-label\" class=\"visually-hidden\">Footnotes</h2>\n")
    }

    /// cmark-gfm puts custom blocks on lines of their own; pull each heading's text back
    /// onto its tag's line (`<h2 id="x">Text <a …>#</a></h2>`).
    static func tidyHeadings(_ html: String, _ headings: [MarkdownHeading]) -> String {
        guard !headings.isEmpty else { return html }
        var result = html.replacingScalars("\n <a class=\"heading-anchor\"", with: " <a class=\"heading-anchor\"")
        for heading in Set(headings.map { "<h\($0.level) id=\"\(HTMLText.escape($0.id))\">" }) {
            result = result.replacingScalars(heading + "\n", with: heading)
        }
        return result
    }

    /// cmark-gfm's task-list checkboxes carry no label, which screen readers announce as
    /// an unnamed control; name them by their state.
    static func labelTaskCheckboxes(in html: String) -> String {
        guard html.contains("<input type=\"checkbox\"") else { return html }
        return html
            .replacingScalars("<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
            .replacingScalars("<input type=\"checkbox\" disabled=\"\" />", with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
    }
}
