/// Finds table headers that toml++ (inside TOMLKit) cannot parse safely.
///
/// toml++ 3 checks the first character of a table header's name only with an
/// assertion: `[#]`, `[=a]`, `[.a]` or `[é]` abort a debug build and are undefined
/// behaviour in a release build (found by `make fuzz`). This scanner finds headers
/// outside strings and multi-line values and reports the character first, so TOMLKit
/// only ever sees headers that start as the TOML grammar allows.
enum TOMLHeaderGuard {
    /// The 1-based line and column of the first header name that starts with a
    /// character other than a bare-key character, a quote or `]`, if any.
    static func firstBadHeader(in text: String) -> (line: Int, column: Int)? {
        var depth = 0  // open [ and { of values spanning lines
        var multiline: [UInt8]?  // the closing delimiter of an open """ or ''' string
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            var index = 0
            if multiline == nil, depth == 0 {
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    if index < bytes.count, bytes[index] == UInt8(ascii: "[") { index += 1 }
                    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                    guard index < bytes.count, isAllowedStart(bytes[index]) else {
                        return (lineNumber, String(decoding: bytes[..<min(index, bytes.count)], as: UTF8.self).count + 1)
                    }
                    continue  // a header changes no value depth
                }
            }
            scan(bytes, from: index, depth: &depth, multiline: &multiline)
        }
        return nil
    }

    private static func isAllowedStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"), 0x0D:
            return true
        default:
            return false
        }
    }

    /// Follows strings, comments and brackets through one line of values.
    private static func scan(_ bytes: [UInt8], from start: Int, depth: inout Int, multiline: inout [UInt8]?) {
        var index = start
        while index < bytes.count {
            if let closing = multiline {
                if bytes[index] == UInt8(ascii: "\\"), closing.first == UInt8(ascii: "\"") {
                    index += 2
                    continue
                }
                if bytes[index...].starts(with: closing) {
                    multiline = nil
                    index += 3
                } else {
                    index += 1
                }
                continue
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "#"):
                return
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if bytes[index...].starts(with: [byte, byte, byte]) {
                    multiline = [byte, byte, byte]
                    index += 3
                    continue
                }
                index += 1
                while index < bytes.count, bytes[index] != byte {
                    index += byte == UInt8(ascii: "\"") && bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                index += 1
            default:
                index += 1
            }
        }
    }
}
