internal import CCmarkGFM
import PubgenDiagnostics
import PubgenHighlight

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
        render(SourceText(text), path: path, lineOffset: lineOffset, rewriteURL: rewriteURL)
    }

    /// Renders one document as its file's bytes (what a build does: see `SourceText`).
    /// - Parameter countsWords: Count the words (`wordCount`); false leaves it nil, for a
    ///   caller that will not read it.
    /// - Parameter whileParserBusy: Work to do, a piece per call, while another thread
    ///   holds the parser: it returns false when it has none left (see `CMarkLock`).
    package func render(
        _ text: SourceText,
        path: String,
        lineOffset: Int = 0,
        countsWords: Bool = true,
        whileParserBusy: () -> Bool = { false },
        rewriteURL: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        let lines = LineIndex(text)
        // Most documents hold no bare link and no footnote: parsed without the autolink
        // extension and the footnote option, they give the same tree for less (see
        // `BareLinkProbe` and `FootnoteProbe`).
        var textsMayHoldWWW = true
        let (footnotes, autolinkAtOnce, splices) = text.withUTF8 { source in
            let footnotes = FootnoteProbe.mayHoldFootnote(source)
            // With footnotes, cmark-gfm drops the definitions nothing references before the
            // tree can be probed, and a bare link can decide that (`[^a]: www.x.y[^b]`).
            // With raw HTML kept, a heading may hold markup the accessibility rewrites
            // look for; spliced pieces are not searched, so such documents are not spliced.
            let autolinkAtOnce = footnotes || BareLinkProbe.sourceMayHoldBareLink(source, textsMayHoldWWW: &textsMayHoldWWW)
            return (footnotes, autolinkAtOnce, !options.unsafeHTML && HTMLSplices.allowed(in: source))
        }
        if !autolinkAtOnce, let rendered = render(
            text, path: path, lineOffset: lineOffset, lines: lines, autolink: false, footnotes: false,
            splicesHTML: splices, probesWWW: textsMayHoldWWW, countsWords: countsWords, whileParserBusy: whileParserBusy,
            rewriteURL: rewriteURL) {
            return rendered
        }
        return render(
            text, path: path, lineOffset: lineOffset, lines: lines, autolink: true, footnotes: footnotes,
            splicesHTML: splices, countsWords: countsWords, whileParserBusy: whileParserBusy, rewriteURL: rewriteURL)!
    }

    /// Renders one document, or without `autolink` gives `nil` when it may hold a bare
    /// link. The tree ends within this call, as its arena requires.
    /// - Parameter splicesHTML: Code blocks and headings go in as markers (see
    ///   `HTMLSplices`): the caller found `text` allowed them and raw HTML is not kept.
    func render(
        _ text: SourceText,
        path: String,
        lineOffset: Int,
        lines: LineIndex,
        autolink: Bool,
        footnotes: Bool,
        splicesHTML: Bool = false,
        probesWWW: Bool = true,
        countsWords: Bool = true,
        whileParserBusy: () -> Bool = { false },
        rewriteURL: (String) -> String?
    ) -> RenderedMarkdown? {
        let tree = CMarkTree(
            parsing: text, options: options, autolink: autolink, footnotes: footnotes, whileParserBusy: whileParserBusy)
        var collector = OutlineCollector(
            path: path, lineOffset: lineOffset, lines: lines, keepRawHTML: options.unsafeHTML, probesBareLinks: !autolink, probesWWW: probesWWW,
            checksFootnoteLabels: footnotes, splicesHTML: splicesHTML, countsWords: countsWords)
        collector.collect(from: tree.root)
        if collector.mayHoldBareLink { return nil }
        collector.repairCutFootnoteLabels()
        collector.rewriteURLs(with: rewriteURL)
        collector.addHeadingAnchors(renderOptions: CMarkTree.renderOptions(options))
        collector.renderCodeBlocks(highlighter: options.highlight ? SyntaxHighlighter() : nil)
        collector.markSummaryEnd()
        let markup = footnotes ? collector.markup.union(.footnotes) : collector.markup
        let splices = collector.splices
        var html: [UInt8]
        if let spliced = tree.withHTML(options: options, { AccessibleHTML.rewrite($0, searching: markup, splicing: splices) }) {
            html = spliced
        } else {
            // A marker went missing or was doubled: the pieces go into the tree after all.
            collector.unsplice()
            html = tree.withHTML(options: options) { AccessibleHTML.rewrite($0, searching: markup)! }
        }
        // Pages take these bytes as they are, never through a string that would repair
        // them: cmark-gfm and the highlighter keep valid input valid (footnote labels
        // cut inside a character were mended in the tree: `repairCutFootnoteLabels`).
        assert(String(validating: html, as: UTF8.self) != nil, "Markdown rendered to invalid UTF-8")
        var summaryHTML: String?
        if collector.hasMoreMarker, let marker = html.withUnsafeBufferPointer({ $0.firstIndex(of: Self.sentinel) }) {
            summaryHTML = String(decoding: html[..<marker], as: UTF8.self)
            html = html.withUnsafeBufferPointer { $0.replacing(Self.sentinel + [UInt8(ascii: "\n")], with: []) } ?? html
        }
        return RenderedMarkdown(
            htmlUTF8: html,
            headings: collector.headings,
            links: collector.links,
            images: collector.images,
            rawHTMLLocations: collector.rawHTMLLocations,
            activeLinks: collector.activeLinks,
            firstParagraph: collector.firstParagraph ?? "",
            summaryHTML: summaryHTML,
            summaryText: collector.textBeforeMore,
            wordCount: countsWords ? collector.words.count : nil
        )
    }

    private static let sentinel = Array(OutlineCollector.moreSentinel.utf8)
}
