/// CSS: selectors (tag names, `.class` and `#id` as types, `:pseudo` as keywords), at-rules
/// (keywords, with `(feature: value)` keys), declarations (properties as attributes, `--custom`
/// properties as variables) and values (numbers with units, `#hex` colours, strings, functions,
/// `!important`). Nested rules are told from declarations by looking ahead, once per statement,
/// to whichever of `{`, `;` or `}` comes first.
struct CSSLexer {
    let src: Source
    var pos: Int
    /// How many blocks are open around `pos`.
    var depth = 0

    static func highlight(_ src: Source, into w: inout HTMLWriter) {
        var lexer = CSSLexer(src: src, pos: src.start)
        lexer.run(&w)
    }

    private mutating func run(_ w: inout HTMLWriter) {
        while pos < src.end {
            let b = src[pos]
            switch b {
            case 0x7B: depth += 1
            case 0x7D: depth = max(0, depth - 1)
            case 0x3B, 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
            case 0x2F where src.peek(pos + 1) == 0x2A:
                emit(
                    src.blockCommentEnd(from: pos, open: [0x2F, 0x2A], close: [0x2A, 0x2F], nests: false), .comment, &w)
                continue
            default:
                let (stop, terminator) = statementEnd(from: pos)
                let part = src.window(pos, stop)
                if b == 0x40 {
                    let nameEnd = nameEnd(from: pos + 1)
                    emit(nameEnd, .keyword, &w)  // @media
                    values(part, keys: true, &w)
                } else if depth > 0 && terminator != 0x7B {
                    declaration(part, &w)
                } else {
                    selector(part, &w)
                }
                pos = max(pos, stop)
                continue
            }
            emit(pos + 1, .plain, &w)
        }
    }

    mutating func emit(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.write(src, pos, end, cls)
        pos = max(pos, end)
    }

    /// The next `{`, `;` or `}` outside strings and comments, and which it is (0 at the end).
    private func statementEnd(from i: Int) -> (Int, UInt8) {
        var j = i
        while j < src.end {
            let b = src[j]
            switch b {
            case 0x7B, 0x3B, 0x7D: return (j, b)
            case 0x22, 0x27: j = src.quotedEnd(from: j, quote: b, escape: 0x5C, multiline: false)
            case 0x2F where src.peek(j + 1) == 0x2A:
                j = src.blockCommentEnd(from: j, open: [0x2F, 0x2A], close: [0x2A, 0x2F], nests: false)
            default: j += 1
            }
        }
        return (src.end, 0)
    }

    /// `property: value` (or `--custom: value`) up to the statement's end.
    private mutating func declaration(_ part: Source, _ w: inout HTMLWriter) {
        if isNameStart(src[pos]) {
            let end = nameEnd(from: pos)
            emit(end, src[pos] == 0x2D && src.peek(pos + 1) == 0x2D ? .variable : .attribute, &w)
        }
        values(part, keys: false, &w)
    }

    /// A selector list up to the statement's end.
    private mutating func selector(_ part: Source, _ w: inout HTMLWriter) {
        var inBrackets = false
        var afterEquals = false
        while pos < part.end {
            let b = src[pos]
            let next = part.peek(pos + 1)
            if (b == 0x2E || b == 0x23) && isNameStart(next) {
                emit(nameEnd(from: pos + 1), .type, &w)  // .class, #id
            } else if b == 0x3A {
                let nameStart = next == 0x3A ? pos + 2 : pos + 1
                emit(isNameStart(part.peek(nameStart)) ? nameEnd(from: nameStart) : pos + 1, .keyword, &w)
            } else if isNameStart(b) && !(b == 0x2D && isDigit(next)) {
                emit(nameEnd(from: pos), inBrackets ? (afterEquals ? .string : .attribute) : .tag, &w)
            } else if isDigit(b) {
                emit(numberEnd(from: pos), .number, &w)
            } else if !commentOrString(part, &w) {
                if b == 0x5B {
                    inBrackets = true
                    afterEquals = false
                }
                if b == 0x5D { inBrackets = false }
                if b == 0x3D { afterEquals = true }
                emit(pos + 1, .plain, &w)
            }
        }
    }

    /// A comment or quoted string at `pos`, if there is one.
    mutating func commentOrString(_ part: Source, _ w: inout HTMLWriter) -> Bool {
        let b = src[pos]
        if b == 0x2F && part.peek(pos + 1) == 0x2A {
            emit(part.blockCommentEnd(from: pos, open: [0x2F, 0x2A], close: [0x2A, 0x2F], nests: false), .comment, &w)
        } else if b == 0x22 || b == 0x27 {
            emit(part.quotedEnd(from: pos, quote: b, escape: 0x5C, multiline: false), .string, &w)
        } else {
            return false
        }
        return true
    }
}
