import PubgenDiagnostics

/// Whether a document's Markdown could hold a footnote, for cmark-gfm's
/// `CMARK_OPT_FOOTNOTES`.
///
/// With the option on, every parse walks the finished tree twice more to number the
/// footnotes, found or not: 2.6% of a build of documents that have none. A footnote,
/// defined (`[^label]:`) or referenced (`[^label]`), needs a `^` right after a `[`, and
/// the text after a `[` holds a `^` only if the Markdown has one, escaped (`\^`) or not,
/// or spells it as an entity (`&#94;`, `&#x5E;`, `&Hat;`). Without any of these the
/// option changes nothing, so the parse leaves it off.
enum FootnoteProbe {
    static func mayHoldFootnote(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        source.containsByte(UInt8(ascii: "^"))
            || source.containsByte(UInt8(ascii: "&")) { source.hasBytes(numeric, at: $0 + 1) || source.hasBytes(hat, at: $0 + 1) }
    }

    private static let numeric = Array("#".utf8)
    private static let hat = Array("Hat;".utf8)
}
