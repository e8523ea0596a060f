import PubgenDiagnostics

/// Rejects YAML anchors and aliases (`&name`, `*name`) before parsing.
///
/// Front matter never needs them, and aliases let a few lines expand into billions
/// of nodes (the "billion laughs" bomb): Yams composes them into a tree, and hashing
/// that tree for its duplicate-key check never finishes. The scan is one pass over
/// the text and looks only where a YAML node can start, outside quotes.
enum YAMLAliasGuard {
    /// The 1-based line and character column of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        // Most front matter has neither character at all: two memchr calls, no line
        // split (a predicate over the string's UTF-8 view took a byte at a time).
        var text = yaml
        guard text.withUTF8({ $0.containsByte(UInt8(ascii: "&")) || $0.containsByte(UInt8(ascii: "*")) }) else { return nil }
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            var quote: Unicode.Scalar?
            var atNodeStart = true  // where a node may begin: line start, after ": ", "- ", "[", "{", ","
            for (index, scalar) in scalars.enumerated() {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if let open = quote {
                    if scalar == open { quote = nil }
                    continue
                }
                if scalar == " " || scalar == "\t" { continue }
                if scalar == "#" && (index == 0 || scalars[index - 1] == " ") { break }
                if atNodeStart && (scalar == "&" || scalar == "*") && !next.properties.isWhitespace {
                    return (lineNumber, index + 1)
                }
                if atNodeStart && (scalar == "\"" || scalar == "'") {
                    quote = scalar
                    atNodeStart = false
                    continue
                }
                switch scalar {
                case "[", "{", ",": atNodeStart = true
                case ":", "-", "?": atNodeStart = next == " " || next == "\t" || index + 1 == scalars.count
                default: atNodeStart = false
                }
            }
        }
        return nil
    }
}
