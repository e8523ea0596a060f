import Foundation
import PubgenDiagnostics
import Yams

/// The `lint:` section of `pubgen.yml`: rules turned off or given another severity.
///
/// ```yaml
/// lint:
///   disable: [front-matter.description]
///   warn: [encoding.mojibake]
///   error: [image.alt]
/// ```
package struct LintConfiguration: Sendable, Equatable {
    package var disabled: Set<String> = []
    package var asWarning: Set<String> = []
    package var asError: Set<String> = []

    package init() {}

    /// Applies the configuration to a finding; `nil` when its rule is disabled.
    package func apply(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard !disabled.contains(diagnostic.rule) else { return nil }
        var copy = diagnostic
        if asError.contains(diagnostic.rule) { copy.severity = .error }
        if asWarning.contains(diagnostic.rule) { copy.severity = .warning }
        return copy
    }

    /// Reads the `lint:` mapping of a configuration file; unknown rule ids are warnings.
    package static func load(from url: URL, displayPath: String) -> (LintConfiguration, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: url.path),
              let root = try? Yams.compose(yaml: String(decoding: data, as: UTF8.self)),
              case let .mapping(mapping) = root,
              let section = mapping.first(where: { $0.key.scalarText == "lint" })?.value else { return (LintConfiguration(), []) }
        let position = YAMLPosition(path: displayPath, lineOffset: 0)
        var configuration = LintConfiguration()
        var diagnostics: [Diagnostic] = []
        guard case let .mapping(settings) = section else {
            return (configuration, [.error("'lint' must be a mapping with disable, warn or error lists", rule: "config", at: position.location(of: section))])
        }
        for (key, value) in settings {
            let ids: [(String, Node)]
            switch value {
            case let .sequence(items): ids = items.compactMap { item in item.scalarText.map { ($0, item) } }
            case let .scalar(scalar): ids = [(scalar.string, value)]
            default: ids = []
            }
            for (id, node) in ids where !LintRules.allIDs.contains(id) {
                diagnostics.append(.warning(
                    "unknown lint rule '\(id)'\(Suggestion.didYouMean(id, among: LintRules.allIDs))", rule: "config", at: position.location(of: node)))
            }
            let set = Set(ids.map(\.0))
            switch key.scalarText {
            case "disable": configuration.disabled = set
            case "warn": configuration.asWarning = set
            case "error": configuration.asError = set
            default:
                diagnostics.append(.warning("unknown lint setting '\(key.scalarText ?? "")'; use disable, warn or error", rule: "config", at: position.location(of: key)))
            }
        }
        return (configuration, diagnostics)
    }
}
