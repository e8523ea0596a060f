/// Counts words for reading time: runs of letters or digits, except that each
/// CJK ideograph or kana counts as one word, since those scripts use no spaces.
struct WordCounter {
    private(set) var count = 0
    private var inWord = false

    init() {}

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // ASCII fast path: letters, digits and the apostrophe continue a word.
                    let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                        || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
                    if isWordByte && !inWord { count += 1 }
                    inWord = isWordByte
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var iterator = bytes[index..<min(bytes.count, index + length)].makeIterator()
                var decoder = UTF8()
                if case let .scalarValue(scalar) = decoder.decode(&iterator) { add(scalar) } else { inWord = false }
                index += length
            }
        }
        inWord = false
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        if Self.isCJK(scalar) {
            count += 1
            inWord = false
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "’" {
            if !inWord { count += 1 }
            inWord = true
        } else {
            inWord = false
        }
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
