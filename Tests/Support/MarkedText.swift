import PubgenDiagnostics

/// Text with position markers (`1️⃣`, `2️⃣`, …) that tests use to say "a diagnostic
/// belongs here" without counting columns by hand (swift-format's MarkedText).
package struct MarkedText {
    package let text: String
    /// Marker → 1-based line and character column in `text` (markers removed).
    package let markers: [String: (line: Int, column: Int)]

    package static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    package init(_ marked: String) {
        var text = ""
        var markers: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var index = marked.startIndex
        outer: while index < marked.endIndex {
            for name in Self.markerNames where marked[index...].hasPrefix(name) {
                markers[name] = (line, column)
                index = marked.index(index, offsetBy: name.count)
                continue outer
            }
            let character = marked[index]
            text.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            index = marked.index(after: index)
        }
        self.text = text
        self.markers = markers
    }

    /// The location of a marker in a file called `path`.
    package func location(_ marker: String, path: String) -> SourceLocation? {
        markers[marker].map { SourceLocation(path: path, line: $0.line, column: $0.column) }
    }
}
