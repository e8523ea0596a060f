/// Text that XML 1.0 can carry.
package enum XMLText {
    /// `text` without the characters XML 1.0 forbids (most C0 controls, lone
    /// surrogates cannot occur in Swift strings, U+FFFE and U+FFFF), which would make
    /// a feed not well-formed however they were escaped.
    package static func sanitized(_ text: String) -> String {
        guard mayHoldForbidden(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(result)
    }

    /// Whether `text` may hold a forbidden character, decided on its UTF-8 bytes:
    /// feeds carry whole articles, and a scalar-by-scalar check of every one of them was
    /// a serial cost at the end of a build. C0 controls are single bytes; U+FFFE and
    /// U+FFFF are `EF BF BE` and `EF BF BF`; no other byte starts a forbidden character.
    static func mayHoldForbidden(_ text: String) -> Bool {
        // Through the contiguous bytes where there are some: iterating the UTF-8 view
        // itself is several times slower.
        text.utf8.withContiguousStorageIfAvailable(mayHoldForbidden) ?? Array(text.utf8).withUnsafeBufferPointer(mayHoldForbidden)
    }

    /// Eight bytes at a time: a word with no byte below 0x20 and no 0xEF is passed over
    /// whole, and only the others (a line break in about one word of ten, in HTML) are
    /// looked at byte by byte. The byte loop was 5% of a 1,000-article build (feeds
    /// carry whole articles, and each article may be in several feeds).
    private static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // The classic tests for "some byte is below 0x20" and "some byte is zero"
            // (here: equal to 0xEF): never false when such a byte is there.
            let lead = word ^ (ones &* 0xEF)
            if ((word &- ones &* 0x20) & ~word | (lead &- ones) & ~lead) & highs != 0 {
                for offset in index..<index + 8 where isForbidden(at: offset, in: bytes) { return true }
            }
            index += 8
        }
        while index < bytes.count {
            if isForbidden(at: index, in: bytes) { return true }
            index += 1
        }
        return false
    }

    /// Whether a forbidden character starts at `index`: a C0 control other than tab,
    /// line feed and carriage return, or U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`).
    @inline(__always)
    private static func isForbidden(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x9 && byte != 0xA && byte != 0xD }
        return byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
