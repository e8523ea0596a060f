// Scans shared by the code lexers: numbers and block comments.

extension Source {
    /// The end of the number starting at `i` (a digit, or a `.` before a digit): `0x1F`,
    /// `0b1010`, `0o755`, `1_000`, `3.14`, `1e-9`, `.5`, plus any suffix (`10u32`, `1.5f`,
    /// `100ULL`, `2j`, `10n`).
    func numberEnd(from i: Int) -> Int {
        var j = i
        let radix = lowercased(peek(i + 1))
        if base[i] == 0x30 && (radix == 0x78 || radix == 0x62 || radix == 0x6F) && isHexDigit(peek(i + 2)) {
            j = i + 2
            while j < end && (isHexDigit(base[j]) || base[j] == 0x5F) { j += 1 }
        } else {
            j = digitsEnd(from: j)
            if peek(j) == 0x2E && isDigit(peek(j + 1)) { j = digitsEnd(from: j + 1) }
            if lowercased(peek(j)) == 0x65 {
                let sign = peek(j + 1)
                let k = sign == 0x2B || sign == 0x2D ? j + 2 : j + 1
                if isDigit(peek(k)) { j = digitsEnd(from: k) }
            }
        }
        return identifierEnd(from: j)
    }

    /// The end of a run of digits and `_` separators.
    func digitsEnd(from i: Int) -> Int {
        var j = i
        while j < end && (isDigit(base[j]) || base[j] == 0x5F) { j += 1 }
        return j
    }

    /// The end of a block comment whose `open` delimiter is at `i`: just past the matching
    /// `close`, or `end` when it is unterminated. With `nests`, inner `open`s need their own
    /// `close` (Swift and Rust: `/* a /* b */ c */` is one comment).
    func blockCommentEnd(from i: Int, open: [UInt8], close: [UInt8], nests: Bool) -> Int {
        var depth = 1
        var j = i + open.count
        let closeFirst = close[0]
        let openFirst = open[0]
        while j < end {
            let b = base[j]
            if b == closeFirst && matches(close, at: j) {
                j += close.count
                depth -= 1
                if depth == 0 { return j }
            } else if nests && b == openFirst && matches(open, at: j) {
                j += open.count
                depth += 1
            } else {
                j += 1
            }
        }
        return end
    }
}
