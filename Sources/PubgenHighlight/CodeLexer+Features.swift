// The optional rules of `LanguageDefinition.Features`: shell variables and heredocs, the C
// preprocessor, attributes and decorators, Swift `#` forms, JavaScript regular expressions,
// SQL parameters and dollar quotes.

extension CodeLexer {
    /// The token of an enabled feature that starts at `pos` with byte `b`, if any.
    mutating func featureToken(_ b: UInt8, _ w: inout HTMLWriter) -> Bool {
        let features = lang.features
        switch b {
        case 0x23:  // #
            if features.contains(.preprocessor) && atLineStart {
                preprocessorDirective(&w)
                return true
            }
            let next = src.peek(pos + 1)
            if features.contains(.rustAttributesAndRawStrings)
                && (next == 0x5B || (next == 0x21 && src.peek(pos + 2) == 0x5B))
            {
                bracketedAttribute(&w)
                return true
            }
            if features.contains(.swiftPound) {
                if rawString(hashesFrom: pos, &w) { return true }
                var j = pos
                while j < src.end && src[j] == 0x23 { j += 1 }
                if j == pos + 1 && isIdentifierStart(src.peek(j)) { j = src.identifierEnd(from: j) }
                emit(j, j > pos + 1 && src[pos + 1] != 0x23 ? .meta : .plain, &w)  // #if, #available
                return true
            }
        case 0x40 where isIdentifierStart(src.peek(pos + 1)):  // @
            if features.contains(.decorators) {
                var j = src.identifierEnd(from: pos + 1)
                while src.peek(j) == 0x2E && isIdentifierStart(src.peek(j + 1)) { j = src.identifierEnd(from: j + 1) }
                emit(j, .attribute, &w)
                return true
            }
            if features.contains(.sqlParametersAndDollarQuotes) {
                emit(src.identifierEnd(from: pos + 1), .variable, &w)
                return true
            }
        case 0x24:  // $
            if features.contains(.shellVariables) {
                if src.peek(pos + 1) == 0x27 {
                    emit(src.quotedEnd(from: pos + 1, quote: 0x27, escape: 0x5C, multiline: true), .string, &w)  // $'…'
                    return true
                }
                guard let end = shellVariableEnd(at: pos) else { return false }
                emit(end, .variable, &w)
                afterOperand = true
                return true
            }
            if features.contains(.sqlParametersAndDollarQuotes) { return sqlDollar(&w) }
        case 0x27 where features.contains(.rustCharactersAndLifetimes):
            return character(quoteAt: pos, &w)
        case 0x2F where features.contains(.regexLiterals) && !afterOperand && pos >= noRegexBefore:
            return regularExpression(&w)
        case 0x3C where features.contains(.heredocs):
            return heredocStart(&w)
        default:
            break
        }
        return false
    }

    /// `#include <stdio.h>`: the directive is meta, a bracketed header a string; the rest of the
    /// line is lexed as code (`#define MAX(a, b) …`).
    private mutating func preprocessorDirective(_ w: inout HTMLWriter) {
        let nameStart = src.skipSpaces(from: pos + 1)
        let nameEnd = src.identifierEnd(from: nameStart)
        let includes = src.equals(nameStart, nameEnd, "include") || src.equals(nameStart, nameEnd, "import")
        emit(nameEnd, .meta, &w)
        let open = src.skipSpaces(from: pos)
        guard includes, src.peek(open) == 0x3C else { return }
        var j = open + 1
        while j < src.end && src[j] != 0x3E && src[j] != 0x0A { j += 1 }
        guard src.peek(j) == 0x3E else { return }
        emit(open, .plain, &w)
        emit(j + 1, .string, &w)
    }

    /// Rust's `#[…]` or `#![…]`, to the matching `]`, as one attribute token.
    private mutating func bracketedAttribute(_ w: inout HTMLWriter) {
        var j = src.peek(pos + 1) == 0x21 ? pos + 3 : pos + 2
        var depth = 1
        while j < src.end && depth > 0 {
            let c = src[j]
            if c == 0x22 {
                j = src.quotedEnd(from: j, quote: 0x22, escape: 0x5C, multiline: true)
                continue
            }
            if c == 0x5B { depth += 1 } else if c == 0x5D { depth -= 1 }
            j += 1
        }
        emit(j, .attribute, &w)
    }

    /// The end of a shell variable at `i` (a `$`): `$name`, `${…}`, `$1`, `$?`; nil otherwise.
    /// When a `${` finds no `}` on its line, no later `${` on that line is tried again.
    mutating func shellVariableEnd(at i: Int) -> Int? {
        let n = src.peek(i + 1)
        if n == 0x7B {
            guard i >= noClosingBraceBefore else { return nil }
            var j = i + 2
            while j < src.end && src[j] != 0x7D && src[j] != 0x0A { j += 1 }
            if src.peek(j) == 0x7D { return j + 1 }
            noClosingBraceBefore = j
            return nil
        }
        if isIdentifierStart(n) { return src.identifierEnd(from: i + 1) }
        if isDigit(n) || n == 0x40 || n == 0x2A || n == 0x23 || n == 0x3F || n == 0x24 || n == 0x21 || n == 0x2D {
            return i + 2  // $1 $@ $* $# $? $$ $! $-
        }
        return nil
    }

    /// SQL `$1` (a parameter) or a dollar-quoted string `$$…$$` / `$body$…$body$`.
    private mutating func sqlDollar(_ w: inout HTMLWriter) -> Bool {
        if isDigit(src.peek(pos + 1)) {
            emit(src.digitsEnd(from: pos + 1), .variable, &w)
            return true
        }
        let tagEnd = src.identifierEnd(from: pos + 1)
        guard src.peek(tagEnd) == 0x24, tagEnd - pos <= 64 else { return false }
        let tag = Array(UnsafeBufferPointer(start: src.base + pos, count: tagEnd + 1 - pos))
        emit(src.indexAfter(tag, from: tagEnd + 1), .string, &w)
        return true
    }

    /// A JavaScript regular expression `/…/flags` on one line, with `[…]` classes and escapes.
    /// When none closes on the line, no `/` before the line's end is tried again.
    private mutating func regularExpression(_ w: inout HTMLWriter) -> Bool {
        var j = pos + 1
        var inClass = false
        while j < src.end {
            let c = src[j]
            if c == 0x0A { break }
            if c == 0x5C {
                j += 2
                continue
            }
            if inClass {
                if c == 0x5D { inClass = false }
            } else if c == 0x5B {
                inClass = true
            } else if c == 0x2F {
                j += 1
                while j < src.end && isLetter(src[j]) { j += 1 }
                emit(j, .string, &w)
                afterOperand = true
                return true
            }
            j += 1
        }
        noRegexBefore = j
        return false
    }
}
