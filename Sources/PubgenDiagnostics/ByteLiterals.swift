extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 as it is: no string made, no UTF-8 view walked. Markup
    /// is written this way a piece at a time on every page, where appending a string's
    /// `utf8` cost over a hundred instructions a piece.
    @inlinable
    package mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` in decimal, with zeros before it up to `minimumDigits` (a negative
    /// value as `String` writes it, its sign counted among the digits), no string made:
    /// dates and splice markers are written this way, many times a page.
    package mutating func append(decimal value: Int, minimumDigits: Int = 1) {
        guard value >= 0, value < 100_000_000 else {
            let text = String(value)
            for _ in 0..<Swift.max(0, minimumDigits - text.utf8.count) { append(UInt8(ascii: "0")) }
            append(contentsOf: text.utf8)
            return
        }
        // The digits from the last one into a word, the first one lowest, so they come
        // out in order (eight fit).
        var rest = value
        var word: UInt64 = 0
        var count = 0
        repeat {
            word = word << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0
        for _ in 0..<Swift.max(0, minimumDigits - count) { append(UInt8(ascii: "0")) }
        for _ in 0..<count {
            append(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
    }
}
