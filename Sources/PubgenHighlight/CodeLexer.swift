/// The generic single-pass lexer for programming languages, driven by a `LanguageDefinition`.
/// It runs in linear time on any input: scans move forward, look-aheads are bounded or their
/// failure is remembered (a regular expression or `${` that does not close on its line is not
/// tried again on that line), and every step consumes at least one byte.
struct CodeLexer {
    let src: Source
    let lang: LanguageDefinition
    var pos: Int
    /// Whether the last significant token was a value, so that `/` divides (JavaScript) rather
    /// than starting a regular expression.
    var afterOperand = false
    /// The class of the next identifier after a definer (`def`, `class`), else `.plain`.
    var definition = TokenClass.plain
    /// Whether only blanks precede `pos` on its line (for `#include`).
    var atLineStart = true
    /// A `/` before this index cannot start a regular expression: an attempt already failed there.
    var noRegexBefore = 0
    /// A shell `${` before this index has no `}` on its line: an attempt already failed there.
    var noClosingBraceBefore = 0
    /// Shell heredocs whose bodies start after the next line feed.
    var heredocs: [Heredoc] = []

    struct Heredoc {
        var delimiterStart: Int
        var delimiterEnd: Int
        var stripsTabs: Bool
    }

    /// Highlights `src` as `lang`.
    static func highlight(_ src: Source, _ lang: LanguageDefinition, into w: inout HTMLWriter) {
        var lexer = CodeLexer(src: src, lang: lang, pos: src.start)
        lexer.run(&w)
    }

    private mutating func run(_ w: inout HTMLWriter) {
        if src.start == 0 && src.peek(0) == 0x23 && src.peek(1) == 0x21 && (src.peek(2) == 0x2F || src.peek(2) == 0x20)
        {
            emit(src.lineEnd(from: 0), .meta, &w)  // #!/usr/bin/env python3
        }
        while pos < src.end {
            let b = src[pos]
            let before = pos
            if isBlank(b) {
                var j = pos + 1
                while j < src.end && isBlank(src[j]) { j += 1 }
                emitVerbatim(j, .plain, &w)
                continue
            }
            if b == 0x0A {
                emitVerbatim(pos + 1, .plain, &w)
                atLineStart = true
                if !heredocs.isEmpty { readHeredocBodies(&w) }
                continue
            }
            if isIdentifierStart(b) || (b == lang.identifierExtra && b != 0) {
                word(&w)
            } else if isDigit(b) || (b == 0x2E && startsFraction()) {
                var end = src.numberEnd(from: pos)
                if lang.features.contains(.quoteDigitSeparators) {
                    while src.peek(end) == 0x27 && isHexDigit(src.peek(end + 1)) { end = src.numberEnd(from: end + 1) }
                }
                emit(end, .number, &w)
                afterOperand = true
                definition = .plain
            } else {
                definition = .plain
                if !(lang.triggers.contains(b) && special(b, &w)) {
                    emit(pos + 1, .plain, &w)
                    afterOperand = b == 0x29 || b == 0x5D || b == 0x7D  // ) ] }
                }
            }
            if pos == before { emit(pos + 1, .plain, &w) }  // never stall, whatever a rule did
            atLineStart = false
        }
    }

    /// Writes `pos..<to` as `cls` and moves `pos` to `to`.
    @inline(__always) mutating func emit(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.write(src, pos, end, cls)
        pos = max(pos, end)
    }

    /// `emit` for a token of bytes that never need an entity (see `HTMLWriter.writeVerbatim`).
    @inline(__always) mutating func emitVerbatim(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.writeVerbatim(src, pos, end, cls)
        pos = max(pos, end)
    }

    /// An identifier: a reserved word, a definition's name, a type, a call, or a plain name.
    private mutating func word(_ w: inout HTMLWriter) {
        let start = pos
        var end = src.identifierEnd(from: pos + 1, extra: lang.identifierContinuation)
        let next = src.peek(end)
        if (next == 0x22 || next == 0x27 || next == 0x23) && stringAfterPrefix(end, &w) { return }
        var cls = TokenClass.plain
        var nextDefinition = TokenClass.plain
        let before = src.byte(before: start)
        // `obj.default` is a member, not a keyword; in shell, `-type` is an option, not a builtin.
        let afterDot =
            (before == 0x2E && src.byte(before: start - 1) != 0x2E)
            || (before == 0x2D && before == lang.identifierContinuation)
        if next == 0x3D && src.peek(end + 1) != 0x3D && lang.features.contains(.assignments) && atWordStart(start) {
            cls = .variable  // NAME=value
        } else if !afterDot, let match = lang.words.lookup(src, start, end) {
            cls = match.cls
            nextDefinition = match.next
        } else if definition != .plain {
            cls = definition
        } else if lang.capitalizedAreTypes && isCapitalized(start, end) {
            cls = .type
        } else if next == 0x28 {
            cls = .function
        } else if next == 0x21 && src.peek(end + 1) != 0x3D && lang.features.contains(.macroBang) {
            end += 1  // println!
            cls = .function
        }
        emitVerbatim(end, cls, &w)  // identifier bytes, and a macro's `!`
        definition = nextDefinition
        afterOperand = cls != .keyword
    }

    /// Whether the `.` at `pos` starts a number such as `.5`: a digit follows, and no identifier
    /// (`t.0`) or dot (`1..10`) precedes.
    private func startsFraction() -> Bool {
        let before = src.byte(before: pos)
        return isDigit(src.peek(pos + 1)) && !isIdentifierByte(before) && before != 0x2E
    }

    /// `CamelCase`: an upper-case letter first and a lower-case letter later (not `MAX_SIZE`).
    private func isCapitalized(_ start: Int, _ end: Int) -> Bool {
        guard isUppercase(src[start]) else { return false }
        for i in start + 1..<end where isLowercase(src[i]) { return true }
        return false
    }

    /// Whether a word may start at `i`: at the start, or after a blank, line feed or `; & | (`.
    func atWordStart(_ i: Int) -> Bool {
        let b = src.byte(before: i)
        return b == 0 || isBlank(b) || b == 0x0A || b == 0x3B || b == 0x26 || b == 0x7C || b == 0x28
    }

    /// A comment, string or feature token starting at `pos` with byte `b`; false when there is none.
    private mutating func special(_ b: UInt8, _ w: inout HTMLWriter) -> Bool {
        for marker in lang.lineComments where marker[0] == b && src.matches(marker, at: pos) {
            if b == 0x23 && lang.features.contains(.hashCommentsAtWordStart) && !atWordStart(pos) { continue }
            emit(src.lineEnd(from: pos), .comment, &w)
            return true
        }
        if let block = lang.blockComment, block.open[0] == b, src.matches(block.open, at: pos) {
            emit(src.blockCommentEnd(from: pos, open: block.open, close: block.close, nests: block.nests), .comment, &w)
            return true
        }
        if featureToken(b, &w) { return true }
        for i in lang.strings.indices where lang.strings[i].open[0] == b && src.matches(lang.strings[i].open, at: pos) {
            string(lang.strings[i], openingAt: pos, &w)
            return true
        }
        return false
    }
}
