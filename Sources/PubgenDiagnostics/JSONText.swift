/// JSON string literals without Foundation, so this module stays stdlib-only.
package enum JSONText {
    /// `text` as a JSON string literal, with `<`, `>` and `&` escaped too so the
    /// result is also safe inside an HTML `<script>` element.
    package static func quote(_ text: String) -> String {
        // Printable ASCII without quote, backslash or markup needs no escape at all.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 }) {
            return "\"" + text + "\""
        }
        // On bytes: the characters to escape are ASCII, C1 controls (`C2 80`…`C2 9F`)
        // and U+2028/U+2029 (`E2 80 A8`/`A9`). Runs between them are appended as slices
        // of `text`, which need no UTF-8 check, unlike a string made from new bytes.
        // Titles and summaries with any non-ASCII letter take this path, once per page.
        var result = "\""
        result.reserveCapacity(text.utf8.count + 16)
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var escape: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case 0..<0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                escape = unicodeEscape(UInt32(byte))
            case 0xC2:
                // U+0080…U+00BF: the C1 controls among them are escaped.
                let next = bytes[bytes.index(after: index)]
                if next < 0xA0 { escape = unicodeEscape(UInt32(next)) }
                length = 2
            case 0xE2:
                let second = bytes.index(after: index)
                let third = bytes[bytes.index(after: second)]
                if bytes[second] == 0x80, third == 0xA8 || third == 0xA9 { escape = unicodeEscape(third == 0xA8 ? 0x2028 : 0x2029) }
                length = 3
            default:
                break
            }
            let next = bytes.index(index, offsetBy: length)
            if let escape {
                result += text[runStart..<index]
                result += escape
                runStart = next
            }
            index = next
        }
        result += text[runStart...]
        result += "\""
        return result
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Encoded JSON with `<`, `>` and `&` written as `\u` escapes. Those characters can
    /// only occur inside JSON strings, so the meaning is unchanged, and the bytes are
    /// safe inside a `<script>` element or in front of a reader that mishandles markup.
    package static func escapingMarkup(_ json: some Sequence<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
