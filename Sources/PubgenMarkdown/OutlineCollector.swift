internal import CCmarkGFM
internal import CMarkArena
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PubgenDiagnostics
import PubgenHighlight

/// One walk over a cmark tree that copies out headings, links, images, raw HTML and
/// words with their positions, then the few tree edits pubgen makes before rendering.
struct OutlineCollector {
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var images: [MarkdownImage] = []
    private(set) var rawHTMLLocations: [SourceLocation] = []
    /// Links and images whose URL would run code (see `ActiveURL`); blanked unless raw HTML is kept.
    private(set) var activeLinks: [MarkdownLink] = []
    private(set) var firstParagraph: String?
    /// Plain text before a `<!-- more -->` marker, when the document has one.
    private(set) var textBeforeMore: String?
    private var moreMarker: OpaquePointer?
    private(set) var words = WordCounter()
    /// Count words (`words`); a caller whose article states its reading time and whose
    /// pages show no word count leaves them uncounted (2.5% of a build's CPU).
    private let countsWords: Bool
    /// What the rendered HTML may hold for `AccessibleHTML` to touch (tables, task
    /// items, raw HTML that is kept); footnotes are the parse's to add.
    private(set) var markup: AccessibleHTML.Markup = []
    /// Whether a text node passed `BareLinkProbe` (checked only when `probesBareLinks`).
    private(set) var mayHoldBareLink = false
    /// Stop the walk at the first text node that could hold a bare link: the tree was
    /// parsed without the autolink extension, and will be parsed again with it.
    private let probesBareLinks: Bool
    /// Whether the probe looks for `www` too (see `BareLinkProbe.sourceMayHoldBareLink(_:textsMayHoldWWW:)`).
    private let probesWWW: Bool
    /// Look for footnote labels cut inside a character (the tree has footnotes parsed).
    private let checksFootnoteLabels: Bool
    private var cutLabelNodes: [OpaquePointer] = []

    private let path: String
    private let lineOffset: Int
    private let lines: LineIndex
    private let keepRawHTML: Bool
    private var inlinePositions: InlinePositions
    /// Each heading's node, in the order of `headings` (a node per heading: a tuple of
    /// node and heading was copied through the runtime's generic tuple copy).
    private var headingNodes: [OpaquePointer] = []
    private var urlNodes: [OpaquePointer] = []
    private var activeNodes: [OpaquePointer] = []
    private var codeBlockNodes: [OpaquePointer] = []
    /// The HTML of replaced nodes, when the document takes markers (see `HTMLSplices`).
    private(set) var splices = HTMLSplices()
    /// The custom block holding each marker, by the piece's number.
    private var splicedBlocks: [OpaquePointer] = []
    private let splicesHTML: Bool

    /// - Parameter splicesHTML: Replace code blocks and headings with markers whose HTML
    ///   `splices` keeps (see `HTMLSplices`); the HTML goes into the tree otherwise.
    init(
        path: String, lineOffset: Int, lines: LineIndex, keepRawHTML: Bool, probesBareLinks: Bool, probesWWW: Bool = true, checksFootnoteLabels: Bool,
        splicesHTML: Bool = false, countsWords: Bool = true
    ) {
        self.splicesHTML = splicesHTML
        self.countsWords = countsWords
        self.probesBareLinks = probesBareLinks
        self.probesWWW = probesWWW
        self.checksFootnoteLabels = checksFootnoteLabels
        self.path = path
        self.lineOffset = lineOffset
        self.lines = lines
        self.keepRawHTML = keepRawHTML
        self.inlinePositions = InlinePositions(lines: lines)
    }

