// Shell heredocs: `cat <<EOF` (also `<<-EOF`, `<<'EOF'`, `<<"EOF"`) makes the lines after the
// current one, up to a line holding only the delimiter, a string.

extension CodeLexer {
    /// `<<DELIMITER`: the delimiter is a string; its body is read at the next line feed.
    mutating func heredocStart(_ w: inout HTMLWriter) -> Bool {
        guard src.peek(pos + 1) == 0x3C && src.peek(pos + 2) != 0x3C else { return false }
        var j = pos + 2
        let stripsTabs = src.peek(j) == 0x2D
        if stripsTabs { j += 1 }
        j = src.skipSpaces(from: j)
        let quote = src.peek(j)
        let quoted = quote == 0x27 || quote == 0x22
        let delimiterStart = quoted ? j + 1 : j
        guard quoted || isIdentifierStart(src.peek(delimiterStart)) else { return false }
        let delimiterEnd = src.identifierEnd(from: delimiterStart)
        guard delimiterEnd > delimiterStart, !quoted || src.peek(delimiterEnd) == quote else { return false }
        emit(j, .plain, &w)
        emit(quoted ? delimiterEnd + 1 : delimiterEnd, .string, &w)
        heredocs.append(Heredoc(delimiterStart: delimiterStart, delimiterEnd: delimiterEnd, stripsTabs: stripsTabs))
        return true
    }

    /// At the start of the line after one or more `<<DELIMITER`s: each body, with its closing
    /// delimiter line, is a string (to the end when unterminated).
    mutating func readHeredocBodies(_ w: inout HTMLWriter) {
        let pending = heredocs
        heredocs.removeAll()
        for doc in pending {
            var line = pos
            var bodyEnd = src.end
            while line < src.end {
                let lineEnd = src.lineEnd(from: line)
                var text = line
                if doc.stripsTabs { while text < lineEnd && src[text] == 0x09 { text += 1 } }
                var textEnd = lineEnd
                if textEnd > text && src[textEnd - 1] == 0x0D { textEnd -= 1 }
                if isDelimiter(text, textEnd, doc) {
                    bodyEnd = lineEnd
                    break
                }
                line = lineEnd + 1
            }
            emit(bodyEnd, .string, &w)
            emit(bodyEnd + 1, .plain, &w)  // the line feed after the delimiter
        }
        atLineStart = true
    }

    private func isDelimiter(_ from: Int, _ to: Int, _ doc: Heredoc) -> Bool {
        guard to - from == doc.delimiterEnd - doc.delimiterStart else { return false }
        for k in 0..<(to - from) where src[from + k] != src[doc.delimiterStart + k] { return false }
        return true
    }
}
