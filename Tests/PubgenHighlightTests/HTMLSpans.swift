/// Reads highlighter output back: the text without tags and entities, and the spans, so tests
/// can check that nothing is lost or duplicated and that spans are well formed.
struct HTMLSpans {
    /// A run of text and the class of the span around it (nil outside spans).
    struct Run: Equatable {
        var cls: String?
        var text: String
    }

    private(set) var runs: [Run] = []
    /// What is wrong with the markup: nested or unclosed spans, empty spans, adjacent spans of
    /// one class, unknown entities or classes, raw `<`, `>`, `"` or `'` in text.
    private(set) var problems: [String] = []

    static let classes: Set<String> = ["k", "t", "s", "c", "n", "b", "f", "a", "g", "v", "m"]

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var i = 0
        var open: String?
        var text: [UInt8] = []
        var lastClosed: String?
        func flush(_ runs: inout [Run]) {
            if !text.isEmpty { runs.append(Run(cls: open, text: String(decoding: text, as: UTF8.self))) }
            text = []
        }
        func starts(_ prefix: [UInt8], at i: Int) -> Bool {
            i + prefix.count <= bytes.count && bytes[i..<(i + prefix.count)].elementsEqual(prefix)
        }
        let opening = Array("<span class=\"hl-".utf8)
        let closing = Array("</span>".utf8)
        let entities: [(String, UInt8)] = [
            ("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27),
        ]
        let entityBytes = entities.map { (Array($0.0.utf8), $0.1) }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3C && starts(opening, at: i) {
                flush(&runs)
                i += opening.count
                guard let quote = bytes[i...].firstIndex(of: 0x22), quote + 1 < bytes.count, bytes[quote + 1] == 0x3E
                else {
                    problems.append("malformed span")
                    return
                }
                let cls = String(decoding: bytes[i..<quote], as: UTF8.self)
                if !Self.classes.contains(cls) { problems.append("unknown class \(cls)") }
                if let open { problems.append("nested span \(cls) in \(open)") }
                if lastClosed == cls { problems.append("adjacent spans of class \(cls)") }
                open = cls
                i = quote + 2
                if starts(closing, at: i) { problems.append("empty span \(cls)") }
            } else if b == 0x3C && starts(closing, at: i) {
                flush(&runs)
                if open == nil { problems.append("unopened </span>") }
                lastClosed = open
                open = nil
                i += closing.count
            } else if b == 0x26 {
                if open == nil { lastClosed = nil }
                guard let (entity, decoded) = entityBytes.first(where: { starts($0.0, at: i) }) else {
                    problems.append("unknown entity or bare & at \(i)")
                    text.append(b)
                    i += 1
                    continue
                }
                text.append(decoded)
                i += entity.count
            } else {
                if open == nil { lastClosed = nil }
                if b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
                    problems.append("unescaped \(Character(Unicode.Scalar(b)))")
                }
                text.append(b)
                i += 1
            }
        }
        flush(&runs)
        if let open { problems.append("unclosed span \(open)") }
    }

    /// The text with all markup removed and entities decoded.
    var text: String { runs.map(\.text).joined() }

    /// The texts of the runs of class `cls` ("k", "s", …).
    func texts(of cls: String) -> [String] { runs.filter { $0.cls == cls }.map(\.text) }

    /// The class of the run whose text is exactly `text`, or nil when there is none.
    func cls(of text: String) -> String?? { runs.first { $0.text == text }.map(\.cls) }
}
