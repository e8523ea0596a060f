internal import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns a parsed cmark-gfm document; the C tree is freed when this value ends.
///
/// `~Copyable` so the tree has exactly one owner and no pointer outlives it.
struct CMarkTree: ~Copyable {
    let root: OpaquePointer
    /// Extensions to pass to the HTML renderer (only the tag filter acts there).
    private let renderExtensions: UnsafeMutablePointer<cmark_llist>?

    /// Parses `text` under the parse lock.
    /// - Precondition: cmark-gfm's core extensions exist (they ship with the library).
    init(parsing text: String, options: MarkdownOptions) {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already, and the
        // check was 1% of a build, all of it inside the parse lock. (NUL bytes, which
        // it would also replace, cmark-gfm replaces while it splits lines anyway.)
        var parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
        var parsedRoot: OpaquePointer?
        var tagFilter: OpaquePointer?
        CMarkLock.withLock {
            guard let parser = cmark_parser_new(parseOptions) else {
                preconditionFailure("cmark-gfm could not allocate a parser")
            }
            defer { cmark_parser_free(parser) }
            for name in extensionNames {
                guard let ext = cmark_find_syntax_extension(name) else {
                    preconditionFailure("cmark-gfm extension '\(name)' is missing")
                }
                cmark_parser_attach_syntax_extension(parser, ext)
                if name == "tagfilter" { tagFilter = ext }
            }
            var utf8 = text
            utf8.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            parsedRoot = cmark_parser_finish(parser)
        }
        guard let parsedRoot else { preconditionFailure("cmark-gfm returned no document") }
        self.root = parsedRoot
        self.renderExtensions = options.unsafeHTML
            ? cmark_llist_append(cmark_get_default_mem_allocator(), nil, tagFilter.map { UnsafeMutableRawPointer($0) })
            : nil
    }

    deinit {
        cmark_node_free(root)
        if let renderExtensions { cmark_llist_free(cmark_get_default_mem_allocator(), renderExtensions) }
    }

    /// The options passed to the HTML renderer for this document.
    static func renderOptions(_ options: MarkdownOptions) -> Int32 {
        // Style attributes, not the obsolete `align`, for aligned table columns.
        var renderOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if options.unsafeHTML { renderOptions |= CMARK_OPT_UNSAFE }
        if options.hardBreaks { renderOptions |= CMARK_OPT_HARDBREAKS }
        return renderOptions
    }

    /// Hands `body` the document as HTML bytes, valid UTF-8 as the parsed text was,
    /// so the caller makes its one string from them. Never passes `CMARK_OPT_SOURCEPOS`:
    /// positions are for diagnostics only.
    func withHTML<T>(options: MarkdownOptions, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let html = cmark_render_html(root, Self.renderOptions(options), renderExtensions) else {
            preconditionFailure("cmark-gfm could not render HTML")
        }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self), count: strlen(html)))
    }
}
