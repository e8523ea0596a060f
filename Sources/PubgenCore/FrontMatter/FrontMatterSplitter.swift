import PubgenDiagnostics

/// How front matter is written: `---` YAML, `+++` TOML, or a leading `{ … }` JSON object.
package enum FrontMatterFormat: String, Sendable, Equatable {
    case yaml, toml, json
}

/// The front-matter block at the top of an article and the Markdown body after it.
package struct FrontMatterBlock: Sendable, Equatable {
    /// The front-matter text (YAML between `---`, TOML between `+++`, or the JSON object).
    package var yaml: String
    /// Lines before the front-matter text (the opening fence): add to its line numbers.
    package var yamlLineOffset: Int
    package var format: FrontMatterFormat = .yaml
    /// The Markdown after the front matter: a slice of the file's own bytes, not a copy.
    package var body: SourceText
    /// Lines before the body: add to Markdown line numbers.
    package var bodyLineOffset: Int
    /// Where the body starts in the text it was split from, in bytes (0 for a block made
    /// without one): a build reads the body again from there (`ArticleLoader.readBody`).
    package var bodyByteOffset: Int

    package init(
        yaml: String, yamlLineOffset: Int, body: SourceText, bodyLineOffset: Int, bodyByteOffset: Int = 0,
        format: FrontMatterFormat = .yaml
    ) {
        self.format = format
        self.yaml = yaml
        self.yamlLineOffset = yamlLineOffset
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.bodyByteOffset = bodyByteOffset
    }
}

/// Splits front matter from the body.
///
/// The opening fence must be the first line; the closing one is the next line that is
/// `---` or `...` for YAML, `+++` for TOML (Hugo, Zola). A file whose first character is
/// `{` starts with a JSON object (Hugo), which ends at its matching `}`. CRLF, lone CR
/// and trailing spaces on fence lines are accepted.
package enum FrontMatterSplitter {
    package static let rule = "front-matter.fence"

    package enum Outcome: Sendable, Equatable {
        case block(FrontMatterBlock)
        case problem(Diagnostic)
    }

    package static func split(_ text: String, path: String) -> Outcome {
        split(SourceText(text), path: path)
    }

    package static func split(_ text: SourceText, path: String) -> Outcome {
        text.withUTF8 { bytes in split(bytes, of: text, path: path) }
    }
}

private extension FrontMatterSplitter {
    /// Works on UTF-8 bytes: only the fence lines are looked at, and the YAML and the
    /// body are cut out whole, so a large article costs one scan.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, of text: SourceText, path: String) -> Outcome {
        var line = nextLine(bytes, from: 0)
        if !bytes.isEmpty, bytes[0] == UInt8(ascii: "{") { return splitJSON(bytes, of: text, path: path) }
        let toml = !bytes.isEmpty && isTOMLFence(bytes, line)
        guard !bytes.isEmpty, toml || isFence(bytes, line, closing: false) else {
            return .problem(.error(
                "missing front matter: the file must start with a '---' line, then YAML with at least 'title' and 'publish_date', then '---'",
                rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
        }
        var yaml: [UInt8] = []
        var number = 1
        while line.next < bytes.count {
            line = nextLine(bytes, from: line.next)
            number += 1
            if toml ? isTOMLFence(bytes, line) : isFence(bytes, line, closing: true) {
                let body = text.suffix(fromByte: line.next)
                return .block(FrontMatterBlock(
                    yaml: String(decoding: yaml, as: UTF8.self), yamlLineOffset: 1, body: body, bodyLineOffset: number,
                    bodyByteOffset: line.next, format: toml ? .toml : .yaml))
            }
            // YAML gets `\n` line endings whatever the file uses (libyaml accepts them all,
            // but a lone `\r` would confuse the quote repair's line numbers).
            yaml.append(contentsOf: bytes[line.start..<line.end])
            yaml.append(UInt8(ascii: "\n"))
        }
        return .problem(.error(
            "unterminated front matter: no closing '\(toml ? "+++" : "---")' line after this one",
            rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
    }

    /// A line's content (`start..<end`, without its ending) and where the next one starts.
    struct Line {
        var start: Int
        var end: Int
        var next: Int
    }

    /// `\n`, `\r\n` and a lone `\r` all end a line, as they do for YAML and cmark.
    static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Line {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): return Line(start: start, end: index, next: index + 1)
            case UInt8(ascii: "\r"):
                let next = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
                return Line(start: start, end: index, next: next)
            default: index += 1
            }
        }
        return Line(start: start, end: index, next: index)
    }

    /// `+++`, optionally followed by spaces or tabs.
    static func isTOMLFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        var end = line.end
        while end > line.start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return end - line.start == 3 && bytes[line.start..<end].allSatisfy { $0 == UInt8(ascii: "+") }
    }

    /// A leading JSON object: it ends at the `}` that closes the first `{` (braces inside
    /// strings do not count); the body starts on the next line.
    static func splitJSON(_ bytes: UnsafeBufferPointer<UInt8>, of text: SourceText, path: String) -> Outcome {
        var depth = 0
        var inString = false
        var escaped = false
        var lines = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                lines += 1
            }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    let json = String(decoding: bytes[...index], as: UTF8.self)
                    let rest = nextLine(bytes, from: index + 1)
                    let body = text.suffix(fromByte: rest.next)
                    return .block(FrontMatterBlock(
                        yaml: json, yamlLineOffset: 0, body: body, bodyLineOffset: lines, bodyByteOffset: rest.next, format: .json))
                }
            }
            index += 1
        }
        return .problem(.error(
            "unterminated front matter: the JSON object that starts here is never closed with '}'",
            rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
    }

    /// `---` (or `...` when closing), optionally followed by spaces or tabs.
    static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, closing: Bool) -> Bool {
        var end = line.end
        while end > line.start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end - line.start == 3 else { return false }
        let a = bytes[line.start], b = bytes[line.start + 1], c = bytes[line.start + 2]
        if a == UInt8(ascii: "-"), b == a, c == a { return true }
        return closing && a == UInt8(ascii: ".") && b == a && c == a
    }
}
