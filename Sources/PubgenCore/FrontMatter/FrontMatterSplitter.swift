import PubgenDiagnostics

/// The YAML block at the top of an article and the Markdown body after it.
package struct FrontMatterBlock: Sendable, Equatable {
    /// The YAML between the fences.
    package var yaml: String
    /// Lines before the YAML (the opening fence): add to YAML line numbers.
    package var yamlLineOffset: Int
    package var body: String
    /// Lines before the body: add to Markdown line numbers.
    package var bodyLineOffset: Int

    package init(yaml: String, yamlLineOffset: Int, body: String, bodyLineOffset: Int) {
        self.yaml = yaml
        self.yamlLineOffset = yamlLineOffset
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }
}

/// Splits `---` fenced front matter from the body.
///
/// The opening fence must be the first line; the closing one is the next line that is
/// `---` or `...`. CRLF, lone CR and trailing spaces on fence lines are accepted.
package enum FrontMatterSplitter {
    package static let rule = "front-matter.fence"

    package enum Outcome: Sendable, Equatable {
        case block(FrontMatterBlock)
        case problem(Diagnostic)
    }

    package static func split(_ text: String, path: String) -> Outcome {
        let lines = splitLines(text)
        guard let first = lines.first, isFence(first.content, closing: false) else {
            return .problem(.error(
                "missing front matter: the file must start with a '---' line, then YAML with at least 'title' and 'publish_date', then '---'",
                rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
        }
        for index in lines.indices.dropFirst() where isFence(lines[index].content, closing: true) {
            let yaml = lines[1..<index].map { $0.content + "\n" }.joined()
            let body = lines[(index + 1)...].map { $0.content + $0.ending }.joined()
            return .block(FrontMatterBlock(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: index + 1))
        }
        return .problem(.error(
            "unterminated front matter: no closing '---' line after this one",
            rule: rule, at: SourceLocation(path: path, line: 1, column: 1)))
    }
}

private extension FrontMatterSplitter {
    struct Line {
        var content: String
        var ending: String
    }

    static func isFence(_ line: String, closing: Bool) -> Bool {
        var trimmed = Substring(line)
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }

    /// Lines with their endings, treating `\r\n`, `\r` and `\n` alike, as YAML and cmark do.
    static func splitLines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var current = ""
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            switch scalar {
            case "\n":
                lines.append(Line(content: current, ending: "\n"))
                current = ""
            case "\r":
                if pending == "\n" {
                    pending = iterator.next()
                    lines.append(Line(content: current, ending: "\r\n"))
                } else {
                    lines.append(Line(content: current, ending: "\r"))
                }
                current = ""
            default:
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(Line(content: current, ending: "")) }
        return lines
    }
}
