import PubgenDiagnostics

/// Where each key of a TOML text was written, found by reading its lines.
///
/// TOMLKit gives values but no positions; diagnostics need them. Table headers
/// (`[taxonomies]`), dotted keys (`extra.a = 1`) and quoted keys are understood, and
/// the items of an array value (`aliases = [` over several lines `]`) are placed one
/// by one; keys inside inline tables fall back to their parent's position.
struct TOMLKeyLocator: Sendable {
    /// The file position of the first line of the text, for values that cannot be placed.
    let start: SourceLocation
    private var keys: [[String]: SourceLocation] = [:]
    private var values: [[String]: SourceLocation] = [:]
    private var items: [[String]: [SourceLocation]] = [:]

    static let none = TOMLKeyLocator()

    private init() {
        start = SourceLocation(path: "", line: 1, column: 1)
    }

    init(text: String, path: String, lineOffset: Int) {
        start = SourceLocation(path: path, line: lineOffset + 1, column: 1)
        var table: [String] = []
        var number = 0
        var inMultilineString = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let scalars = lines[number - 1]
            let quotes = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            defer { if quotes % 2 == 1 { inMultilineString.toggle() } }
            guard !inMultilineString else { continue }
            var index = 0
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count, scalars[index] != "#" else { continue }
            let at = { (column: Int) in SourceLocation(path: path, line: number + lineOffset, column: column + 1) }
            if scalars[index] == "[" {
                let header = String(String.UnicodeScalarView(scalars[index...]))
                let name = header.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.components(String(name))
                keys[table] = at(index)
                values[table] = at(index)
                continue
            }
            guard let equals = Self.equalsSign(in: scalars, from: index) else { continue }
            let keyText = String(String.UnicodeScalarView(scalars[index..<equals]))
            var valueStart = equals + 1
            while valueStart < scalars.count, scalars[valueStart] == " " || scalars[valueStart] == "\t" { valueStart += 1 }
            let fullPath = table + Self.components(keyText)
            if keys[fullPath] == nil {
                keys[fullPath] = at(index)
                values[fullPath] = at(min(valueStart, max(0, scalars.count - 1)))
                if valueStart < scalars.count, scalars[valueStart] == "[" {
                    items[fullPath] = Self.arrayItems(lines, line: number - 1, column: valueStart).map { line, column in
                        SourceLocation(path: path, line: line + 1 + lineOffset, column: column + 1)
                    }
                }
            }
        }
    }

    /// Where the key at `path` (table names, then the key) was written.
    func key(_ path: [String]) -> SourceLocation? { keys[path] }

    /// Where the value of the key at `path` starts.
    func value(_ path: [String]) -> SourceLocation? { path.isEmpty ? nil : values[path] }

    /// Where each item of the array at `path` starts, when it is an array.
    func items(_ path: [String]) -> [SourceLocation] { items[path] ?? [] }
}

private extension TOMLKeyLocator {
    /// The 0-based line and column of each item of the array opening at `line`, `column`,
    /// read over as many lines as it takes. Strings, nested arrays and inline tables are
    /// skipped whole; comments too.
    static func arrayItems(_ lines: [[Unicode.Scalar]], line startLine: Int, column startColumn: Int) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var depth = 0
        var quote: [Unicode.Scalar]?  // the closing delimiter of the string being skipped
        var inItem = false
        var line = startLine, column = startColumn
        while line < lines.count {
            let scalars = lines[line]
            while column < scalars.count {
                let scalar = scalars[column]
                if let close = quote {
                    if scalar == "\\", close.first == "\"" { column += 2; continue }
                    if scalars[column...].starts(with: close) { column += close.count; quote = nil; continue }
                    column += 1
                    continue
                }
                if scalar == "#" { break }
                if depth == 1, !inItem, !" \t,]".unicodeScalars.contains(scalar) {
                    found.append((line, column))
                    inItem = true
                }
                switch scalar {
                case "\"", "'":
                    let triple = [scalar, scalar, scalar]
                    quote = scalars[column...].starts(with: triple) ? triple : [scalar]
                    column += quote!.count
                    continue
                case "[", "{":
                    depth += 1
                case "]", "}":
                    depth -= 1
                    if depth == 0 { return found }
                case "," where depth == 1:
                    inItem = false
                default:
                    break
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return found
    }

    /// `a."b.c".d` → `["a", "b.c", "d"]`.
    static func components(_ key: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in key {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }

    /// The `=` after a key (outside quotes), if the line is `key = value`.
    static func equalsSign(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var quote: Unicode.Scalar?
        for index in start..<scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "=" {
                return index
            } else if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "_-. \t".unicodeScalars.contains(scalar)) {
                return nil
            }
        }
        return nil
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
