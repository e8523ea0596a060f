import Foundation
import PubgenDiagnostics

/// Control characters in article text (a bell, an escape sequence pasted from a
/// terminal): HTML forbids them and XML cannot carry them at all, so one would make a
/// page invalid and a feed unreadable. They are removed, with a warning at the first.
enum ControlCharacters {
    static let rule = "encoding.control"

    /// `text` without C0 controls other than tab, line feed and carriage return (and
    /// without DEL), and a warning at the first one removed; `text` itself when it has none.
    static func removing(from text: SourceText, path: String, lineOffset: Int) -> (SourceText, Diagnostic?) {
        // The common case, no control character, returns `text` itself: no copy.
        guard text.withUTF8({ $0.containsForbiddenInMarkup }) else { return (text, nil) }
        return text.withUTF8 { bytes in
            let first = bytes.firstIndex(where: \.isForbiddenInMarkup)!
            let count = bytes.count(where: \.isForbiddenInMarkup)
            let (line, column) = LineIndex(bytes: Array(bytes)).position(ofByteOffset: first)
            let value = String(format: "U+%04X", bytes[first])
            let more = count > 1 ? " and \(count - 1) more" : ""
            let diagnostic = Diagnostic.warning(
                "control character \(value)\(more) removed: HTML and XML cannot carry it",
                rule: rule, at: SourceLocation(path: path, line: line + lineOffset, column: column))
            // Only ASCII bytes are dropped, so what is left is still valid UTF-8.
            return (SourceText(validUTF8: bytes.filter { !$0.isForbiddenInMarkup }), diagnostic)
        }
    }
}
