import Foundation
import PubgenDiagnostics

/// The section and partial tags of a Mustache template, with where each stands, for
/// errors swift-mustache reports late (an unclosed section, at the end of the file) or
/// not at all (a partial that includes itself, which recursed until the stack overflowed).
///
/// Templates that set other delimiters (`{{=<% %>=}}`) are not followed: `scan` gives nil.
package enum MustacheTags {
    package struct Tag: Sendable, Equatable {
        /// `#`, `^`, `/`, `>` (a partial) or `<` (a parent template).
        package var kind: Character
        package var name: String
        /// The tag as written, `{{#site}}`.
        package var text: String
        /// 1-based line and character column of its `{{`.
        package var line: Int
        package var column: Int

        /// Whether it brings in another template by name: a partial or a parent
        /// (not a dynamic partial, `{{>*name}}`, whose name comes from the data).
        package var includes: Bool { (kind == ">" || kind == "<") && !name.hasPrefix("*") }
    }

    package static func scan(_ template: String) -> [Tag]? {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var rest = Substring(template)
        while let first = rest.first {
            if rest.hasPrefix("{{"), let end = rest.range(of: "}}") {
                let text = rest[..<end.upperBound]
                let inner = text.dropFirst(2).dropLast(2)
                if let kind = inner.first, "#^/><=".contains(kind) {
                    if kind == "=" { return nil }
                    tags.append(Tag(
                        kind: kind, name: inner.dropFirst().trimmingCharacters(in: .whitespaces), text: String(text),
                        line: line, column: column))
                }
                for character in text {
                    if character.isNewline { line += 1; column = 1 } else { column += 1 }
                }
                rest = rest[end.upperBound...]
                continue
            }
            // `isNewline`: "\r\n" is one Character, and Windows line endings are common.
            if first.isNewline { line += 1; column = 1 } else { column += 1 }
            rest = rest.dropFirst()
        }
        return tags
    }

    /// The innermost section (`{{#name}}`, `{{^name}}`) left open at the end of `template`.
    package static func unclosedSection(in template: String) -> Tag? {
        var open: [Tag] = []
        for tag in scan(template) ?? [] {
            switch tag.kind {
            case "#", "^": open.append(tag)
            case "/": if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
            default: break
            }
        }
        return open.last
    }

    /// One error for each cycle of partials (`head` including `head`, or `header` →
    /// `footer` → `header`), at the tag that closes it. Mustache looks names up through
    /// every enclosing context, so even a partial inside a section finds that section
    /// again at the next level and never ends.
    /// - Parameter templates: Every template of the build, in order.
    package static func partialCycles(in templates: [TemplateSource], rule: String) -> [Diagnostic] {
        let byName = Dictionary(templates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let partials = byName.mapValues { template in (scan(template.text) ?? []).filter { $0.includes && byName[$0.name] != nil } }
        var diagnostics: [Diagnostic] = []
        var finished: Set<String> = []
        // `stack`: the templates from the one visited first down to `name`.
        func visit(_ name: String, stack: [String]) {
            guard !finished.contains(name) else { return }
            for tag in partials[name] ?? [] {
                guard let start = stack.firstIndex(of: tag.name) else {
                    visit(tag.name, stack: stack + [tag.name])
                    continue
                }
                let cycle = stack[start...] + [tag.name]
                let message = cycle.count == 2
                    ? "the partial '\(tag.text)' includes the template it is in, which would never end"
                    : "the partial '\(tag.text)' closes a loop of templates including each other (\(cycle.joined(separator: " → "))), which would never end"
                diagnostics.append(.error(
                    "template does not parse: \(message)", rule: rule,
                    at: SourceLocation(path: byName[name]!.path, line: tag.line, column: tag.column)))
            }
            finished.insert(name)
        }
        for template in templates { visit(template.name, stack: [template.name]) }
        return diagnostics
    }
}
