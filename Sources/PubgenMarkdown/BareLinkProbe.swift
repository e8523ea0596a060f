#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a text node could hold one of the bare links that cmark-gfm's autolink
/// extension makes: `www.` links, `http://`, `https://` and `ftp://` URLs, e-mail
/// addresses (also after `mailto:` and `xmpp:`).
///
/// The extension costs 6–7% of a build even where it finds nothing: `w` and `:` become
/// special characters that split every text run, and its postprocessing walks the whole
/// tree. So documents are parsed without it first, and parsed again with it only when a
/// text node passes this probe. That gives cmark-gfm's output exactly, because:
/// - until the extension makes its first link, both parses take the same steps (a failed
///   match only splits the text, and `cmark_parser_finish` merges adjacent text nodes
///   before any extension's postprocessing), so a tree without candidates is the tree
///   it would give;
/// - a URL match needs `://` and a `www.` match `www` in the source at a point where
///   inline parsing stands in text, and none of those bytes is special without the
///   extension, so they stay together in one text node (`.` is special with smart
///   punctuation: hence `www`, not `www.`);
/// - an e-mail link is found in merged text nodes, and needs an `@`;
/// - no bare link is made in a link's text: URLs are not matched while a `[` is open,
///   an `<autolink>`'s text is not parsed, and e-mails are not looked for inside links
///   (but they are in an image's alt text), so text inside a link need not be probed.
///
/// Anything more (`@` in prose, `www` in a word) only costs a second parse.
enum BareLinkProbe {
    static func mayHoldBareLink(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, text.count >= 3 else { return false }
        return memchr(base, Int32(UInt8(ascii: "@")), text.count) != nil
            || contains(UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/"), in: text)
            || contains(UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w"), in: text)
    }

    /// Whether the three bytes occur in a row, found by `memchr` on the first.
    private static func contains(_ first: UInt8, _ second: UInt8, _ third: UInt8, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        let last = text.count - 2  // where a match can start, exclusive
        var start = 0
        while start < last, let hit = memchr(base + start, Int32(first), last - start) {
            let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if base[index + 1] == second && base[index + 2] == third { return true }
            start = index + 1
        }
        return false
    }
}
