// String literals: quoted strings with escapes and interpolation, prefixed strings (`f"…"`,
// `L"…"`), raw strings (Rust `r#"…"#`, Swift `#"…"#`, C++ `R"x(…)x"`) and Rust characters.

extension CodeLexer {
    /// A string whose opening delimiter is at `open`; its token starts at `pos`, which is before
    /// `open` when a prefix (`f`, `rb`, `u8`) belongs to it.
    mutating func string(_ rule: StringRule, openingAt open: Int, _ w: inout HTMLWriter) {
        var j = open + rule.open.count
        var stop = src.end
        var depth = 0
        let closeFirst = rule.close[0]
        let interpolationFirst = rule.interpolation?.first ?? 0
        let opener = rule.interpolation?.last ?? 0
        let closer = rule.interpolationCloser
        while j < src.end {
            let c = src[j]
            if c == 0x0A && !rule.multiline {
                stop = j
                break
            }
            if depth > 0 {
                if c == closer { depth -= 1 } else if c == opener { depth += 1 }
                j += 1
                continue
            }
            if c == interpolationFirst && interpolationFirst != 0, let interpolation = rule.interpolation,
                src.matches(interpolation, at: j)
            {
                depth = 1
                j += interpolation.count
                continue
            }
            if c == rule.escape && rule.escape != 0 {
                j += 2
                continue
            }
            if c == closeFirst && src.matches(rule.close, at: j) {
                stop = j + rule.close.count
                break
            }
            if c == 0x24 && rule.shellVariables, let variableEnd = shellVariableEnd(at: j) {
                emit(j, rule.cls, &w)
                emit(variableEnd, .variable, &w)
                j = variableEnd
                continue
            }
            j += 1
        }
        var cls = rule.cls
        if lang.features.contains(.jsonKeys) && src.peek(src.skipSpaces(from: stop)) == 0x3A { cls = .attribute }
        emit(stop, cls, &w)
        afterOperand = true
        definition = .plain
    }

    /// After the identifier `pos..<end`, right before a quote or `#`: lexes the string it
    /// prefixes and returns true, or returns false when the identifier is no prefix.
    mutating func stringAfterPrefix(_ end: Int, _ w: inout HTMLWriter) -> Bool {
        let next = src[end]
        let features = lang.features
        let length = end - pos
        if features.contains(.rustAttributesAndRawStrings) && next != 0x27 && length <= 2
            && (src.equals(pos, end, "r") || src.equals(pos, end, "br") || src.equals(pos, end, "cr"))
        {
            return rawString(hashesFrom: end, &w)
        }
        if features.contains(.rustCharactersAndLifetimes) && next == 0x27 && src.equals(pos, end, "b") {
            return character(quoteAt: end, &w)
        }
        if features.contains(.cppRawStrings) && next == 0x22 && src[end - 1] == 0x52 && length <= 3
            && cppRawString(quoteAt: end, &w)
        {
            return true
        }
        guard next != 0x23, isStringPrefix(end) else { return false }
        for rule in lang.strings where src.matches(rule.open, at: end) {
            string(rule, openingAt: end, &w)
            return true
        }
        return false
    }

    private func isStringPrefix(_ end: Int) -> Bool {
        prefixes: for prefix in lang.stringPrefixes where prefix.count == end - pos {
            for k in 0..<prefix.count where lowercased(src[pos + k]) != prefix[k] { continue prefixes }
            return true
        }
        return false
    }

    /// A raw string: `#`s (at most 255) from `i`, a quote (or `"""` in Swift), then text up to
    /// the same quote and number of `#`s. False when no quote follows the `#`s.
    mutating func rawString(hashesFrom i: Int, _ w: inout HTMLWriter) -> Bool {
        var j = i
        while j < src.end && src[j] == 0x23 { j += 1 }
        let hashes = j - i
        guard src.peek(j) == 0x22, hashes <= 255 else { return false }
        let triple = lang.features.contains(.swiftPound) && src.peek(j + 1) == 0x22 && src.peek(j + 2) == 0x22
        let quotes = triple ? 3 : 1
        let close = [UInt8](repeating: 0x22, count: quotes) + [UInt8](repeating: 0x23, count: hashes)
        let multiline = triple || lang.features.contains(.rustAttributesAndRawStrings)
        let body = multiline ? src : src.window(src.start, src.lineEnd(from: j))
        emit(body.indexAfter(close, from: j + quotes), .string, &w)
        afterOperand = true
        return true
    }

    /// A C++ raw string `R"delimiter(…)delimiter"` (with an `L`, `u`, `U` or `u8` prefix too).
    private mutating func cppRawString(quoteAt q: Int, _ w: inout HTMLWriter) -> Bool {
        guard
            src.equals(pos, q, "R") || src.equals(pos, q, "LR") || src.equals(pos, q, "uR")
                || src.equals(pos, q, "UR") || src.equals(pos, q, "u8R")
        else { return false }
        var j = q + 1
        while j < src.end && j - q <= 17 && src[j] != 0x28 {
            let b = src[j]
            if b == 0x20 || b == 0x29 || b == 0x5C || b == 0x0A || b == 0x22 { return false }
            j += 1
        }
        guard src.peek(j) == 0x28 else { return false }
        let close = [0x29] + Array(UnsafeBufferPointer(start: src.base + q + 1, count: j - q - 1)) + [0x22]
        emit(src.indexAfter(close, from: j + 1), .string, &w)
        afterOperand = true
        return true
    }

    /// A Rust character (`'a'`, `'\n'`, `'\u{1F600}'`, `'é'`, `b'x'` with the token at `pos`),
    /// or a lifetime or label (`'a`, `'static`) when `pos` is the quote. False for a lone quote.
    mutating func character(quoteAt q: Int, _ w: inout HTMLWriter) -> Bool {
        let n = src.peek(q + 1)
        if n == 0x5C {
            var j = q + 3
            let limit = min(src.end, q + 14)
            while j < limit && src[j] != 0x27 && src[j] != 0x0A { j += 1 }
            if j < limit && src[j] == 0x27 {
                emit(j + 1, .string, &w)
                afterOperand = true
                return true
            }
        } else if q + 1 < src.end && n != 0x27 && n != 0x0A && src.peek(q + 1 + utf8Length(n)) == 0x27 {
            emit(q + 2 + utf8Length(n), .string, &w)
            afterOperand = true
            return true
        }
        guard pos == q, isIdentifierStart(n) else { return false }
        emit(src.identifierEnd(from: q + 1), .type, &w)
        afterOperand = true
        return true
    }
}