    /// Walks the whole tree once. Edits wait for `rewriteURLs` and `addHeadingAnchors`,
    /// because changing a tree while `cmark_iter` walks it is undefined.
    mutating func collect(from root: OpaquePointer) {
        var ids = HeadingIDs()
        guard let iterator = cmark_iter_new(root) else { preconditionFailure("cmark-gfm could not allocate an iterator") }
        defer { cmark_iter_free(iterator) }
        var paragraphDepth = 0
        var paragraphText: [UInt8] = []
        // An image's alt text describes the picture, not the article: a post opening
        // with a photo had "Photo of a cat" as its meta description and summary.
        var imageDepth = 0
        // As the autolink extension tracks links when it looks for addresses: a link
        // ends the span it skips, even one nested in another (`[<http://a> me@x.y](b)`).
        var inLink = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where entering:
                let text = Self.plainText(of: node)
                let heading = MarkdownHeading(
                    level: Int(cmark_node_get_heading_level(node)), text: text, id: ids.id(for: text),
                    location: location(of: node))
                headings.append(heading)
                headingNodes.append(node)
            case CMARK_NODE_LINK where !entering:
                inLink = false
            case CMARK_NODE_IMAGE where !entering:
                imageDepth -= 1
            case CMARK_NODE_LINK where entering, CMARK_NODE_IMAGE where entering:
                if cmark_node_get_type(node) == CMARK_NODE_LINK { inLink = true } else { imageDepth += 1 }
                let destination = Self.string(cmark_node_get_url(node))
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let location = inlineLocation(of: node, patterns: isImage ? ["!["] : Self.linkPatterns(node, destination))
                if !keepRawHTML, ActiveURL.isActive(destination) {
                    activeLinks.append(MarkdownLink(destination: destination, location: location))
                    activeNodes.append(node)
                } else if isImage {
                    images.append(MarkdownImage(source: destination, alt: Self.plainText(of: node), location: location))
                    urlNodes.append(node)
                } else {
                    links.append(MarkdownLink(destination: destination, location: location))
                    urlNodes.append(node)
                }
            case CMARK_NODE_CODE_BLOCK:
                codeBlockNodes.append(node)
            case CMARK_NODE_ITEM where entering:
                // The task-list extension marks the items it makes a checkbox for.
                if cmark_node_get_syntax_extension(node) != nil { markup.insert(.taskItems) }
            case CMARK_NODE_HTML_BLOCK where moreMarker == nil && Self.isMoreMarker(Self.string(cmark_node_get_literal(node))):
                moreMarker = node
            case CMARK_NODE_HTML_BLOCK:
                rawHTMLLocations.append(location(of: node))
                if keepRawHTML { markup = .all }
            case CMARK_NODE_HTML_INLINE:
                if keepRawHTML { markup = .all }
                let literal = Self.string(cmark_node_get_literal(node))
                rawHTMLLocations.append(inlineLocation(of: node, patterns: [String(literal.prefix(8))]))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                // The bytes as cmark-gfm holds them: no string per text node.
                let literal = Self.bytes(cmark_node_get_literal(node))
                if probesBareLinks, !inLink, cmark_node_get_type(node) == CMARK_NODE_TEXT,
                   BareLinkProbe.mayHoldBareLink(literal, lookingForWWW: probesWWW) {
                    mayHoldBareLink = true
                    return
                }
                if checksFootnoteLabels, Self.holdsCutFootnoteLabel(literal) { cutLabelNodes.append(node) }
                if countsWords { words.add(literal) }
                if paragraphDepth > 0, imageDepth == 0 { paragraphText.append(contentsOf: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if paragraphDepth > 0, imageDepth == 0 { paragraphText.append(UInt8(ascii: " ")) }
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                if entering {
                    paragraphDepth += 1
                } else {
                    paragraphDepth -= 1
                    let trimmed = String(decoding: paragraphText, as: UTF8.self).trimmingWhitespace()
                    if !trimmed.isEmpty { firstParagraph = trimmed }
                    paragraphText = []
                }
            case let type where entering && Self.isTablePart(type):
                markup.insert(.tables)
            default:
                break
            }
        }
        if let moreMarker { textBeforeMore = Self.plainText(before: moreMarker, from: root) }
    }

    /// The document's plain text before `marker`: text and code, a space for each line
    /// break and after each paragraph. Walked again only for a document with a marker:
    /// gathering it on the way for every document was the text of each one copied.
    static func plainText(before marker: OpaquePointer, from root: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text: [UInt8] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if node == marker { break }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text.append(contentsOf: bytes(cmark_node_get_literal(node)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text.append(UInt8(ascii: " "))
            case CMARK_NODE_PARAGRAPH where event == CMARK_EVENT_EXIT: text.append(UInt8(ascii: " "))
            default: break
            }
        }
        return String(decoding: text, as: UTF8.self).trimmingWhitespace()
    }

    /// Whether a node is part of a table: the only block nodes beyond cmark-gfm's own
    /// among the extensions pubgen attaches are the table extension's (table, row, cell),
    /// whose type numbers the library makes at run time.
    private static func isTablePart(_ type: cmark_node_type) -> Bool {
        type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
            && type.rawValue & UInt32(CMARK_NODE_VALUE_MASK) > CMARK_NODE_FOOTNOTE_DEFINITION.rawValue & UInt32(CMARK_NODE_VALUE_MASK)
    }

    /// Makes the text of footnote references valid UTF-8 again where cmark-gfm cut it.
    ///
    /// cmark-gfm copies a reference's label by column counts, which can end inside a
    /// character (`[^本[][]` on one line, `com]` on the next gives `[^` and half of `本`).
    /// A reference with no definition becomes the text `[^label]`, so only text holding
    /// `[^` can carry such a cut into the page; it gets U+FFFD where the cut was.
    func repairCutFootnoteLabels() {
        for node in cutLabelNodes {
            cmark_node_set_literal(node, String(decoding: Self.bytes(cmark_node_get_literal(node)), as: UTF8.self))
        }
    }

