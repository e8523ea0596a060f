/// The UTF-8 bytes a lexer reads: the window `start..<end` of the code's contiguous storage.
/// Every scan stops at `end`, and `peek` reads 0 past it, so look-ahead needs no bounds check
/// of its own. A window lets one lexer hand a part of the code to another (a `<script>`
/// element to the JavaScript lexer, a shell prompt's command line to the shell lexer).
struct Source {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int

    /// The byte at `i`, which must be in `start..<end`.
    @inline(__always) subscript(_ i: Int) -> UInt8 { base[i] }

    /// The byte at `i`, or 0 at or after `end`.
    @inline(__always) func peek(_ i: Int) -> UInt8 { i < end ? base[i] : 0 }

    /// The byte before `i`, or 0 at the start of the window.
    @inline(__always) func byte(before i: Int) -> UInt8 { i > start ? base[i - 1] : 0 }

    /// The same bytes, limited to `from..<to`.
    func window(_ from: Int, _ to: Int) -> Source { Source(base: base, start: from, end: to) }

    /// Whether `word` occurs at `i`.
    @inline(__always) func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i + word.count <= end else { return false }
        var k = 0
        while k < word.count {
            if base[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the ASCII letters of `lowercaseWord` occur at `i`, in any case.
    func matchesIgnoringCase(_ lowercaseWord: StaticString, at i: Int) -> Bool {
        lowercaseWord.withUTF8Buffer { word in
            guard i + word.count <= end else { return false }
            for k in 0..<word.count where lowercased(base[i + k]) != word[k] { return false }
            return true
        }
    }

    /// Whether `from..<to` holds exactly `word`.
    func equals(_ from: Int, _ to: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { w in
            guard to - from == w.count else { return false }
            for k in 0..<w.count where base[from + k] != w[k] { return false }
            return true
        }
    }

    /// The index of the next line feed at or after `i`, or `end`.
    func lineEnd(from i: Int) -> Int {
        var j = i
        while j < end && base[j] != 0x0A { j += 1 }
        return j
    }

    /// The first index at or after `i` that is not a space or tab.
    func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < end && (base[j] == 0x20 || base[j] == 0x09) { j += 1 }
        return j
    }

    /// The end of the run of identifier bytes (and `extra`, when not 0) starting at `i`.
    ///
    /// Eight bytes at a time where eight remain (`identifierBytes`): identifiers are most
    /// of any code, and the test per byte was a third of what a word cost the lexer.
    @inline(__always) func identifierEnd(from i: Int, extra: UInt8 = 0) -> Int {
        var j = i
        while j + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            let others = ~Self.identifierBytes(word, extra: extra) & 0x8080_8080_8080_8080
            if others != 0 { return j + others.trailingZeroBitCount / 8 }
            j += 8
        }
        while j < end {
            let b = base[j]
            guard isIdentifierByte(b) || (b == extra && extra != 0) else { break }
            j += 1
        }
        return j
    }

    /// The high bit of each byte of `word` set when `isIdentifierByte` holds for the byte
    /// (or it is `extra`, when not 0), clear otherwise. Each test stays within its byte:
    /// it adds to seven bits at most 0x80, so no carry crosses into the next byte.
    @inline(__always) static func identifierBytes(_ word: UInt64, extra: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let ascii = ~word & high
        /// The high bit set where the byte's low seven bits `t` are in `low...up`.
        @inline(__always) func within(_ t: UInt64, _ low: UInt64, _ up: UInt64) -> UInt64 {
            (t &+ ones &* (0x80 - low)) & ~(t &+ ones &* (0x7F - up)) & high
        }
        let seven = word & (ones &* 0x7F)
        let letters = within((word | ones &* 0x20) & (ones &* 0x7F), 0x61, 0x7A)
        let digits = within(seven, 0x30, 0x39)
        let underscore = within(seven, 0x5F, 0x5F)
        let extras = extra != 0 && extra < 0x80 ? within(seven, UInt64(extra), UInt64(extra)) : 0
        return (letters | digits | underscore | extras) & ascii | word & high
    }

    /// The index just past the first occurrence of `terminator` at or after `i`, or `end`.
    func indexAfter(_ terminator: [UInt8], from i: Int) -> Int {
        guard let first = terminator.first else { return i }
        var j = i
        while j < end {
            if base[j] == first && matches(terminator, at: j) { return j + terminator.count }
            j += 1
        }
        return end
    }

    /// The end of a quoted string whose opening quote is at `i`: just past the closing `quote`,
    /// or the line feed that ends a single-line string, or `end`. An `escape` byte (0 for none)
    /// makes the byte after it ordinary.
    func quotedEnd(from i: Int, quote: UInt8, escape: UInt8, multiline: Bool) -> Int {
        var j = i + 1
        while j < end {
            let b = base[j]
            if b == quote { return j + 1 }
            if b == escape && escape != 0 {
                j += 2
                continue
            }
            if b == 0x0A && !multiline { return j }
            j += 1
        }
        return end
    }
}

extension Source {
    /// Whether `from..<to` holds exactly the ASCII letters of `lowercaseWord`, in any case.
    func equalsIgnoringCase(_ from: Int, _ to: Int, _ lowercaseWord: StaticString) -> Bool {
        to - from == lowercaseWord.utf8CodeUnitCount && window(from, to).matchesIgnoringCase(lowercaseWord, at: from)
    }
}
