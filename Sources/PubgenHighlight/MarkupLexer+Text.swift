// Names and raw text for `MarkupLexer`.

extension MarkupLexer {
    /// A byte that may start a tag name: a letter, `_`, `:` or any non-ASCII byte.
    func isNameStart(_ b: UInt8) -> Bool { isLetter(b) || b == 0x5F || b == 0x3A || b >= 0x80 }

    /// The end of the tag name after the `<` or `</` at `i`.
    func nameEnd(from i: Int) -> Int {
        var j = src.peek(i + 1) == 0x2F ? i + 2 : i + 1
        while j < src.end {
            let b = src[j]
            guard isIdentifierByte(b) || b == 0x2D || b == 0x3A || b == 0x2E else { break }
            j += 1
        }
        return j
    }

    /// Whether `b` ends an attribute name: a blank, line feed, `=`, `>`, `/`, `<` or a quote.
    static func endsAttributeName(_ b: UInt8) -> Bool {
        isBlank(b) || b == 0x0A || b == 0x3D || b == 0x3E || b == 0x2F || b == 0x3C || b == 0x22 || b == 0x27
    }

    /// The text of a `<script>` or `<style>` element, up to its end tag (`closer`, any case):
    /// JavaScript or CSS, or plain for a script whose `type` is not code (a template).
    mutating func rawText(_ closer: StaticString, script: Bool, isCode: Bool, _ w: inout HTMLWriter) {
        var end = pos
        while end < src.end {
            if src[end] == 0x3C && src.matchesIgnoringCase(closer, at: end) {
                let after = src.peek(end + closer.utf8CodeUnitCount)
                if after == 0 || after == 0x3E || after == 0x2F || isBlank(after) || after == 0x0A { break }
            }
            end += 1
        }
        let text = src.window(pos, end)
        if !isCode {
            w.write(src, pos, end, .plain)
        } else if script {
            CodeLexer.highlight(text, .javaScript, into: &w)
        } else {
            CSSLexer.highlight(text, into: &w)
        }
        pos = end
    }
}
