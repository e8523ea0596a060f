/// Counts words for reading time: runs of letters or digits, except that each
/// CJK ideograph or kana counts as one word, since those scripts use no spaces.
struct WordCounter {
    private(set) var count = 0

    init() {}

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    /// Counts the words of valid UTF-8 text; a word never runs on into the next call.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Locals, not stored properties, so the ASCII loop keeps them in registers.
        var count = self.count
        var inWord = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII fast path without branches (word starts are too irregular to
                // predict): letters, digits and the apostrophe continue a word.
                let mask = byte < 64 ? Self.wordBytesBelow64 : Self.wordBytesFrom64
                let isWordByte = (mask >> UInt64(byte & 63)) & 1
                let wasInWord: UInt64 = inWord ? 1 : 0
                count &+= Int(truncatingIfNeeded: isWordByte & ~wasInWord)
                inWord = isWordByte != 0
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var iterator = bytes[index..<min(bytes.count, index + length)].makeIterator()
            var decoder = UTF8()
            if case let .scalarValue(scalar) = decoder.decode(&iterator) {
                switch Self.kind(of: scalar) {
                case .ideograph:
                    count += 1
                    inWord = false
                case .letter:
                    if !inWord { count += 1 }
                    inWord = true
                case .other:
                    inWord = false
                }
            } else {
                inWord = false
            }
            index += length
        }
        self.count = count
    }

    /// Bit n set when ASCII byte n continues a word: `'` and `0`-`9` here, letters in the next.
    private static let wordBytesBelow64: UInt64 = 1 << 0x27 | 0x03FF << 0x30
    /// Bit n set when byte 64 + n is a letter: `A`-`Z` and `a`-`z`.
    private static let wordBytesFrom64: UInt64 = 0x03FF_FFFF << 1 | 0x03FF_FFFF << 33

    enum Kind { case ideograph, letter, other }

    /// What a scalar is to the count: a word by itself, part of a word, or a separator.
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        if isCJK(scalar) { return .ideograph }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "’" || scalar == "'" {
            return .letter
        }
        return .other
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
