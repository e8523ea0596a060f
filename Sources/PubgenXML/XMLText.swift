/// Text that XML 1.0 can carry.
package enum XMLText {
    /// `text` without the characters XML 1.0 forbids (most C0 controls, lone
    /// surrogates cannot occur in Swift strings, U+FFFE and U+FFFF), which would make
    /// a feed not well-formed however they were escaped.
    package static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(result)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
