import PubgenDiagnostics
import Yams

/// Positions of YAML nodes in the file they came from.
struct YAMLPosition: Sendable {
    /// The file path shown in diagnostics.
    var path: String
    /// Lines in the file before the YAML text starts.
    var lineOffset: Int

    /// The file location of a Yams mark (Yams counts 1-based lines and Unicode-scalar
    /// columns, which is the column unit pubgen reports too).
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The file location of a 1-based line and column of the YAML text.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// The node and its children as located front-matter values.
    func frontMatterNode(_ node: Node) -> FrontMatterNode {
        switch node {
        case let .scalar(scalar):
            .scalar(scalar.string, plain: scalar.style == .plain, at: location(of: node))
        case let .sequence(sequence):
            .list(sequence.map(frontMatterNode), at: location(of: node))
        case let .mapping(mapping):
            .map(mapping.map {
                FrontMatterNode.Entry(key: $0.key.scalarText ?? "", keyLocation: location(of: $0.key), value: frontMatterNode($0.value))
            }, at: location(of: node))
        case .alias:
            .scalar("", plain: true, at: location(of: node))
        }
    }

    /// A located diagnostic for a Yams error.
    /// - Parameter yaml: The YAML text, to find the repeated key that Yams does not locate.
    func diagnostic(for error: Error, rule: String, yaml: String = "") -> Diagnostic {
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            var message = "invalid YAML: \(Self.plainProblem(problem))"
            if let context { message += " (\(context.text) at \(context.mark.line + lineOffset):\(context.mark.column))" }
            return .error(message, rule: rule, at: location(of: mark))
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let lines = Self.lines(definingKey: key, in: yaml)
            guard lines.count > 1 else {
                return .error("duplicate key '\(key)' in the same mapping", rule: rule, at: location(of: context.mark))
            }
            return Diagnostic(
                .error, "duplicate key '\(key)': it is already set on line \(lines[0].line + lineOffset), and YAML allows a key once",
                rule: rule, at: location(line: lines[1].line, column: lines[1].column),
                notes: [.init("first set here", at: location(line: lines[0].line, column: lines[0].column))])
        case let YamlError.reader(problem, offset, value, _):
            // libyaml's reader gives a byte offset, not a mark; find the line and column.
            let character = value >= 0 ? " (U+\(String(format: "%04X", value)))" : ""
            guard let offset, offset <= yaml.utf8.count else {
                return .error("invalid YAML: \(problem)\(character)", rule: rule, at: location(of: nil))
            }
            let before = yaml.utf8.prefix(offset)
            let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
            let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
            return .error("invalid YAML: \(problem)\(character)", rule: rule, at: location(line: line, column: column))
        default:
            return .error("invalid YAML: \(error)", rule: rule, at: location(of: nil))
        }
    }
}

extension YAMLPosition {
    /// libyaml's problem in a writer's words where it speaks of its own API: its nesting
    /// limit said "Maximum nesting level reached, set with yaml_set_max_nest_level())".
    static func plainProblem(_ problem: String) -> String {
        guard problem.hasPrefix("Maximum nesting level reached") else { return problem }
        return "lists and mappings nest too deep (libyaml allows 1,000 levels)"
    }

    /// 1-based lines and columns of `key:` at the start of a line (a block mapping key).
    static func lines(definingKey key: String, in yaml: String) -> [(line: Int, column: Int)] {
        var found: [(Int, Int)] = []
        var number = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                let after = rest.dropFirst(spelling.count).drop { $0 == " " }
                if after.first == ":" { found.append((number, indent + 1)) }
            }
        }
        return found
    }
}

extension Node {
    /// A scalar's text; `nil` for mappings and sequences.
    var scalarText: String? {
        if case let .scalar(scalar) = self { return scalar.string }
        return nil
    }

    /// True for YAML's `null`, `~` and empty plain scalars.
    var isNull: Bool {
        guard case let .scalar(scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var kindDescription: String {
        switch self {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
