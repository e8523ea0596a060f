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
        text.utf8.withContiguousStorageIfAvailable(mayHoldForbidden) ?? mayHoldForbidden(Array(text.utf8))
    }

    private static func mayHoldForbidden(_ bytes: some Collection<UInt8>) -> Bool {
        var bytes = bytes.makeIterator()
        while let byte = bytes.next() {
            if byte < 0x20 {
                if byte != 0x9, byte != 0xA, byte != 0xD { return true }
            } else if byte == 0xEF, bytes.next() == 0xBF, (bytes.next() ?? 0) >= 0xBE {
                return true
            }
        }
        return false
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