    static func holdsCutFootnoteLabel(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.containsByte(UInt8(ascii: "[")) { $0 + 1 < text.count && text[$0 + 1] == UInt8(ascii: "^") }
            && String(validating: text, as: UTF8.self) == nil
    }

    /// Replaces link and image destinations that `rewrite` maps to something new, and
    /// blanks the active ones, as cmark-gfm's safe mode does with the spellings it knows.
    mutating func rewriteURLs(with rewrite: (String) -> String?) {
        for node in activeNodes {
            // A link keeps its text with an empty `href`; an image becomes its alt text,
            // since an `<img>` needs a non-empty `src`.
            guard cmark_node_get_type(node) == CMARK_NODE_IMAGE, let text = CMarkTree.makeNode(CMARK_NODE_TEXT) else {
                cmark_node_set_url(node, "")
                continue
            }
            cmark_node_set_literal(text, Self.plainText(of: node))
            cmark_node_replace(node, text)
            cmark_node_free(node)
        }
        activeNodes = []
        for node in urlNodes {
            let url = Self.string(cmark_node_get_url(node))
            if let replacement = rewrite(url), replacement != url {
                cmark_node_set_url(node, replacement)
            }
        }
    }

    /// Replaces the `<!-- more -->` marker with `OutlineCollector.moreSentinel`, which
    /// the renderer splits the HTML at (raw HTML would be omitted in safe mode).
    func markSummaryEnd() {
        guard let moreMarker, let block = CMarkTree.makeNode(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, Self.moreSentinel)
        cmark_node_replace(moreMarker, block)
        cmark_node_free(moreMarker)
    }

    static let moreSentinel = "<!--pubgen:more-->"

    var hasMoreMarker: Bool { moreMarker != nil }

    static func isMoreMarker(_ literal: String) -> Bool {
        let compact = literal.lowercased().filter { !$0.isWhitespace }
        return compact == "<!--more-->"
    }

    /// Gives every heading its id and a self-link.
    ///
    /// cmark-gfm's renderer writes no attributes on headings, so each heading subtree
    /// is rendered on its own and the result, with the id and the link added, replaces
    /// the heading as a custom block.
    mutating func addHeadingAnchors(renderOptions: Int32) {
        for (node, heading) in zip(headingNodes, headings) {
            // Written as bytes: made by string interpolation, each heading was a third of
            // what anchors cost.
            assert((1...6).contains(heading.level), "cmark-gfm gives heading levels 1 to 6")
            let level = UInt8(ascii: "0") + UInt8(clamping: heading.level)
            var id: [UInt8] = []
            HTMLText.append(escaping: heading.id, to: &id)
            var html: [UInt8] = []
            html.reserveCapacity(2 * id.count + 128)
            html.append(literal: "<h")
            html.append(level)
            html.append(literal: " id=\"")
            html += id
            html.append(literal: "\">")
            if !Self.appendPlainInnerHTML(of: node, to: &html) {
                html += Self.innerHTML(of: node, tag: "h\(heading.level)", options: renderOptions).utf8
            }
            html.append(literal: " <a class=\"heading-anchor\" href=\"#")
            html += id
            html.append(literal: "\" aria-label=\"Link to this section\">#</a></h")
            html.append(level)
            html.append(UInt8(ascii: ">"))
            replace(node, withHTML: &html)
        }
    }

    /// The inner HTML of a heading that holds only text, escaped as cmark-gfm's HTML
    /// renderer escapes text (`"`, `&`, `<`, `>`); `nil` for any other heading. Rendering
    /// each heading through cmark-gfm was 2% of a build, and nearly every heading is text.
    static func plainInnerHTML(of node: OpaquePointer) -> String? {
        var html: [UInt8] = []
        return appendPlainInnerHTML(of: node, to: &html) ? String(decoding: html, as: UTF8.self) : nil
    }

    /// The same appended to `html`; false, with `html` as it was, when not plain text.
    static func appendPlainInnerHTML(of node: OpaquePointer, to html: inout [UInt8]) -> Bool {
        let start = html.count
        var child = cmark_node_first_child(node)
        while let current = child {
            guard cmark_node_get_type(current) == CMARK_NODE_TEXT else {
                html.removeSubrange(start...)
                return false
            }
            for byte in bytes(cmark_node_get_literal(current)) {
                switch byte {
                case UInt8(ascii: "\""): html.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "&"): html.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): html.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): html.append(contentsOf: "&gt;".utf8)
                default: html.append(byte)
                }
            }
            child = cmark_node_next(current)
        }
        return true
    }

    /// The HTML between `<hN>` and `</hN>` of a heading rendered alone.
    static func innerHTML(of node: OpaquePointer, tag: String, options: Int32) -> String {
        guard let rendered = CMarkTree.renderHTML(node, options: options, extensions: nil) else { return "" }
        defer { pubgen_output_free(rendered) }
        // On bytes: as characters, a combining mark at the start of the heading would
        // join the `>` of `<h2>` and hide the tag from `hasPrefix`.
        var html = Array(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))[...]
        while html.last == UInt8(ascii: "\n") { html.removeLast() }
        let open = Array("<\(tag)>".utf8)
        let close = Array("</\(tag)>".utf8)
        guard html.starts(with: open), html.reversed().starts(with: close.reversed()) else { return String(decoding: html, as: UTF8.self) }
        return String(decoding: html.dropFirst(open.count).dropLast(close.count), as: UTF8.self)
    }
}

