#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PubgenDiagnostics

/// HTML that goes into the page beside cmark-gfm's output rather than through it.
///
/// A highlighted code block (about half of an article's HTML) or a heading with its
/// anchor replaces its node as a custom block. Holding the HTML itself, the block made
/// cmark-gfm measure and copy every byte of it, the renderer copy it again, and the
/// searches of `AccessibleHTML` read it once more. Holding a short marker instead, the
/// block leaves the HTML here, and `AccessibleHTML.rewrite` puts it in place of the
/// marker while it copies the rendered document out, once.
///
/// A marker is `0x01`, the piece's number in decimal, `0x01`. cmark-gfm writes that
/// byte only where the source has it or spells it as a character reference (`&#1;`),
/// so only a document whose source holds neither takes markers (`allowed(in:)`; article
/// bodies never hold the byte, as `ControlCharacters` takes C0 controls out on loading).
/// Should the rendered HTML still not hold each marker exactly once, the splice is
/// refused and the document rendered through the tree (`AccessibleHTML.rewrite`).
struct HTMLSplices {
    /// The HTML of each marker, by number.
    private(set) var pieces: [[UInt8]] = []

    static let markerByte: UInt8 = 0x01

    var isEmpty: Bool { pieces.isEmpty }

    /// Whether a document may take markers: its source holds no marker byte and no
    /// numeric character reference (`&#…;`), which could spell one.
    static func allowed(in source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress else { return true }
        guard memchr(base, Int32(markerByte), source.count) == nil else { return false }
        var index = 0
        while index < source.count, let found = memchr(base + index, Int32(UInt8(ascii: "&")), source.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if index < source.count, source[index] == UInt8(ascii: "#") { return false }
        }
        return true
    }

    /// Keeps `html` and gives the marker that stands for it, NUL-terminated for cmark-gfm.
    mutating func marker(for html: [UInt8]) -> [UInt8] {
        // Built in one buffer (three arrays and a string for the number were most of
        // what a marker cost).
        var marker: [UInt8] = []
        marker.reserveCapacity(24)
        marker.append(Self.markerByte)
        marker.append(decimal: pieces.count)
        marker.append(Self.markerByte)
        marker.append(0)
        pieces.append(html)
        return marker
    }

    /// The marker that starts at `index` of `html`: which piece it stands for, and how
    /// many bytes it takes; nil when the bytes there are no marker of this document.
    func marker(at index: Int, in html: UnsafeBufferPointer<UInt8>) -> (piece: Int, length: Int)? {
        guard index < html.count, html[index] == Self.markerByte else { return nil }
        var end = index + 1
        var number = 0
        while end < html.count, case let digit = html[end] &- UInt8(ascii: "0"), digit < 10, number < pieces.count {
            number = number * 10 + Int(digit)
            end += 1
        }
        guard end > index + 1, end < html.count, html[end] == Self.markerByte, number < pieces.count else { return nil }
        return (number, end + 1 - index)
    }
}
