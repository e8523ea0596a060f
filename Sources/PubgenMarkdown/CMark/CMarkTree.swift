internal import CCmarkGFM
import PubgenDiagnostics
internal import CMarkArena
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns a parsed cmark-gfm document; the C tree is freed when this value ends.
///
/// `~Copyable` so the tree has exactly one owner and no pointer outlives it. The tree
/// lives in an arena (`CMarkArena`) that is this thread's current one from `init` to
/// `deinit`; nodes made for edits (`makeNode`) go there too, and the whole tree is freed
/// with it. Trees are made and dropped within one synchronous call, so on any thread
/// they close in the reverse order of opening, as the arena requires.
struct CMarkTree: ~Copyable {
    let root: OpaquePointer
    private let arena: OpaquePointer
    /// Extensions to pass to the HTML renderer (only the tag filter acts there).
    private let renderExtensions: UnsafeMutablePointer<cmark_llist>?

    /// Parses `text` under the parse lock.
    /// - Parameter autolink: Attach the autolink extension (bare `www.`, `https://` and
    ///   e-mail links). Without it, the tree differs only by the links it would have
    ///   made (see `BareLinkProbe`).
    /// - Parameter footnotes: Parse footnotes, which costs two more walks over the tree
    ///   (see `FootnoteProbe`).
    /// - Parameter whileParserBusy: Other work to do, a piece per call, while another
    ///   thread parses (see `CMarkLock.withLock`). It runs with this tree's arena open
    ///   as the thread's current one: it must be synchronous, and close any tree it makes.
    /// - Precondition: cmark-gfm's core extensions exist (they ship with the library).
    init(parsing text: SourceText, options: MarkdownOptions, autolink: Bool, footnotes: Bool, whileParserBusy: () -> Bool = { false }) {
        // No CMARK_OPT_VALIDATE_UTF8: a `SourceText` is valid UTF-8 already, and the
        // check was 1% of a build, all of it inside the parse lock. (NUL bytes, which
        // it would also replace, cmark-gfm replaces while it splits lines anyway.)
        var parseOptions = CMARK_OPT_SOURCEPOS
        if footnotes { parseOptions |= CMARK_OPT_FOOTNOTES }
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        let extensionNames = autolink
            ? ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
            : ["table", "strikethrough", "tasklist", "tagfilter"]
        var parsedRoot: OpaquePointer?
        var tagFilter: OpaquePointer?
        arena = pubgen_arena_open()
        let allocator = Self.allocator
        CMarkLock.withLock(whileBusy: whileParserBusy) {
            guard let parser = cmark_parser_new_with_mem(parseOptions, allocator) else {
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
            text.withUTF8 { buffer in
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
        // Every node is in the arena (see `makeNode`): no walk over the tree to free it.
        pubgen_arena_close(arena)
        if let renderExtensions { cmark_llist_free(cmark_get_default_mem_allocator(), renderExtensions) }
    }

    /// The arena's allocator, as cmark-gfm takes it.
    private static var allocator: UnsafeMutablePointer<cmark_mem> {
        UnsafeMutablePointer(OpaquePointer(pubgen_arena_allocator()))
    }

    /// A new node for an edit of the tree, in its arena. (`cmark_node_new` would take
    /// it from the heap, and nothing would free it.)
    static func makeNode(_ type: cmark_node_type) -> OpaquePointer? {
        cmark_node_new_with_mem(type, allocator)
    }

    /// `node` (the document or a part of it) as HTML, usually in this thread's reusable
    /// output buffer (see `cmark_output.h`), which the caller hands back with
    /// `pubgen_output_free` before rendering again. Growing an output buffer in the arena
    /// would copy it at every step.
    static func renderHTML(_ node: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>? {
        cmark_render_html_with_mem(node, options, extensions, UnsafeMutablePointer(OpaquePointer(pubgen_output_allocator())))
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
    /// which the caller copies once (`AccessibleHTML.rewrite`, into `htmlUTF8`). Never
    /// passes `CMARK_OPT_SOURCEPOS`: positions are for diagnostics only.
    func withHTML<T>(options: MarkdownOptions, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let html = Self.renderHTML(root, options: Self.renderOptions(options), extensions: renderExtensions) else {
            preconditionFailure("cmark-gfm could not render HTML")
        }
        defer { pubgen_output_free(html) }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self), count: strlen(html)))
    }
}
