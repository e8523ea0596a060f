/// TOML: `[table]` and `[[array]]` headers (types), keys (attributes, bare, quoted or dotted,
/// also inside inline tables), the four string forms, numbers, dates and times (numbers),
/// booleans (literals) and comments.
struct TOMLLexer {
    let src: Source
    var pos: Int
    /// Whether a key is expected: at a line's start outside any array, and after `{` or `,` in
    /// an inline table.
    var expectsKey = true
    /// The open brackets of values, innermost last: `[` arrays and `{` inline tables.
    var brackets: [UInt8] = []

    static func highlight(_ src: Source, into w: inout HTMLWriter) {
        var lexer = TOMLLexer(src: src, pos: src.start)
        while lexer.pos < src.end {
            let before = lexer.pos
            lexer.token(&w)
            if lexer.pos == before { lexer.emit(before + 1, .plain, &w) }
        }
    }

    mutating func emit(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.write(src, pos, end, cls)
        pos = max(pos, end)
    }

    private mutating func token(_ w: inout HTMLWriter) {
        let b = src[pos]
        if b == 0x0A {
            if brackets.isEmpty { expectsKey = true }
            emit(pos + 1, .plain, &w)
        } else if isBlank(b) {
            emit(src.skipSpaces(from: pos + 1), .plain, &w)
        } else if b == 0x23 {
            emit(src.lineEnd(from: pos), .comment, &w)
        } else if b == 0x22 || b == 0x27 {
            emit(stringEnd(from: pos), expectsKey ? .attribute : .string, &w)
        } else if expectsKey {
            keyPart(b, &w)
        } else {
            value(b, &w)
        }
    }

    /// In a key: a header, a bare key part, a `.`, or the `=` that ends the key.
    private mutating func keyPart(_ b: UInt8, _ w: inout HTMLWriter) {
        if b == 0x5B && brackets.isEmpty {
            let open = src.peek(pos + 1) == 0x5B ? pos + 2 : pos + 1
            emit(open, .plain, &w)
            var close = pos
            while close < src.end && src[close] != 0x5D && src[close] != 0x0A && src[close] != 0x23 { close += 1 }
            emit(close, .type, &w)  // [package], [[bin]], [tool."x.y"]
            while src.peek(pos) == 0x5D { emit(pos + 1, .plain, &w) }
        } else if isBareKeyByte(b) {
            var j = pos + 1
            while j < src.end && isBareKeyByte(src[j]) { j += 1 }
            emit(j, .attribute, &w)
        } else {
            if b == 0x3D { expectsKey = false }
            if b == 0x7D { closeBracket() }
            emit(pos + 1, .plain, &w)
        }
    }

    private func isBareKeyByte(_ b: UInt8) -> Bool { isIdentifierByte(b) || b == 0x2D }

    /// In a value: brackets, booleans, numbers, dates, or other bytes (plain).
    private mutating func value(_ b: UInt8, _ w: inout HTMLWriter) {
        switch b {
        case 0x5B, 0x7B:
            brackets.append(b)
            if b == 0x7B { expectsKey = true }
            emit(pos + 1, .plain, &w)
        case 0x5D, 0x7D:
            closeBracket()
            emit(pos + 1, .plain, &w)
        case 0x2C:
            if brackets.last == 0x7B { expectsKey = true }
            emit(pos + 1, .plain, &w)
        default:
            guard isIdentifierByte(b) || b == 0x2B || b == 0x2D else {
                emit(pos + 1, .plain, &w)
                return
            }
            var j = scalarEnd(from: pos + 1)
            // A date and time separated by a space: 1979-05-27 07:32:00
            if j - pos == 10 && src[pos + 4] == 0x2D && src.peek(j) == 0x20 && isDigit(src.peek(j + 1))
                && isDigit(src.peek(j + 2)) && src.peek(j + 3) == 0x3A
            {
                j = scalarEnd(from: j + 1)
            }
            let word = src.window(pos, j)
            let isLiteral = word.equals(pos, j, "true") || word.equals(pos, j, "false")
            let isNumber =
                isDigit(b) || isDigit(src.peek(pos + 1)) || word.equals(pos, j, "inf") || word.equals(pos, j, "nan")
                || word.equals(pos + 1, j, "inf") || word.equals(pos + 1, j, "nan")
            emit(j, isLiteral ? .literal : isNumber ? .number : .plain, &w)
        }
    }

    /// The end of a bare value (a number, date, time or word): letters, digits, `_ - + . :`.
    private func scalarEnd(from i: Int) -> Int {
        var j = i
        while j < src.end {
            let c = src[j]
            guard isIdentifierByte(c) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x3A else { break }
            j += 1
        }
        return j
    }

    private mutating func closeBracket() {
        if !brackets.isEmpty { brackets.removeLast() }
        expectsKey = false
    }

    /// The end of the string at `i`: `"…"` with escapes, `'…'` literal, `"""…"""`, `'''…'''`.
    private func stringEnd(from i: Int) -> Int {
        let quote = src[i]
        let escape: UInt8 = quote == 0x22 ? 0x5C : 0
        guard src.peek(i + 1) == quote && src.peek(i + 2) == quote else {
            return src.quotedEnd(from: i, quote: quote, escape: escape, multiline: false)
        }
        var j = i + 3
        while j < src.end {
            if src[j] == escape && escape != 0 {
                j += 2
                continue
            }
            if src[j] == quote && src.peek(j + 1) == quote && src.peek(j + 2) == quote {
                j += 3
                while src.peek(j) == quote && j < src.end { j += 1 }  // up to two quotes may end the text
                return j
            }
            j += 1
        }
        return src.end
    }
}
