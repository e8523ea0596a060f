import PubgenDiagnostics

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
///   (but they are in an image's alt text, and after a link nested in a link's text,
///   where the extension's "in a link" flag has already been reset), so text inside a
///   link need not be probed;
/// - the probed tree holds all the text the parse made, which is not so with footnotes:
///   cmark-gfm drops unreferenced and repeated definitions first, and a bare link can
///   decide what is referenced (`[^a]: www.x.y[^b]` swallows the `[^b]`). Documents
///   that may hold footnotes (`FootnoteProbe`) are parsed with the extension at once.
///
/// Anything more (`@` in prose, `www` in a word) only costs a second parse. So that a
/// document that has bare links is not parsed twice, `sourceMayHoldBareLink` looks at
/// the Markdown first, and such a document is parsed with the extension straight away.
enum BareLinkProbe {
    /// Whether a document's Markdown looks as if it holds a bare link: a guess, which
    /// may say yes for nothing (`www.` in code) and no for a link that escapes or
    /// entities make, where the text nodes' probe still finds it. It says no to the
    /// bytes that plain links and code commonly hold: URLs right after `](`, `<` or a
    /// reference definition's `]: `, `www.` inside a URL or word, and an `@` with no
    /// address around it (`@dataclass`).
    ///
    /// `textsMayHoldWWW` says whether a text node of the document can hold `www` at all:
    /// only when the Markdown does, or holds a character reference (`&#119;`), the one
    /// way to make a `w` the source does not hold (escapes drop only a backslash, and
    /// every other byte that ends a text node is in a node of its own). When neither,
    /// `mayHoldBareLink` need not look for `www`: a search per `w` of every text node
    /// was most of what the probe cost. Meaningful when the answer is `false` (the scan
    /// for `www` then went through the whole source).
    static func sourceMayHoldBareLink(_ source: UnsafeBufferPointer<UInt8>, textsMayHoldWWW: inout Bool) -> Bool {
        var holdsWWW = false
        defer { textsMayHoldWWW = holdsWWW || source.containsByte(UInt8(ascii: "&")) }
        guard source.count >= 3 else { return false }
        func byte(_ index: Int) -> UInt8 { index >= 0 && index < source.count ? source[index] : 0 }
        return source.containsByte(UInt8(ascii: "@")) { index in
            isAddressByte(byte(index - 1)) && isAlphanumeric(byte(index + 1))
        } || source.containsByte(UInt8(ascii: ":")) { index in
            guard byte(index + 1) == UInt8(ascii: "/"), byte(index + 2) == UInt8(ascii: "/") else { return false }
            var start = index
            while isLetter(byte(start - 1)) { start -= 1 }
            var before = start - 1
            if byte(before) == UInt8(ascii: "<") || (byte(before) == UInt8(ascii: "(") && byte(before - 1) == UInt8(ascii: "]")) {
                return false
            }
            while byte(before) == UInt8(ascii: " ") { before -= 1 }
            return !(byte(before) == UInt8(ascii: ":") && byte(before - 1) == UInt8(ascii: "]"))
        } || source.containsByte(UInt8(ascii: "w")) { index in
            guard byte(index + 1) == UInt8(ascii: "w"), byte(index + 2) == UInt8(ascii: "w") else { return false }
            holdsWWW = true
            guard byte(index + 3) == UInt8(ascii: ".") else { return false }
            // Where the extension's `www.` match may start (`>` ends a quote's marker).
            let before = byte(index - 1)
            return before == 0 || before <= UInt8(ascii: " ") || "*_~(>".utf8.contains(before)
        }
    }

    /// The bytes of an address's local part, which must come just before its `@`.
    private static func isAddressByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Whether a text node could hold a bare link (see above).
    /// - Parameter lookingForWWW: False when the document's texts cannot hold `www`
    ///   (see `sourceMayHoldBareLink(_:textsMayHoldWWW:)`).
    static func mayHoldBareLink(_ text: UnsafeBufferPointer<UInt8>, lookingForWWW: Bool = true) -> Bool {
        guard text.count >= 3 else { return false }
        // Compared in place, not through a shared array: `w` is met every few words.
        func followedBy(_ index: Int, _ byte: UInt8) -> Bool {
            index + 2 < text.count && text[index + 1] == byte && text[index + 2] == byte
        }
        return text.containsByte(UInt8(ascii: "@"))
            || text.containsByte(UInt8(ascii: ":")) { followedBy($0, UInt8(ascii: "/")) }
            || lookingForWWW && text.containsByte(UInt8(ascii: "w")) { followedBy($0, UInt8(ascii: "w")) }
    }
}
