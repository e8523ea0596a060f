#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PubgenDiagnostics

/// Touches cmark-gfm's fixed markup where it falls short of WCAG: tables that scroll
/// sideways must be keyboard-reachable, task-list checkboxes need a name, and the
/// footnotes section needs a heading.
enum AccessibleHTML {
    /// What a document's HTML may hold that needs touching, as its tree shows: the
    /// rewrites look only for these, so most documents are copied without a search.
    struct Markup: OptionSet {
        let rawValue: UInt8
        static let tables = Markup(rawValue: 1)
        static let taskItems = Markup(rawValue: 2)
        static let footnotes = Markup(rawValue: 4)
        /// Raw HTML that is kept may spell any of them.
        static let all: Markup = [.tables, .taskItems, .footnotes]
    }

    private struct Rewrite {
        var markup: Markup
        var from: [UInt8]
        var to: [UInt8]
    }

    private static let rewrites: [Rewrite] = [
        (Markup.tables, "<table>\n", "<table tabindex=\"0\">\n"),
        (.taskItems, "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
         "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"),
        (.taskItems, "<input type=\"checkbox\" disabled=\"\" />", "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"),
        (.footnotes, "<section class=\"footnotes\" data-footnotes>\n",
         "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnotes-label\">\n<h2 id=\"footnotes-label\" class=\"visually-hidden\">Footnotes</h2>\n"),
    ].map { Rewrite(markup: $0.0, from: Array($0.1.utf8), to: Array($0.2.utf8)) }

    /// What each kind of markup starts with, as C strings for `strstr`.
    private static let needles: [(markup: Markup, bytes: ContiguousArray<CChar>)] = [
        (Markup.tables, "<table>\n"), (Markup.taskItems, "<input type=\"checkbox\" "), (Markup.footnotes, "<section class=\"footnotes\""),
    ].map { (markup: Markup, text: String) in (markup, text.utf8CString) }

    /// The rewritten HTML, made straight from cmark-gfm's bytes: the places to rewrite
    /// (and the markers of `splices`, whose HTML goes in their place) are found first,
    /// so the result is written once, at its final size.
    ///
    /// The search is `strstr` for each kind of markup that `markup` says may be there:
    /// a scan that stopped at every `<` (a tenth of the bytes of HTML) was 2.5% of a
    /// build, nearly all of it for documents with nothing to rewrite. Markers are found
    /// with `memchr`; spliced HTML is never searched (code and headings hold none of
    /// the markup, and their text is escaped).
    /// - Precondition: `html` is a C string's bytes: the byte after the last is NUL,
    ///   and none before it is (as cmark-gfm renders, having replaced NUL in its input).
    /// - Returns: nil when `splices` has pieces and the HTML does not hold each one's
    ///   marker exactly once, and nothing else that looks like one (see `HTMLSplices`).
    static func rewrite(_ html: UnsafeBufferPointer<UInt8>, searching markup: Markup, splicing splices: HTMLSplices = HTMLSplices()) -> [UInt8]? {
        guard let base = html.baseAddress, !markup.isEmpty || !splices.isEmpty else { return Array(html) }
        assert(base[html.count] == 0, "AccessibleHTML.rewrite needs NUL-terminated HTML")
        // Each match replaces `length` bytes at `index` with a rewrite's bytes, or with
        // a spliced piece (numbered after the rewrites).
        var matches: [(index: Int, length: Int, replacement: Int)] = []
        var added = 0
        let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
        for needle in needles where markup.contains(needle.markup) {
            needle.bytes.withUnsafeBufferPointer { needleBytes in
                var from = text
                while let found = strstr(from, needleBytes.baseAddress!) {
                    let index = UnsafePointer(found) - text
                    guard let rewrite = rewrites.firstIndex(where: { $0.markup == needle.markup && html.hasBytes($0.from, at: index) }) else {
                        from = UnsafePointer(found) + 1
                        continue
                    }
                    matches.append((index, rewrites[rewrite].from.count, rewrite))
                    added += rewrites[rewrite].to.count - rewrites[rewrite].from.count
                    from = UnsafePointer(found) + rewrites[rewrite].from.count
                }
            }
        }
        if !splices.isEmpty {
            var used = [Bool](repeating: false, count: splices.pieces.count)
            var index = 0
            while index < html.count, let found = memchr(base + index, Int32(HTMLSplices.markerByte), html.count - index) {
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                guard let marker = splices.marker(at: index, in: html), !used[marker.piece] else { return nil }
                used[marker.piece] = true
                matches.append((index, marker.length, rewrites.count + marker.piece))
                added += splices.pieces[marker.piece].count - marker.length
                index += marker.length
            }
            guard !used.contains(false) else { return nil }
        }
        guard !matches.isEmpty else { return Array(html) }
        // The kinds were searched one after another; no two matches overlap (each
        // pattern holds only its own `<`, a marker no `<`), so in order of place they
        // cover the HTML.
        matches.sort { $0.index < $1.index }
        return [UInt8](unsafeUninitializedCapacity: html.count + added) { output, written in
            var copied = 0
            func copy(_ part: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: part)
                written += part.count
            }
            for (index, length, replacement) in matches {
                copy(UnsafeBufferPointer(rebasing: html[copied..<index]))
                if replacement < rewrites.count {
                    rewrites[replacement].to.withUnsafeBufferPointer { copy($0) }
                } else {
                    splices.pieces[replacement - rewrites.count].withUnsafeBufferPointer { copy($0) }
                }
                copied = index + length
            }
            copy(UnsafeBufferPointer(rebasing: html[copied...]))
        }
    }
}
