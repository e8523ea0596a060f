// Values in CSS declarations and at-rule preludes.

extension CSSLexer {
    /// A byte that may start a CSS name (an identifier with `-`).
    func isNameStart(_ b: UInt8) -> Bool { isIdentifierStart(b) || b == 0x2D || b == 0x5C }

    /// The end of the CSS name at `i`, with `\` escapes.
    func nameEnd(from i: Int) -> Int {
        var j = i
        while j < src.end {
            let b = src[j]
            if b == 0x5C {
                j += 2
                continue
            }
            guard isIdentifierByte(b) || b == 0x2D else { break }
            j += 1
        }
        return min(j, src.end)
    }

    /// The end of a number and its unit at `i`: `10px`, `1.5em`, `50%`, `.5s`, `-2rem`.
    func numberEnd(from i: Int) -> Int {
        var j = i
        if src[j] == 0x2D || src[j] == 0x2B { j += 1 }
        j = src.digitsEnd(from: j)
        if src.peek(j) == 0x2E && isDigit(src.peek(j + 1)) { j = src.digitsEnd(from: j + 1) }
        if src.peek(j) == 0x25 { return j + 1 }
        while j < src.end && isLetter(src[j]) { j += 1 }
        return j
    }

    /// Value tokens up to the end of `part`. With `keys` (an at-rule prelude), a name followed
    /// by `:` is an attribute: `@media (max-width: 600px)`.
    mutating func values(_ part: Source, keys: Bool, _ w: inout HTMLWriter) {
        while pos < part.end {
            let b = src[pos]
            let next = part.peek(pos + 1)
            if isDigit(b) || ((b == 0x2E || b == 0x2D || b == 0x2B) && isDigit(next))
                || ((b == 0x2D || b == 0x2B) && next == 0x2E && isDigit(part.peek(pos + 2)))
            {
                emit(numberEnd(from: pos), .number, &w)
            } else if b == 0x23 && isIdentifierByte(next) {
                emit(src.identifierEnd(from: pos + 1), .number, &w)  // #1e2127
            } else if b == 0x21 && isLetter(next) {
                emit(src.identifierEnd(from: pos + 1), .keyword, &w)  // !important
            } else if isNameStart(b) && b != 0x5C {
                name(part, keys: keys, &w)
            } else if !commentOrString(part, &w) {
                emit(pos + 1, .plain, &w)
            }
        }
    }

    /// A name in a value: a function (`rgb(`, with `url(` taking an unquoted string), a
    /// `--custom` property, a feature key, or a plain keyword (`solid`, `auto`).
    private mutating func name(_ part: Source, keys: Bool, _ w: inout HTMLWriter) {
        let start = pos
        let end = min(nameEnd(from: pos), part.end)
        if part.peek(end) == 0x28 {
            emit(end, .function, &w)
            guard src.equalsIgnoringCase(start, end, "url") else { return }
            emit(end + 1, .plain, &w)
            let first = part.peek(pos)
            guard first != 0x22 && first != 0x27 else { return }
            var close = pos
            while close < part.end && src[close] != 0x29 { close += 1 }
            emit(close, .string, &w)
        } else if src[start] == 0x2D && src.peek(start + 1) == 0x2D {
            emit(end, .variable, &w)
        } else if keys && part.peek(part.skipSpaces(from: end)) == 0x3A {
            emit(end, .attribute, &w)
        } else {
            emit(end, .plain, &w)
        }
    }
}
