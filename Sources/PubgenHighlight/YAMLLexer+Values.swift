// Values in YAML: the rest of a line after its key, and flow collections.

extension YAMLLexer {
    /// Value tokens up to the line feed that ends the line (quoted strings may span lines).
    mutating func values(parentColumn: Int, _ w: inout HTMLWriter) {
        var first = true
        while pos < src.end {
            let c = src[pos]
            if c == 0x0A { return }
            if isBlank(c) {
                emit(src.skipSpaces(from: pos + 1), .plain, &w)
                continue
            }
            let previous = src.byte(before: pos)
            switch c {
            case 0x23 where previous == 0 || isBlank(previous) || previous == 0x0A:
                emit(src.lineEnd(from: pos), .comment, &w)
            case 0x22:
                emit(src.quotedEnd(from: pos, quote: 0x22, escape: 0x5C, multiline: true), .string, &w)
            case 0x27:
                emit(src.quotedEnd(from: pos, quote: 0x27, escape: 0, multiline: true), .string, &w)
            case 0x26, 0x2A, 0x21:  // &anchor, *alias, !tag
                var j = pos + 1
                while j < src.end && !isBlank(src[j]) && src[j] != 0x0A && !Self.isFlowIndicator(src[j]) { j += 1 }
                emit(j, c == 0x21 ? .type : .variable, &w)
            case 0x7C, 0x3E:  // | or > starts a block scalar
                guard first && flowDepth == 0 else {
                    plainScalar(&w)
                    break
                }
                var j = pos + 1
                while j < src.end && (isDigit(src[j]) || src[j] == 0x2D || src[j] == 0x2B) { j += 1 }
                emit(j, .plain, &w)
                blockScalarParent = parentColumn
            case 0x5B, 0x7B:
                flowDepth += 1
                emit(pos + 1, .plain, &w)
            case 0x5D, 0x7D:
                flowDepth = max(0, flowDepth - 1)
                emit(pos + 1, .plain, &w)
            case 0x2C:
                emit(pos + 1, .plain, &w)
            default:
                plainScalar(&w)
            }
            first = false
        }
    }

    static func isFlowIndicator(_ b: UInt8) -> Bool { b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D }

    /// A plain scalar: a number, a literal, a key inside a flow mapping, or plain text.
    private mutating func plainScalar(_ w: inout HTMLWriter) {
        var j = pos
        while j < src.end {
            let c = src[j]
            if c == 0x0A || (c == 0x3A && Self.endsPlainScalar(src.peek(j + 1)) && j > pos) { break }
            if c == 0x23 && j > pos && isBlank(src[j - 1]) { break }
            if flowDepth > 0 && (Self.isFlowIndicator(c) || c == 0x3A) && j > pos { break }
            j += 1
        }
        var end = j
        while end > pos + 1 && isBlank(src[end - 1]) { end -= 1 }
        let cls: TokenClass =
            flowDepth > 0 && src.peek(j) == 0x3A
            ? .attribute
            : isNumber(pos, end) ? .number : isLiteral(pos, end) ? .literal : .plain
        emit(end, cls, &w)
        if src.peek(pos) == 0x3A { emit(pos + 1, .plain, &w) }
    }

    /// `true`, `False`, `NULL`, `~` and the like (YAML 1.2 core schema).
    private func isLiteral(_ from: Int, _ to: Int) -> Bool {
        src.equals(from, to, "~") || src.equalsIgnoringCase(from, to, "true")
            || src.equalsIgnoringCase(from, to, "false")
            || src.equalsIgnoringCase(from, to, "null")
    }

    /// `42`, `-1.5e3`, `0x1F`, `0o17`, `1_000`, `.inf`, `-.Inf`, `.nan`.
    private func isNumber(_ from: Int, _ to: Int) -> Bool {
        var i = from
        if src[i] == 0x2D || src[i] == 0x2B { i += 1 }
        guard i < to else { return false }
        if src.equalsIgnoringCase(i, to, ".inf") || src.equalsIgnoringCase(from, to, ".nan") { return true }
        guard isDigit(src[i]) || (src[i] == 0x2E && isDigit(src.peek(i + 1))) else { return false }
        let radix = lowercased(src.peek(i + 1))
        if src[i] == 0x30 && (radix == 0x78 || radix == 0x6F) {
            i += 2
            while i < to && isHexDigit(src[i]) { i += 1 }
            return i == to && to > from + 2
        }
        i = src.digitsEnd(from: i)
        if i < to && src[i] == 0x2E { i = src.digitsEnd(from: i + 1) }
        if i < to && lowercased(src[i]) == 0x65 {
            i += 1
            if i < to && (src[i] == 0x2D || src[i] == 0x2B) { i += 1 }
            guard i < to && isDigit(src[i]) else { return false }
            i = src.digitsEnd(from: i)
        }
        return i == to
    }
}
