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

    static func rewrite(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                      bytes[index + 1] == UInt8(ascii: "t") || bytes[index + 1] == UInt8(ascii: "i") || bytes[index + 1] == UInt8(ascii: "s"),
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
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
