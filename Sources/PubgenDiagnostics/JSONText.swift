/// JSON string literals without Foundation, so this module stays stdlib-only.
package enum JSONText {
    /// `text` as a JSON string literal, with `<`, `>` and `&` escaped too so the
    /// result is also safe inside an HTML `<script>` element.
    package static func quote(_ text: String) -> String {
        // Printable ASCII without quote, backslash or markup needs no escape at all.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += unicodeEscape(scalar.value)
            default:
                // Controls, DEL and C1 controls too: HTML forbids them raw, even inside a script element.
                if scalar.isControlCharacter {
                    result += unicodeEscape(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
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
