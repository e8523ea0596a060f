import PubgenDiagnostics

/// Recovers single-quoted YAML values that contain a raw (`'Python's`) or
/// backslash-escaped (`'ecosystem\'s'`) apostrophe.
///
/// Neither is valid YAML (inside single quotes an apostrophe is written `''`), but
/// writers and export tools produce them all the time. The repair is confined to one
/// value on one line, whose intended text is unambiguous: everything between the first
/// and the last quote on that line.
package struct QuoteRepair: Sendable, Equatable {
    /// The 1-based line within the YAML text.
    package var line: Int
    /// The 1-based character column of the opening quote.
    package var column: Int
    /// What the writer meant.
    package var intendedText: String
    /// The whole line, rewritten as valid YAML (double-quoted value).
    package var repairedLine: String

    package static let rule = "front-matter.quoting"

    /// Finds every repairable line of a YAML text.
    /// Lines inside a block scalar (`description: |` and the lines indented below it)
    /// are text, not values: `He said: 'it's fine'` there is what the writer wrote.
    package static func find(in yaml: String) -> [QuoteRepair] {
        var repairs: [QuoteRepair] = []
        var lineNumber = 0
        // The indentation of the line that opened a block scalar, while inside it.
        var blockParentIndent: Int?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(line)
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockParentIndent {
                if indent > parent || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                blockParentIndent = nil
            }
            if let parent = blockScalarParentIndent(line) {
                blockParentIndent = parent
                continue
            }
            if let repair = repair(line, lineNumber: lineNumber) { repairs.append(repair) }
        }
        return repairs
    }

    /// The YAML with every repair applied.
    package static func apply(_ repairs: [QuoteRepair], to yaml: String) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for repair in repairs where repair.line - 1 < lines.count {
            lines[repair.line - 1] = repair.repairedLine
        }
        return lines.joined(separator: "\n")
    }

    /// A value as YAML writes it validly: double-quoted, with `"` and `\` escaped.
    package static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The diagnostic for this repair at the value's position in the file.
    package func diagnostic(path: String, lineOffset: Int, severity: Diagnostic.Severity) -> Diagnostic {
        let shown = intendedText.count > 48 ? String(intendedText.prefix(45)) + "…" : intendedText
        return Diagnostic(
            severity,
            "apostrophe inside a single-quoted value is not valid YAML; read as \"\(shown)\". Write it in double quotes, or double the apostrophe ('')",
            rule: Self.rule,
            at: SourceLocation(path: path, line: line + lineOffset, column: column),
            fix: "rewrite the value as \(Self.doubleQuoted(intendedText))")
    }
}

private extension QuoteRepair {
    /// `key: '…'` or `- '…'` whose single-quoted text contains a lone or `\`-escaped apostrophe.
    static func repair(_ line: String, lineNumber: Int) -> QuoteRepair? {
        guard let open = valueStart(in: line), line[open] == "'" else { return nil }
        var end = line.endIndex
        while end > open, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" || line[line.index(before: end)] == "\r" {
            end = line.index(before: end)
        }
        let close = line.index(before: end)
        guard close > open, line[close] == "'" else { return nil }
        let inner = line[line.index(after: open)..<close]
        guard containsInvalidApostrophe(inner) else { return nil }
        let intended = intendedText(inner)
        let repairedLine = String(line[..<open]) + doubleQuoted(intended) + String(line[end...])
        let column = line[..<open].unicodeScalars.count + 1
        return QuoteRepair(line: lineNumber, column: column, intendedText: intended, repairedLine: repairedLine)
    }

    /// When `line` opens a literal or folded block scalar (`key: |`, `- >-`, `- key: |`:
    /// after the indicator only chomping and indentation indicators and a comment), the
    /// indentation its lines are deeper than: the key's, or the list dash's.
    static func blockScalarParentIndent(_ line: String) -> Int? {
        guard let start = valueStart(in: line) else { return nil }
        var parent = line.prefix { $0 == " " }.count
        var value = line[start...]
        // A list item whose value is a mapping: `- note: |` opens a block under `note`.
        if line.dropFirst(parent).hasPrefix("- "), let colon = value.range(of: ": "),
           !value[..<colon.lowerBound].contains(where: { " '\"#".contains($0) }) {
            parent = line.distance(from: line.startIndex, to: start)
            value = value[colon.upperBound...].drop { $0 == " " }[...]
        }
        guard let indicator = value.first, indicator == "|" || indicator == ">" else { return nil }
        let rest = value.dropFirst().prefix { $0 != "#" }
        guard rest.allSatisfy({ $0 == "-" || $0 == "+" || $0.isASCII && $0.isNumber || $0 == " " || $0 == "\t" || $0 == "\r" }) else {
            return nil
        }
        return parent
    }

    /// Where a value starts: after `key: ` on a mapping line, or after `- ` on a list line.
    static func valueStart(in line: String) -> String.Index? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
        if line[index...].hasPrefix("- ") {
            index = line.index(index, offsetBy: 2)
            while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
            return index < line.endIndex ? index : nil
        }
        guard let colon = line[index...].range(of: ": ")?.lowerBound else { return nil }
        let key = line[index..<colon]
        guard !key.isEmpty, !key.contains("'"), !key.contains("\""), !key.contains("#") else { return nil }
        var start = line.index(colon, offsetBy: 2)
        while start < line.endIndex, line[start] == " " { start = line.index(after: start) }
        return start < line.endIndex ? start : nil
    }

    /// True when an apostrophe is neither doubled (`''`, valid YAML) nor absent.
    static func containsInvalidApostrophe(_ inner: Substring) -> Bool {
        var index = inner.startIndex
        while index < inner.endIndex {
            if inner[index] == "'" {
                let next = inner.index(after: index)
                if next < inner.endIndex, inner[next] == "'" {
                    index = inner.index(after: next)
                    continue
                }
                return true
            }
            index = inner.index(after: index)
        }
        return false
    }

    /// `\'` and `''` become `'`; everything else is kept as written.
    static func intendedText(_ inner: Substring) -> String {
        var result = ""
        var index = inner.startIndex
        while index < inner.endIndex {
            let character = inner[index]
            let next = inner.index(after: index)
            if (character == "\\" || character == "'"), next < inner.endIndex, inner[next] == "'" {
                result.append("'")
                index = inner.index(after: next)
            } else {
                result.append(character)
                index = next
            }
        }
        return result
    }
}
