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
                let run = Self.countASCII(bytes, from: index, inWord: &inWord)
                count += run.words
                index = run.end
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

    /// The ASCII fast path, on its own so its state stays in registers: word starts in
    /// the ASCII run from `start`, counted without branches (they come too irregularly
    /// to predict), and where the run ends. Letters, digits and the apostrophe continue a word.
    @inline(never)
    private static func countASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, inWord: inout Bool
    ) -> (words: Int, end: Int) {
        var words = 0
        var previous: UInt64 = inWord ? 1 : 0
        var index = start
        // Eight bytes at a time while they are all ASCII: each byte's "continues a word"
        // bit found with range tests on the whole word, word starts counted with one
        // popcount. The byte loop below takes the rest, up to the next non-ASCII byte.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                guard word & highBits == 0 else { break }
                let continues = Self.bytesInRange(word | ones &* 0x20, UInt8(ascii: "a"), UInt8(ascii: "z"))
                    | Self.bytesInRange(word, UInt8(ascii: "0"), UInt8(ascii: "9"))
                    | Self.bytesEqual(word, UInt8(ascii: "'"))
                words &+= (continues & ~(continues << 8 | previous << 7)).nonzeroBitCount
                previous = continues >> 63
                index &+= 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { break }
            let high = 0 &- UInt64(byte >> 6)  // all ones from 64 on: a select, not a branch
            let mask = wordBytesBelow64 & ~high | wordBytesFrom64 & high
            let isWordByte = (mask >> UInt64(byte & 63)) & 1
            words &+= Int(truncatingIfNeeded: isWordByte & ~previous)
            previous = isWordByte
            index &+= 1
        }
        inWord = previous != 0
        return (words, index)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` (all below 0x80) that lies in `low...high`.
    @inline(__always)
    private static func bytesInRange(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        // Below 0x80 a byte plus (0x80 - low) reaches its high bit exactly when it is at
        // least `low`, and never carries into the next byte.
        let atLeastLow = word &+ ones &* UInt64(0x80 - low)
        let aboveHigh = word &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & highBits
    }

    /// The high bit of each byte of `word` (all below 0x80) that equals `value`.
    @inline(__always)
    private static func bytesEqual(_ word: UInt64, _ value: UInt8) -> UInt64 {
        let difference = word ^ ones &* UInt64(value)
        // A byte's high bit stays clear after adding 0x7F only when the byte was zero.
        return ~((difference & ~highBits) &+ ~highBits | difference) & highBits
    }

    /// Bit n set when ASCII byte n continues a word: `'` and `0`-`9` here, letters in the next.
    private static let wordBytesBelow64: UInt64 = 1 << 0x27 | 0x03FF << 0x30
    /// Bit n set when byte 64 + n is a letter: `A`-`Z` and `a`-`z`.
    private static let wordBytesFrom64: UInt64 = 0x03FF_FFFF << 1 | 0x03FF_FFFF << 33

    enum Kind { case ideograph, letter, other }

    /// What a scalar is to the count: a word by itself, part of a word, or a separator.
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        // Two-byte UTF-8 (Latin, Greek, Cyrillic, Hebrew, Arabic…) and Hangul syllables,
        // the letters prose outside ASCII is mostly made of, without a property lookup:
        // one per scalar was 2% of a 10,000-article build.
        case 0x80..<0x800: return twoByteKinds[Int(scalar.value) &- 0x80]
        case 0xAC00...0xD7A3: return .letter
        // Smart punctuation fills prose: answer it without a Unicode property lookup.
        case 0x2019: return .letter  // ’
        case 0x2013, 0x2014, 0x2018, 0x201C, 0x201D, 0x2026: return .other  // – — ‘ “ ” …
        default: return propertyKind(of: scalar)
        }
    }

    /// The kinds of U+0080–U+07FF, looked up once.
    private static let twoByteKinds: [Kind] = (0x80..<0x800).map { propertyKind(of: Unicode.Scalar(UInt32($0))!) }

    /// `kind(of:)` from the scalar's Unicode properties: what the shortcuts above must agree with.
    static func propertyKind(of scalar: Unicode.Scalar) -> Kind {
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
