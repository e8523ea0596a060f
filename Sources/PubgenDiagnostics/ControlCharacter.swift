extension Unicode.Scalar {
    /// A C0 control (tab and line breaks included), DEL or a C1 control: what a
    /// diagnostic spells out, JSON escapes and a URL path may not hold.
    package var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

extension UInt8 {
    /// A byte that HTML forbids as text and XML cannot carry: a C0 control other than
    /// tab, line feed and carriage return, or DEL. Article bodies lose these on loading
    /// (`ControlCharacters`) and HTML escaping drops them (`HTMLText`). Inlinable: it is
    /// asked of every byte of every body, and a call per byte across modules showed in profiles.
    @inlinable
    package var isForbiddenInMarkup: Bool {
        (self < 0x20 && self != 0x09 && self != 0x0A && self != 0x0D) || self == 0x7F
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether any byte `isForbiddenInMarkup`, eight bytes at a time: a word with no byte
    /// below 0x20 and no DEL is passed over whole, and only the others (a line break in
    /// one word of about ten, in prose) are looked at byte by byte. Every article's whole
    /// text is asked on loading; the byte loop was 1% of a build.
    package var containsForbiddenInMarkup: Bool {
        guard let base = baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // The classic tests for "some byte is below 0x20" and "some byte is zero"
            // (here: equal to 0x7F): never false when such a byte is there.
            let del = word ^ (ones &* 0x7F)
            if ((word &- ones &* 0x20) & ~word | (del &- ones) & ~del) & highs != 0, Self.holdsForbidden(word) {
                return true
            }
            index += 8
        }
        while index < count {
            if self[index].isForbiddenInMarkup { return true }
            index += 1
        }
        return false
    }

    /// Whether any byte of `word` `isForbiddenInMarkup`, exactly: for the words the quick
    /// test above lets through (one with a line feed, in every few of prose and more of
    /// code), where a byte-by-byte look was half of what the scan cost. Each byte's test
    /// stays in its own byte: its low seven bits plus at most 0x7F carry into nothing.
    @inline(__always) private static func holdsForbidden(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 0x7F)
        let ascii = ~word & (ones &* 0x80)  // the high bit of each byte below 0x80
        @inline(__always) func equal(_ byte: UInt64) -> UInt64 { ~((low ^ (ones &* byte)) &+ ones &* 0x7F) & ascii }
        let below20 = ~(low &+ ones &* 0x60) & ascii
        return (below20 & ~(equal(0x09) | equal(0x0A) | equal(0x0D)) | equal(0x7F)) != 0
    }
}
