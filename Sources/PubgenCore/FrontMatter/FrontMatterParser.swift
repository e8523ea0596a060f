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

    /// Parses the YAML of one article.
    /// - Returns: The front matter, or `nil` when the YAML cannot be read at all; and the diagnostics.
    package func parse(_ block: FrontMatterBlock, path: String) -> (FrontMatter?, [Diagnostic]) {
        let position = YAMLPosition(path: path, lineOffset: block.yamlLineOffset)
        var diagnostics: [Diagnostic] = []
        if let (line, column) = YAMLAliasGuard.firstAnchorOrAlias(in: block.yaml) {
            return (nil, [.error(
                "YAML anchors and aliases (&name, *name) are not allowed in front matter; write the value out",
                rule: Self.syntaxRule, at: position.location(line: line, column: column))])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: block.yaml, .default, .default, .utf8)
        } catch {
            let repairs = QuoteRepair.find(in: block.yaml)
            guard !repairs.isEmpty, let repaired = try? Yams.compose(yaml: QuoteRepair.apply(repairs, to: block.yaml), .default, .default, .utf8) else {
                return (nil, [position.diagnostic(for: error, rule: Self.syntaxRule, yaml: block.yaml)])
            }
            diagnostics += repairs.map { $0.diagnostic(path: path, lineOffset: block.yamlLineOffset, severity: quotingSeverity) }
            root = repaired
        }
        let opening = SourceLocation(path: path, line: 1, column: 1)
        guard let root, case let .mapping(mapping) = root else {
            let found = root.map { "found \($0.kindDescription)" } ?? "it is empty"
            diagnostics.append(.error("front matter must be a mapping of keys to values (\(found))", rule: Self.syntaxRule, at: opening))
            return (nil, diagnostics)
        }
        var reader = Reader(position: position, timeZone: timeZone)
        for (key, value) in mapping { reader.read(key: key, value: value) }
        diagnostics += reader.diagnostics
        for key in FrontMatterKey.required where reader.frontMatter.locations[key] == nil {
            diagnostics.append(.error(
                "missing required key '\(key)'", rule: Self.missingKeyRule, at: opening,
                fix: key == FrontMatterKey.publishDate ? "add publish_date: YYYY-MM-DD" : "add \(key): \"…\""))
        }
        return (reader.frontMatter, diagnostics)
    }
}

// MARK: - Reading values

private struct Reader {
    let position: YAMLPosition
    let timeZone: TimeZone
    var frontMatter = FrontMatter()
    var diagnostics: [Diagnostic] = []

    init(position: YAMLPosition, timeZone: TimeZone) {
        self.position = position
        self.timeZone = timeZone
    }

    mutating func read(key keyNode: Node, value: Node) {
        let written = keyNode.scalarText ?? ""
        let key = FrontMatterKey.canonical(written)
        let at = position.location(of: value)
        frontMatter.writtenKeys.append((written, position.location(of: keyNode)))
        if frontMatter.locations[key] != nil, FrontMatterKey.all.contains(key) {
            diagnostics.append(.error(
                "'\(written)' repeats a key already given (as '\(key)')", rule: FrontMatterParser.syntaxRule,
                at: position.location(of: keyNode)))
            return
        }
        frontMatter.locations[key] = at
        frontMatter.keyLocations[key] = position.location(of: keyNode)
        switch key {
        case FrontMatterKey.title: frontMatter.title = text(value, key: written) ?? ""
        case FrontMatterKey.subtitle: frontMatter.subtitle = optionalText(value, key: written)
        case FrontMatterKey.description: frontMatter.description = optionalText(value, key: written)
        case FrontMatterKey.author: frontMatter.author = optionalText(value, key: written)
        case FrontMatterKey.readTime: frontMatter.readTime = optionalText(value, key: written)
        case FrontMatterKey.heroImage: frontMatter.heroImage = optionalText(value, key: written)
        case FrontMatterKey.heroImageAlt: frontMatter.heroImageAlt = optionalText(value, key: written)
        case FrontMatterKey.cta: frontMatter.cta = optionalText(value, key: written)
        case FrontMatterKey.slug: frontMatter.slug = optionalText(value, key: written)
        case FrontMatterKey.publishDate: frontMatter.publishDate = date(value, key: written)
        case FrontMatterKey.createdDate: frontMatter.createdDate = date(value, key: written)
        case FrontMatterKey.updatedDate: frontMatter.updatedDate = date(value, key: written)
        case FrontMatterKey.tags: frontMatter.tags = tags(value, key: written)
        case FrontMatterKey.draft: frontMatter.draft = flag(value, key: written)
        default: frontMatter.extra.append((written, Self.loose(value)))
        }
    }

    mutating func text(_ node: Node, key: String) -> String? {
        guard let text = node.scalarText else {
            diagnostics.append(.error("'\(key)' must be text, not \(node.kindDescription)", rule: FrontMatterParser.typeRule, at: position.location(of: node)))
            return nil
        }
        return text
    }

    mutating func optionalText(_ node: Node, key: String) -> String? {
        if node.isNull { return nil }
        let value = text(node, key: key)?.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == true ? nil : value
    }

    mutating func date(_ node: Node, key: String) -> PublicationDate? {
        if node.isNull { return nil }
        guard let text = text(node, key: key) else { return nil }
        switch PublicationDate.parse(text, zone: timeZone) {
        case let .success(date):
            return date
        case .failure(.format):
            diagnostics.append(.error(
                "'\(key)' must be a date written YYYY-MM-DD or RFC 3339 (2025-03-04T09:30:00+01:00), not '\(text)'",
                rule: FrontMatterParser.dateRule, at: position.location(of: node)))
        case let .failure(.impossible(reason)):
            diagnostics.append(.error(
                "'\(key)' is not a real date: \(text) (\(reason))", rule: FrontMatterParser.dateRule, at: position.location(of: node)))
        }
        return nil
    }

    mutating func tags(_ node: Node, key: String) -> [String] {
        if node.isNull { return [] }
        guard case let .sequence(sequence) = node else {
            diagnostics.append(.error(
                "'\(key)' must be a list of strings, like [python, web]", rule: FrontMatterParser.typeRule, at: position.location(of: node),
                fix: node.scalarText.map { "write tags: [\(QuoteRepair.doubleQuoted($0))]" }))
            return []
        }
        var tags: [String] = []
        for item in sequence {
            guard let text = item.scalarText else {
                diagnostics.append(.error("each tag must be text, not \(item.kindDescription)", rule: FrontMatterParser.typeRule, at: position.location(of: item)))
                continue
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { tags.append(trimmed) }
        }
        return tags
    }

    mutating func flag(_ node: Node, key: String) -> Bool {
        if let text = node.scalarText, case .scalar(let scalar) = node, scalar.style == .plain {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        diagnostics.append(.error("'\(key)' must be true or false", rule: FrontMatterParser.typeRule, at: position.location(of: node)))
        return false
    }

    static func loose(_ node: Node) -> FrontMatterValue {
        switch node {
        case let .scalar(scalar): .text(scalar.string)
        case let .sequence(sequence): .list(sequence.map(loose))
        case let .mapping(mapping): .map(mapping.map { ($0.key.scalarText ?? "", loose($0.value)) })
        case .alias: .text("")
        }
    }
}
