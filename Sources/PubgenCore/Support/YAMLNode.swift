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

    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// A located diagnostic for a Yams error, or `nil` when it carries no position.
    func diagnostic(for error: Error, rule: String) -> Diagnostic {
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return .error(message, rule: rule, at: location(of: mark))
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys) in the same mapping", rule: rule, at: location(of: context.mark))
        case let YamlError.reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", rule: rule, at: location(of: nil))
        default:
            return .error("invalid YAML: \(error)", rule: rule, at: location(of: nil))
        }
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
