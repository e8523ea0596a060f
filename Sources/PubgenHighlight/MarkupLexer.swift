/// HTML and XML: tag names, attribute names and values, comments, doctypes and processing
/// instructions (meta), CDATA markers, entities (literals). In HTML, the text of a `<script>`
/// element is lexed as JavaScript and that of a `<style>` element as CSS.
struct MarkupLexer {
    let src: Source
    let isHTML: Bool
    var pos: Int

    static func highlight(_ src: Source, isHTML: Bool, into w: inout HTMLWriter) {
        var lexer = MarkupLexer(src: src, isHTML: isHTML, pos: src.start)
        while lexer.pos < src.end {
            let before = lexer.pos
            switch src[lexer.pos] {
            case 0x3C: lexer.tag(&w)
            case 0x26: lexer.entity(&w)
            default:
                var j = lexer.pos + 1
                while j < src.end && src[j] != 0x3C && src[j] != 0x26 { j += 1 }
                lexer.emit(j, .plain, &w)
            }
            if lexer.pos == before { lexer.emit(before + 1, .plain, &w) }
        }
    }

    mutating func emit(_ to: Int, _ cls: TokenClass, _ w: inout HTMLWriter) {
        let end = min(to, src.end)
        w.write(src, pos, end, cls)
        pos = max(pos, end)
    }

    /// `&amp;`, `&#39;`, `&#x1F600;`: a literal; a lone `&` stays plain.
    private mutating func entity(_ w: inout HTMLWriter) {
        var j = pos + 1
        if src.peek(j) == 0x23 { j += 1 }
        let nameStart = j
        while j < src.end && j - pos < 32 && (isLetter(src[j]) || isDigit(src[j])) { j += 1 }
        if j > nameStart && src.peek(j) == 0x3B {
            emit(j + 1, .literal, &w)
        } else {
            emit(pos + 1, .plain, &w)
        }
    }

    private mutating func tag(_ w: inout HTMLWriter) {
        let next = src.peek(pos + 1)
        if next == 0x21 {  // <!
            if src.matchesIgnoringCase("<!--", at: pos) {
                emit(src.indexAfter(Array("-->".utf8), from: pos + 4), .comment, &w)
            } else if src.matchesIgnoringCase("<![cdata[", at: pos) {
                emit(pos + 9, .meta, &w)
                let close = src.indexAfter(Array("]]>".utf8), from: pos)
                let closed = close >= pos + 3 && src.matches(Array("]]>".utf8), at: close - 3)
                emit(closed ? close - 3 : close, .plain, &w)
                emit(close, .meta, &w)
            } else {
                emit(src.indexAfter([0x3E], from: pos + 2), .meta, &w)  // <!DOCTYPE html>
            }
        } else if next == 0x3F {  // <?xml … ?>
            emit(src.indexAfter(Array("?>".utf8), from: pos + 2), .meta, &w)
        } else if next == 0x2F && isNameStart(src.peek(pos + 2)) {  // </name>
            emit(pos + 2, .plain, &w)
            emit(nameEnd(from: pos), .tag, &w)
        } else if isNameStart(next) {
            startTag(&w)
        } else {
            emit(pos + 1, .plain, &w)
        }
    }

    /// `<name attr="value" flag>`, then, for `<script>` and `<style>`, the element's text.
    private mutating func startTag(_ w: inout HTMLWriter) {
        emit(pos + 1, .plain, &w)
        let nameStart = pos
        emit(nameEnd(from: pos), .tag, &w)
        let script = isHTML && src.equalsIgnoringCase(nameStart, pos, "script")
        let style = isHTML && src.equalsIgnoringCase(nameStart, pos, "style")
        var isCode = true
        var attributeIsType = false
        while pos < src.end {
            let c = src[pos]
            switch c {
            case 0x3E:
                emit(pos + 1, .plain, &w)
                if script || style { rawText(script ? "</script" : "</style", script: script, isCode: isCode, &w) }
                return
            case 0x2F where src.peek(pos + 1) == 0x3E:
                emit(pos + 2, .plain, &w)
                return
            case 0x3C:
                return  // an unclosed tag: the next one starts here
            case 0x3D:
                emit(pos + 1, .plain, &w)
                let value = attributeValue(&w)
                if attributeIsType { isCode = isScriptCode(value) }
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x2F:
                emit(pos + 1, .plain, &w)
            case 0x22, 0x27:
                emit(src.quotedEnd(from: pos, quote: c, escape: 0, multiline: true), .string, &w)
            default:
                var j = pos + 1
                while j < src.end && !Self.endsAttributeName(src[j]) { j += 1 }
                attributeIsType = script && src.equalsIgnoringCase(pos, j, "type")
                emit(j, .attribute, &w)
            }
        }
    }

    /// After `=`: a quoted or unquoted value, a string. Returns where it is.
    private mutating func attributeValue(_ w: inout HTMLWriter) -> Range<Int> {
        emit(src.skipSpaces(from: pos), .plain, &w)
        let start = pos
        let quote = src.peek(pos)
        var end = pos
        if quote == 0x22 || quote == 0x27 {
            end = src.quotedEnd(from: pos, quote: quote, escape: 0, multiline: true)
        } else {
            while end < src.end && src[end] != 0x3E && !isBlank(src[end]) && src[end] != 0x0A { end += 1 }
        }
        emit(end, .string, &w)
        return start..<end
    }

    /// Whether a script's `type` value names code we lex as JavaScript: JavaScript, a module, JSON.
    private func isScriptCode(_ value: Range<Int>) -> Bool {
        let text = src.window(value.lowerBound, value.upperBound)
        return value.contains { i in
            text.matchesIgnoringCase("script", at: i) || text.matchesIgnoringCase("module", at: i)
                || text.matchesIgnoringCase("json", at: i)
        }
    }
}
