/// Text read from a file, kept as the UTF-8 bytes that were read.
///
/// An article's body goes to cmark-gfm as bytes. Made into a `String`, every file was
/// validated by the standard library a byte at a time and copied twice (into the
/// string, then the body out of it). `SourceFile` checks the bytes once
/// (`firstInvalidUTF8Offset`), and a body is the file's own bytes from where it starts.
/// Two words, as a `String` is: sources are copied through the whole build.
package struct SourceText: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Valid UTF-8 from `start` on.
    private var bytes: [UInt8]
    private var start: Int

    package init(_ string: String) {
        self.init(unchecked: string.isEmpty ? [] : Array(string.utf8), from: 0)
    }

    package init(stringLiteral value: String) {
        self.init(value)
    }

    /// Bytes already known to be valid UTF-8 from `start` on, taken as they are.
    package init(validUTF8 bytes: [UInt8], from start: Int = 0) {
        self.init(unchecked: bytes, from: start)
        assert(withUTF8 { $0.firstInvalidUTF8Offset } == nil, "SourceText given invalid UTF-8")
    }

    private init(unchecked bytes: [UInt8], from start: Int) {
        self.bytes = bytes
        self.start = start
    }

    /// The text's UTF-8: a slice of the bytes read, so its indices start where the text
    /// does (after a byte-order mark, say), not at 0. `withUTF8` gives a buffer from 0.
    package var utf8: ArraySlice<UInt8> { bytes[start...] }
    package var string: String { String(decoding: utf8, as: UTF8.self) }
    package var description: String { string }
    package var isEmpty: Bool { start == bytes.count }

    /// The text from byte `offset` on (a character boundary), sharing these bytes.
    package func suffix(fromByte offset: Int) -> SourceText {
        precondition(offset >= 0 && start + offset <= bytes.count, "suffix past the end of the text")
        assert(start + offset == bytes.count || bytes[start + offset] & 0xC0 != 0x80, "suffix inside a character")
        return SourceText(unchecked: bytes, from: start + offset)
    }

    package func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    package static func == (lhs: SourceText, rhs: SourceText) -> Bool {
        lhs.utf8.elementsEqual(rhs.utf8)
    }
}
