import Foundation
import PubgenDiagnostics

/// JSON front matter (Hugo's leading `{ … }` object) to located front-matter nodes.
///
/// Foundation's `JSONSerialization` reports no positions, so this is a small parser of
/// its own (RFC 8259, one pass over Unicode scalars) that knows the line and column of
/// every value and of the first error.
enum JSONFrontMatter {
    /// Parses the JSON object at the top of one article.
    /// - Parameters:
    ///   - text: The object, from its `{` to its `}`.
    ///   - path: The file's path for diagnostics.
    ///   - lineOffset: Lines of the file before the text (0: the object opens the file).
    static func parse(_ text: String, path: String, lineOffset: Int) -> (FrontMatterNode?, [Diagnostic]) {
        var parser = Parser(scalars: Array(text.unicodeScalars), path: path, lineOffset: lineOffset)
        do {
            let node = try parser.value()
            parser.skipWhitespace()
            guard parser.atEnd else { throw parser.failure("unexpected text after the JSON object") }
            return (node, [])
        } catch let failure as Failure {
            return (nil, [.error("invalid JSON: \(failure.message)", rule: FrontMatterParser.syntaxRule, at: failure.location)])
        } catch {
            return (nil, [])
        }
    }

    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }
}

private struct Parser {
    let scalars: [Unicode.Scalar]
    let path: String
    let lineOffset: Int
    var index = 0
    var line = 1
    var column = 1
    /// Objects and lists open around the current value.
    var depth = 0

    /// How deep lists and objects may nest, as TOML front matter allows. The parser
    /// (and everything that walks the nodes) recurses once per level: 60,000 levels in
    /// one file overflowed the stack and took the whole build down with it.
    static let maximumDepth = 256

    init(scalars: [Unicode.Scalar], path: String, lineOffset: Int) {
        self.scalars = scalars
        self.path = path
        self.lineOffset = lineOffset
    }

    var atEnd: Bool { index >= scalars.count }
    var location: SourceLocation { SourceLocation(path: path, line: line + lineOffset, column: column) }

    func failure(_ message: String) -> JSONFrontMatter.Failure {
        JSONFrontMatter.Failure(message: message, location: location)
    }

    mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    mutating func skipWhitespace() {
        while !atEnd, [" ", "\t", "\n", "\r"].contains(scalars[index]) { advance() }
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ message: String) throws {
        skipWhitespace()
        guard !atEnd, scalars[index] == scalar else { throw failure(message) }
        advance()
    }

    mutating func value() throws -> FrontMatterNode {
        skipWhitespace()
        guard !atEnd else { throw failure("a value is missing") }
        let at = location
        switch scalars[index] {
        case "{": return try object(at: at)
        case "[": return try array(at: at)
        case "\"": return .scalar(try string(), plain: false, at: at)
        default:
            var word = ""
            while !atEnd, !",]} \t\r\n".unicodeScalars.contains(scalars[index]) {
                word.unicodeScalars.append(scalars[index])
                advance()
            }
            let isNumber = word.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
            guard ["true", "false", "null"].contains(word) || isNumber else {
                throw JSONFrontMatter.Failure(
                    message: word.isEmpty ? "unexpected '\(scalars[index])'" : "'\(word)' is not a JSON value (strings need double quotes)",
                    location: at)
            }
            return .scalar(word, plain: true, at: at)
        }
    }

    /// Enters an object or list opening at `at`, or fails if it nests too deep.
    mutating func enter(at: SourceLocation) throws {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw JSONFrontMatter.Failure(message: "lists and objects nest more than \(Self.maximumDepth) levels deep", location: at)
        }
    }

    mutating func object(at: SourceLocation) throws -> FrontMatterNode {
        try enter(at: at)
        defer { depth -= 1 }
        advance()
        var entries: [FrontMatterNode.Entry] = []
        skipWhitespace()
        if !atEnd, scalars[index] == "}" {
            advance()
            return .map(entries, at: at)
        }
        while true {
            skipWhitespace()
            let keyLocation = location
            guard !atEnd, scalars[index] == "\"" else { throw failure("expected a key in double quotes") }
            let key = try string()
            if entries.contains(where: { $0.key == key }) {
                throw JSONFrontMatter.Failure(message: "duplicate key '\(key)'", location: keyLocation)
            }
            try expect(":", "expected ':' after the key '\(key)'")
            entries.append(FrontMatterNode.Entry(key: key, keyLocation: keyLocation, value: try value()))
            skipWhitespace()
            guard !atEnd else { throw failure("the object is not closed with '}'") }
            if scalars[index] == "," { advance(); continue }
            if scalars[index] == "}" { advance(); return .map(entries, at: at) }
            throw failure("expected ',' or '}' after a value")
        }
    }

    mutating func array(at: SourceLocation) throws -> FrontMatterNode {
        try enter(at: at)
        defer { depth -= 1 }
        advance()
        var items: [FrontMatterNode] = []
        skipWhitespace()
        if !atEnd, scalars[index] == "]" {
            advance()
            return .list(items, at: at)
        }
        while true {
            items.append(try value())
            skipWhitespace()
            guard !atEnd else { throw failure("the list is not closed with ']'") }
            if scalars[index] == "," { advance(); continue }
            if scalars[index] == "]" { advance(); return .list(items, at: at) }
            throw failure("expected ',' or ']' after a value")
        }
    }

    /// The four hexadecimal digits after `\u` (the index is on the `u`; it ends on the last digit).
    mutating func hexCode() throws -> UInt32 {
        guard index + 4 < scalars.count,
              let code = UInt32(String(String.UnicodeScalarView(scalars[(index + 1)...(index + 4)])), radix: 16) else {
            throw failure("'\\u' must be followed by four hexadecimal digits")
        }
        for _ in 0..<4 { advance() }
        return code
    }

    mutating func string() throws -> String {
        advance()  // the opening quote
        var result = ""
        while !atEnd {
            let scalar = scalars[index]
            if scalar == "\"" {
                advance()
                return result
            }
            if scalar.value < 0x20 { throw failure("a control character must be escaped inside a string") }
            if scalar == "\\" {
                advance()
                guard !atEnd else { break }
                let escape = scalars[index]
                switch escape {
                case "\"", "\\", "/": result.unicodeScalars.append(escape)
                case "b": result += "\u{8}"
                case "f": result += "\u{C}"
                case "n": result += "\n"
                case "r": result += "\r"
                case "t": result += "\t"
                case "u":
                    var code = try hexCode()
                    // A UTF-16 surrogate pair (`\uD83D\uDE00`) is one character.
                    if (0xD800...0xDBFF).contains(code), index + 6 < scalars.count, scalars[index + 1] == "\\", scalars[index + 2] == "u" {
                        advance()
                        advance()
                        let low = try hexCode()
                        code = (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    result.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: throw failure("unknown escape '\\\(escape)'")
                }
                advance()
                continue
            }
            result.unicodeScalars.append(scalar)
            advance()
        }
        throw failure("the string is not closed with '\"'")
    }
}
