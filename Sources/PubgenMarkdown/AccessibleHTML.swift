#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PubgenDiagnostics

/// Touches cmark-gfm's fixed markup where it falls short of WCAG, in one pass over
/// the bytes: tables that scroll sideways must be keyboard-reachable, task-list
/// checkboxes need a name, and the footnotes section needs a heading.
enum AccessibleHTML {
    private static let rewrites: [(from: [UInt8], to: [UInt8])] = [
        ("<table>\n", "<table tabindex=\"0\">\n"),
        ("<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
         "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"),
        ("<input type=\"checkbox\" disabled=\"\" />", "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"),
        ("<section class=\"footnotes\" data-footnotes>\n",
         "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnotes-label\">\n<h2 id=\"footnotes-label\" class=\"visually-hidden\">Footnotes</h2>\n"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The rewritten HTML, made straight from cmark-gfm's bytes: the places to rewrite
    /// are found first, so the result is written once, at its final size.
    static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let rewrites = Self.rewrites
        var matches: [(index: Int, rewrite: Int)] = []
        var added = 0
        if let base = bytes.baseAddress, bytes.count > 1 {
            var index = 0
            let end = bytes.count - 1
            while index < end {
                // memchr skips the text between tags far faster than a byte loop.
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), end - index) else { break }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                let next = bytes[index + 1]
                guard next == UInt8(ascii: "t") || next == UInt8(ascii: "i") || next == UInt8(ascii: "s"),
                      let rewrite = rewrites.firstIndex(where: { bytes.hasBytes($0.from, at: index) }) else {
                    index += 1
                    continue
                }
                matches.append((index, rewrite))
                added += rewrites[rewrite].to.count - rewrites[rewrite].from.count
                index += rewrites[rewrite].from.count
            }
        }
        guard !matches.isEmpty else { return Array(bytes) }
        return [UInt8](unsafeUninitializedCapacity: bytes.count + added) { output, written in
            var copied = 0
            func copy(_ part: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: part)
                written += part.count
            }
            for (index, rewrite) in matches {
                copy(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                rewrites[rewrite].to.withUnsafeBufferPointer { copy($0) }
                copied = index + rewrites[rewrite].from.count
            }
            copy(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}
