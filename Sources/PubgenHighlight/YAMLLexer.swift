/// YAML: keys (attributes) in block and flow mappings, quoted strings, numbers and literals
/// (`true`, `null`, `~`) when they are a whole plain scalar, comments, anchors and aliases
/// (variables), tags (types), document markers (meta) and block scalars (`run: |` followed by
/// more-indented lines, which are strings).
struct YAMLLexer {
    let src: Source
    var pos: Int
    /// Inside a block scalar, lines indented more than this column are its text; nil outside one.
    var blockScalarParent: Int?
    /// How many flow collections (`[`, `{`) are open.
    var flowDepth = 0

    static func highlight(_ src: Source, into w: inout HTMLWriter) {
        var lexer = YAMLLexer(src: src, pos: src.start)
        while lexer.pos < src.end {
            let before = lexer.pos
            lexer.line(&w)
            if lexer.pos == before { lexer.emit(before + 1, .plain, &w) }
        }
    }

    mutating func emit(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.write(src, pos, end, cls)
        pos = max(pos, end)
    }

    /// One line, from its start: a block scalar's text, or markers, dashes, a key and a value.
    private mutating func line(_ w: inout HTMLWriter) {
        let lineStart = pos
        let lineEnd = src.lineEnd(from: pos)
        var j = pos
        while j < lineEnd && src[j] == 0x20 { j += 1 }
        if let parent = blockScalarParent {
            let blank = j == lineEnd || (src[j] == 0x0D && j + 1 == lineEnd)
            if blank || j - lineStart > parent {
                emit(j, .plain, &w)
                emit(lineEnd, .string, &w)
                emit(lineEnd + 1, .plain, &w)
                return
            }
            blockScalarParent = nil
        }
        emit(j, .plain, &w)
        var parentColumn = j - lineStart - 1  // a block scalar's text must be indented more
        if flowDepth == 0 {
            if j == lineStart
                && (src.equals(j, min(j + 3, lineEnd), "---") || src.equals(j, min(j + 3, lineEnd), "..."))
                && (j + 3 == lineEnd || isBlank(src[j + 3]))
            {
                emit(j + 3, .meta, &w)
            }
            while src.peek(pos) == 0x2D && (pos + 1 == lineEnd || isBlank(src[pos + 1])) {
                parentColumn = pos - lineStart
                emit(src.skipSpaces(from: pos + 1), .plain, &w)  // "- " items
            }
            if let (keyEnd, colon) = key(at: pos, lineEnd: lineEnd) {
                parentColumn = pos - lineStart
                emit(keyEnd, .attribute, &w)
                emit(colon + 1, .plain, &w)
            }
        }
        values(parentColumn: parentColumn, &w)
        emit(pos + 1, .plain, &w)  // the line feed
    }

    /// A block-mapping key at `i` (plain or quoted, followed by `:` and a blank or the line's
    /// end): the end of the key and the index of its colon.
    private func key(at i: Int, lineEnd: Int) -> (Int, Int)? {
        let b = src.peek(i)
        if b == 0x22 || b == 0x27 {
            let end = src.quotedEnd(from: i, quote: b, escape: b == 0x22 ? 0x5C : 0, multiline: false)
            let colon = src.skipSpaces(from: end)
            return src.peek(colon) == 0x3A && Self.endsPlainScalar(src.peek(colon + 1)) ? (end, colon) : nil
        }
        guard i < lineEnd, !Self.startsNonScalar(b) else { return nil }
        var j = i
        while j < lineEnd {
            let c = src[j]
            if c == 0x3A && Self.endsPlainScalar(src.peek(j + 1)) {
                var end = j
                while end > i && isBlank(src[end - 1]) { end -= 1 }
                return (end, j)
            }
            if c == 0x23 && isBlank(src[j - 1]) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the byte after a `:` makes it a key's colon: a blank, line feed or the end.
    static func endsPlainScalar(_ b: UInt8) -> Bool { b == 0 || b == 0x0A || isBlank(b) }

    /// Whether `b` starts something other than a plain scalar (an indicator, quote or comment).
    static func startsNonScalar(_ b: UInt8) -> Bool {
        switch b {
        case 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x22, 0x27, 0x25, 0x40, 0x60, 0x0A: true
        default: false
        }
    }
}
