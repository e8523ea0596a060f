import PubgenDiagnostics

/// Touches cmark-gfm's fixed markup where it falls short of WCAG, in one pass over
/// the bytes: tables that scroll sideways must be keyboard-reachable, task-list
/// checkboxes need a name, and the footnotes section needs a heading.
enum AccessibleHTML {
    private static let rewrites: [(from: [UInt8], to: [UInt8])] = [
        ("<table>\n", "<table tabindex=\"0\">\n"),
        ("<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
         "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"),
        ("<input type=\"checkbox\" disabled=\"\" />", "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"),
        ("<section class=\"footnotes\" data-footnotes>\n",
         "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnotes-label\">\n<h2 id=\"footnotes-label\" class=\"visually-hidden\">Footnotes</h2>\n"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Most bodies need no rewrite: they come back as the same string, neither copied
    /// nor validated again.
    static func rewrite(_ html: String) -> String {
        var html = html
        let rewrites = Self.rewrites
        let rewritten = html.withUTF8 { bytes -> [UInt8]? in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            let end = bytes.count - 1
            while index < end {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                let next = bytes[index + 1]
                guard next == UInt8(ascii: "t") || next == UInt8(ascii: "i") || next == UInt8(ascii: "s"),
                      let rewrite = rewrites.first(where: { bytes.hasBytes($0.from, at: index) }) else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: rewrite.to)
                index += rewrite.from.count
                copied = index
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}
