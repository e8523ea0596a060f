/// JSON string literals without Foundation, so this module stays stdlib-only.
package enum JSONText {
    /// `text` as a JSON string literal, with `<`, `>` and `&` escaped too so the
    /// result is also safe inside an HTML `<script>` element.
    package static func quote(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(quoting: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `quote(text)` to `output`: pages write their JSON-LD
    /// straight into their bytes (building it as a string was 2% of a build).
    package static func append(quoting text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(quoting: $0, to: &output) }
    }

    private static func append(quoting bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Printable ASCII without quote, backslash or markup needs no escape at all.
        guard bytes.contains(where: { !($0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26) }) else {
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
            return
        }
        // The characters to escape are ASCII, C1 controls (`C2 80`…`C2 9F`) and
        // U+2028/U+2029 (`E2 80 A8`/`A9`); the text is valid UTF-8, so a lead byte is
        // always followed by its continuation bytes. The bytes between escapes go in as
        // one run: titles in other scripts are mostly bytes that need none, and a byte
        // at a time was half of what a page's JSON-LD cost.
        output.reserveCapacity(output.count + bytes.count + 16)
        var index = 0
        var run = 0  // the bytes from `run` up to the next escape go in as they are
        func flush(_ end: Int, _ output: inout [UInt8]) {
            if run < end { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                flush(index, &output)
                output.append(UInt8(ascii: "\\"))
                output.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: "n") : byte == UInt8(ascii: "\r") ? UInt8(ascii: "r")
                    : byte == UInt8(ascii: "\t") ? UInt8(ascii: "t") : byte)
            case 0..<0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                flush(index, &output)
                appendUnicodeEscape(UInt32(byte), to: &output)
            case 0xC2 where bytes[index + 1] < 0xA0:
                // U+0080…U+009F, the C1 controls.
                flush(index, &output)
                appendUnicodeEscape(UInt32(bytes[index + 1]), to: &output)
                index += 1
            case 0xE2 where bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                flush(index, &output)
                appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
                index += 2
            default:
                index += 1
                continue
            }
            index += 1
            run = index
        }
        flush(bytes.count, &output)
        output.append(UInt8(ascii: "\""))
    }

    /// `\u` and four lower-case hex digits.
    private static func appendUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[Int(value >> UInt32(shift)) & 0xF]) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Encoded JSON with `<`, `>` and `&` written as `\u` escapes. Those characters can
    /// only occur inside JSON strings, so the meaning is unchanged, and the bytes are
    /// safe inside a `<script>` element or in front of a reader that mishandles markup.
    package static func escapingMarkup(_ json: some Collection<UInt8>) -> [UInt8] {
        json.withContiguousStorageIfAvailable(escapingMarkup) ?? Array(json).withUnsafeBufferPointer(escapingMarkup)
    }

    /// Copies the runs between markup characters whole: the JSON feed carries whole
    /// articles, and a byte at a time through `Data`'s iterator, with an array made for
    /// each `<`, was 2% of a 1,000-article build.
    private static func escapingMarkup(_ json: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count + json.count / 8)
        var copied = 0
        for index in json.indices {
            let escape: StaticString
            switch json[index] {
            case UInt8(ascii: "<"): escape = "\\u003c"
            case UInt8(ascii: ">"): escape = "\\u003e"
            case UInt8(ascii: "&"): escape = "\\u0026"
            default: continue
            }
            bytes.append(contentsOf: json[copied..<index])
            bytes.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
            copied = index + 1
        }
        bytes.append(contentsOf: json[copied...])
        return bytes
    }
}
