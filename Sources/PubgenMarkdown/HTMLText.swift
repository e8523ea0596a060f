/// Escaping for text placed in HTML (attributes and text alike): `& < > " '`, and
/// control characters (other than tab and line breaks) dropped, since HTML forbids them.
///
/// One pass over UTF-8 bytes; text without those characters comes back untouched. The
/// templates' content type (`HTMLContent`) uses it too, so every value pubgen puts in
/// a page is escaped the same way.
package enum HTMLText {
    package static func escape(_ text: String) -> String {
        // Text that needs nothing comes back as itself: no copy, no UTF-8 validation.
        escapedBytes(of: text).map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Appends the UTF-8 of `escape(text)` to `output`.
    package static func append(escaping text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape(utf8: $0, appendingTo: &output) }
    }

    /// `escape` on UTF-8 bytes, appending to `output`.
    package static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
        guard bytes.contains(where: needsEscape) else {
            output.append(contentsOf: bytes)
            return
        }
        appendEscaped(bytes, to: &output)
    }

    /// The escaped UTF-8 of `text`, or `nil` when nothing in it needs escaping. Read
    /// through the contiguous bytes: walking the UTF-8 view itself is several times slower.
    private static func escapedBytes(of text: String) -> [UInt8]? {
        if let escaped = text.utf8.withContiguousStorageIfAvailable(escapedBytes) { return escaped }
        return Array(text.utf8).withUnsafeBufferPointer(escapedBytes)
    }

    private static func escapedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard bytes.contains(where: needsEscape) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32)
        appendEscaped(bytes, to: &output)
        return output
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            case _ where byte.isForbiddenInMarkup: break
            default: output.append(byte)
            }
        }
    }

    /// Whether `appendEscaped` changes `byte`: one shift and mask below 64, where all of
    /// them but DEL are (the `&`, `<`, `>`, `"` and `'` tests, one after another, were a
    /// percent of a build, on every title and description of every page).
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 ? (bytesToEscapeBelow64 >> UInt64(byte)) & 1 != 0 : byte == 0x7F
    }

    /// Bit n set when byte n is escaped or dropped: the markup characters and the control
    /// characters other than tab, line feed and carriage return.
    private static let bytesToEscapeBelow64: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E  // " & ' < >
}