// MARK: - Scrollable blocks

extension OutlineCollector {
    /// Code blocks become `<pre tabindex="0">`: a block that may scroll sideways must be
    /// reachable by keyboard (WCAG 2.1.1). Writing the block ourselves is also where the
    /// highlighter plugs in; languages it does not know stay plain.
    mutating func renderCodeBlocks(highlighter: SyntaxHighlighter?) {
        for node in codeBlockNodes {
            let info = Self.string(cmark_node_get_fence_info(node))
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first.map(String.init) ?? ""
            // Built as bytes from the literal's bytes: cmark-gfm takes the markup as
            // bytes, so no string need be made (and its UTF-8 checked) on the way.
            var html = Array("<pre tabindex=\"0\"><code".utf8)
            if !language.isEmpty { html += " class=\"language-\(HTMLText.escape(language))\"".utf8 }
            html.append(UInt8(ascii: ">"))
            let literal = Self.bytes(cmark_node_get_literal(node))
            if language.isEmpty || highlighter?.highlight(utf8: literal, language: language, appendingTo: &html) != true {
                HTMLText.escape(utf8: literal, appendingTo: &html)
            }
            html += "</code></pre>".utf8
            replace(node, withHTML: &html)
        }
    }

    /// Puts a custom block with `html` (UTF-8, consumed), or its marker, in place of `node`.
    private mutating func replace(_ node: OpaquePointer, withHTML html: inout [UInt8]) {
        guard let block = CMarkTree.makeNode(CMARK_NODE_CUSTOM_BLOCK) else { return }
        if splicesHTML {
            html = splices.marker(for: html)
            splicedBlocks.append(block)
        } else {
            html.append(0)
        }
        html.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(block, $0.baseAddress) }
        }
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }
}

extension OutlineCollector {
    /// Puts each spliced piece's HTML into its block instead of the marker, for a
    /// document whose rendered HTML did not hold its markers as expected.
    mutating func unsplice() {
        for (block, piece) in zip(splicedBlocks, splices.pieces) {
            let terminated = piece + [0]
            terminated.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(block, $0.baseAddress) }
            }
        }
        splicedBlocks = []
        splices = HTMLSplices()
    }
}

// MARK: - Copying out of C

private extension OutlineCollector {
    func location(of node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        return SourceLocation(
            path: path, line: line + lineOffset,
            column: lines.characterColumn(line: line, byteColumn: max(1, byteColumn)))
    }

    /// The file location of an inline node, corrected by `InlinePositions`.
    mutating func inlineLocation(of node: OpaquePointer, patterns: [String]) -> SourceLocation {
        let (line, byteColumn) = inlinePositions.start(of: node, patterns: patterns)
        return SourceLocation(
            path: path, line: line + lineOffset,
            column: lines.characterColumn(line: line, byteColumn: max(1, byteColumn)))
    }

    /// How a link's source starts: `[`, or for autolinks `<url>` or the bare text.
    static func linkPatterns(_ node: OpaquePointer, _ destination: String) -> [String] {
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
              cmark_node_next(child) == nil else { return ["["] }
        // Compared as bytes: four strings made per link to compare was a fifth of what
        // link positions cost, for links that are nearly never autolinks.
        let text = bytes(cmark_node_get_literal(child))
        var destination = destination
        let autolinked = destination.withUTF8 { destination in
            Self.autolinkSchemes.contains { scheme in
                destination.count == scheme.count + text.count && destination.starts(with: scheme)
                    && destination[scheme.count...].elementsEqual(text)
            }
        }
        guard autolinked else { return ["["] }
        let literal = String(decoding: text, as: UTF8.self)
        return ["<" + literal, literal, "["]
    }

    /// What an autolink's destination puts before its text.
    private static let autolinkSchemes: [[UInt8]] = ["", "mailto:", "http://", "https://"].map { Array($0.utf8) }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// A C string's bytes, valid while its node is; empty for `nil`.
    static func bytes(_ pointer: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let pointer else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    /// The text content of a node's inline children, as a screen reader would read it.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
