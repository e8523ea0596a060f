import Foundation
import PubgenDiagnostics
import Yams

/// YAML front matter to a typed `FrontMatter`, with every problem at its `path:line:col`.
package struct FrontMatterParser: Sendable {
    /// How to treat the invalid single quotes of real-world articles (see `QuoteRepair`):
    /// `build` recovers with a warning, `lint` reports an error.
    package var quotingSeverity: Diagnostic.Severity
    package var timeZone: TimeZone

    package static let syntaxRule = "front-matter.syntax"
    package static let missingKeyRule = "front-matter.required"
    package static let typeRule = "front-matter.type"
    package static let dateRule = "front-matter.date"

    package init(quotingSeverity: Diagnostic.Severity = .warning, timeZone: TimeZone) {
        self.quotingSeverity = quotingSeverity
        self.timeZone = timeZone
    }

    /// Parses the front matter of one article, in whichever format it was written.
    /// - Parameters:
    ///   - block: The front matter and the body, as the splitter found them.
    ///   - path: The file's path for diagnostics.
    ///   - requiring: Keys that must be present; the file name may give the others
    ///     (a Jekyll post's date), and a section's `_index.md` needs none.
    /// - Returns: The front matter, or `nil` when it cannot be read at all; and the diagnostics.
    package func parse(_ block: FrontMatterBlock, path: String, requiring: [String] = FrontMatterKey.required) -> (FrontMatter?, [Diagnostic]) {
        let (root, syntaxDiagnostics): (FrontMatterNode?, [Diagnostic])
        switch block.format {
        case .yaml: (root, syntaxDiagnostics) = parseYAML(block, path: path)
        case .toml: (root, syntaxDiagnostics) = TOMLFrontMatter.parse(block.yaml, path: path, lineOffset: block.yamlLineOffset)
        case .json: (root, syntaxDiagnostics) = JSONFrontMatter.parse(block.yaml, path: path, lineOffset: block.yamlLineOffset)
        }
        var diagnostics = syntaxDiagnostics
        guard let root else { return (nil, diagnostics) }
        let opening = SourceLocation(path: path, line: 1, column: 1)
        guard case let .map(entries, _) = root else {
            diagnostics.append(.error(
                "front matter must be a mapping of keys to values (found \(root.kindDescription))", rule: Self.syntaxRule, at: opening))
            return (nil, diagnostics)
        }
        var reader = FrontMatterReader(timeZone: timeZone)
        reader.read(entries)
        diagnostics += reader.diagnostics
        if let (key, location) = reader.emptyTitle, requiring.contains(FrontMatterKey.title) {
            diagnostics.append(.error(
                "'\(key)' is empty; pages, lists and feeds show it", rule: Self.missingKeyRule, at: location,
                fix: "write the title after '\(key):'"))
        }
        for key in requiring where reader.frontMatter.locations[key] == nil {
            diagnostics.append(.error(
                "missing required key '\(key)'", rule: Self.missingKeyRule, at: opening,
                fix: key == FrontMatterKey.publishDate ? "add publish_date: YYYY-MM-DD" : "add \(key): \"…\""))
        }
        return (reader.frontMatter, diagnostics)
    }

    /// YAML through Yams, with the anchor guard and the quote repair, to located nodes.
    private func parseYAML(_ block: FrontMatterBlock, path: String) -> (FrontMatterNode?, [Diagnostic]) {
        let position = YAMLPosition(path: path, lineOffset: block.yamlLineOffset)
        var diagnostics: [Diagnostic] = []
        if let (line, column) = YAMLAliasGuard.firstAnchorOrAlias(in: block.yaml) {
            return (nil, [.error(
                "YAML anchors and aliases (&name, *name) are not allowed in front matter; write the value out",
                rule: Self.syntaxRule, at: position.location(line: line, column: column))])
        }
        if let node = PlainYAML.parse(block.yaml, position: position) { return (node, []) }
        let root: Node?
        do {
            root = try KeyTagResolver.compose(block.yaml)
        } catch {
            let original = position.diagnostic(for: error, rule: Self.syntaxRule, yaml: block.yaml)
            let repairs = QuoteRepair.find(in: block.yaml)
            guard !repairs.isEmpty else { return (nil, [original]) }
            let text = QuoteRepair.apply(repairs, to: block.yaml)
            diagnostics += repairs.map { $0.diagnostic(path: path, lineOffset: block.yamlLineOffset, severity: quotingSeverity) }
            do {
                root = try KeyTagResolver.compose(text)
            } catch {
                // The repairs made what they could valid; the error left is where the
                // writer must look (the first one was often a line the repair fixes).
                // One on a repaired line means the repair guessed wrong: the original then.
                let remaining = position.diagnostic(for: error, rule: Self.syntaxRule, yaml: text)
                let repairedLines = Set(repairs.map { $0.line + block.yamlLineOffset })
                guard let line = remaining.location?.line, !repairedLines.contains(line) else { return (nil, [original]) }
                return (nil, diagnostics + [remaining])
            }
        }
        guard let root else {
            diagnostics.append(.error(
                "front matter must be a mapping of keys to values (it is empty)", rule: Self.syntaxRule,
                at: SourceLocation(path: path, line: 1, column: 1)))
            return (nil, diagnostics)
        }
        return (position.frontMatterNode(root), diagnostics)
    }
}
