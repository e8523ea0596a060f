import Foundation
import PubgenMarkdown

/// Renders templates parsed by `CompiledTemplateParser` with the semantics of
/// swift-mustache 2.x, on `TemplateValue`s.
///
/// swift-mustache looks every name up at render time: it splits the dotted name, then
/// casts each object of the context stack to several protocols. At 10,000 articles
/// that was more than a quarter of a build's CPU time. Here names are split and hashed
/// once, a lookup searches each object's fields by that hash (`TemplateObject`), with
/// no casts, and the templates run as one flat `TemplateProgram`.
package struct CompiledTemplateLibrary: Sendable {
    private let code: TemplateProgram.Tables

    init(_ templates: [String: CompiledTemplate]) {
        code = TemplateProgram.Tables(TemplateProgram(templates))
    }

    /// What a render carries down into sections and partials besides the object stack.
    private struct Scope {
        /// Set inside a partial that stands alone on an indented line.
        var indentation: String?
        /// Where an element of a list section stands, for `index()`, `first()`…
        var position: ListPosition?
    }

    /// swift-mustache's `MustacheSequenceContext`.
    private struct ListPosition {
        var index: Int
        var isLast: Bool
    }

    /// Renders `name` with `view` as the root object, as UTF-8; `nil` when there is no
    /// such template.
    ///
    /// Bytes, not a string: a page goes to a file, and appending to a string checks
    /// each piece's ASCII-ness and capacity on the way (2% of a build).
    func render(_ view: TemplateValue, withTemplate name: String) -> [UInt8]? {
        guard let entry = code.entries[name] else { return nil }
        var output: [UInt8] = []
        // An article page of the default theme is 20–25 KB: one allocation, no regrowth.
        output.reserveCapacity(32 * 1024)
        var stack = [view]
        stack.reserveCapacity(8)
        // swift-mustache starts every render, and every partial, with its HTML type.
        run(entry, stack: &stack, scope: Scope(), escaping: .mustacheHTML, into: &output)
        return output
    }

    /// Runs the instructions of `range` that stand at its own level; a section runs
    /// its body itself and execution resumes after it.
    private func run(
        _ range: Range<Int>, stack: inout [TemplateValue], scope: Scope,
        escaping: TemplateEscaping, into output: inout [UInt8]
    ) {
        var escaping = escaping
        var index = range.lowerBound
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            while index < range.upperBound {
                index = step(index, stack: &stack, scope: scope, escaping: &escaping, into: &output)
            }
            return
        }
        // An indented partial: like swift-mustache, indent before any non-empty token
        // that starts a line of this template's own output.
        var rendered: [UInt8] = []
        while index < range.upperBound {
            var piece: [UInt8] = []
            index = step(index, stack: &stack, scope: scope, escaping: &escaping, into: &piece)
            if !piece.isEmpty, Self.endsWithLineFeedCharacter(rendered) { rendered += indentation.utf8 }
            rendered += piece
        }
        output += rendered
    }

    /// Whether the last `Character` of the UTF-8 `text` is "\n", as swift-mustache asks
    /// it: a line feed after a carriage return is part of one "\r\n" character.
    private static func endsWithLineFeedCharacter(_ text: [UInt8]) -> Bool {
        text.last == UInt8(ascii: "\n") && (text.count < 2 || text[text.count - 2] != UInt8(ascii: "\r"))
    }

    /// Runs the instruction at `index` (with its body, for a section); returns the
    /// index of the next instruction at the same level.
    private func step(
        _ index: Int, stack: inout [TemplateValue], scope: Scope,
        escaping: inout TemplateEscaping, into output: inout [UInt8]
    ) -> Int {
        let instruction = code.instructions[index]
        let operand = Int(instruction.operand)
        switch instruction.opcode {
        case .text:
            output += code.texts[operand].utf8
        case .escapedVariable, .rawVariable:
            let escaping: TemplateEscaping? = instruction.opcode == .escapedVariable ? escaping : nil
            let name = code.names[operand]
            if name.componentRange.count == 1, name.transformRange.isEmpty {
                appendField(code.components[name.componentRange.lowerBound], innermostOnly: name.innermostOnly, of: stack, escaping: escaping, to: &output)
                break
            }
            guard let value = lookUp(name, in: stack, scope: scope) else { break }
            Self.append(value, escaping: escaping, to: &output)
        case .section:
            let value = lookUp(code.names[operand], in: stack, scope: scope)
            renderSection(value, index + 1..<Int(instruction.end), stack: &stack, scope: scope, escaping: escaping, into: &output)
        case .invertedSection:
            let value = lookUp(code.names[operand], in: stack, scope: scope)
            renderInverted(value, index + 1..<Int(instruction.end), stack: &stack, scope: scope, escaping: escaping, into: &output)
        case .partial:
            let partial = code.partials[operand]
            guard let body = partial.body else { break }
            let indentation = partial.indentation.map { (scope.indentation ?? "") + $0 } ?? scope.indentation
            run(body, stack: &stack, scope: Scope(indentation: indentation), escaping: .mustacheHTML, into: &output)
        case .escaping:
            escaping = code.escapings[operand]
        }
        return Int(instruction.end)
    }

    /// `{{name}}` for a plain name, the commonest tag: the value is found as `lookUp`
    /// finds it and printed where it is stored, never copied out of its view (a copy
    /// is a reference count taken and dropped, several per tag).
    private func appendField(
        _ key: TemplateKey, innermostOnly: Bool, of stack: [TemplateValue], escaping: TemplateEscaping?, to output: inout [UInt8]
    ) {
        stack.withUnsafeBufferPointer { frames in
            var index = frames.count - 1
            let lowest = innermostOnly ? index : 0
            while index >= lowest {
                if frames[index].withField(key, { Self.append($0, escaping: escaping, to: &output) }) != nil { return }
                index -= 1
            }
        }
    }

    /// Prints a value: escaped with `escaping`, or as it is when that is `nil`. A string
    /// is printed from where it is stored; other values as swift-mustache prints them.
    private static func append(_ value: TemplateValue, escaping: TemplateEscaping?, to output: inout [UInt8]) {
        if case let .utf8(bytes) = value, escaping != .mustacheHTML {
            if escaping == .pubgenHTML {
                bytes.withUnsafeBufferPointer { HTMLText.escape(utf8: $0, appendingTo: &output) }
            } else {
                output += bytes
            }
            return
        }
        guard case let .string(text) = value else {
            return append(.string(value.renderedText), escaping: escaping, to: &output)
        }
        switch escaping {
        case nil, .text: output += text.utf8
        case .pubgenHTML: HTMLText.append(escaping: text, to: &output)
        case .mustacheHTML: output += mustacheHTMLEscape(text).utf8
        }
    }

    private func renderSection(
        _ value: TemplateValue?, _ body: Range<Int>, stack: inout [TemplateValue],
        scope: Scope, escaping: TemplateEscaping, into output: inout [UInt8]
    ) {
        switch value {
        case nil, .bool(false):
            return
        case .bool(true):
            run(body, stack: &stack, scope: scope, escaping: escaping, into: &output)
        case let .list(items):
            var inner = scope
            for (index, item) in items.enumerated() {
                inner.position = ListPosition(index: index, isLast: index == items.count - 1)
                stack.append(item)
                run(body, stack: &stack, scope: inner, escaping: escaping, into: &output)
                stack.removeLast()
            }
        case let .some(value):
            stack.append(value)
            run(body, stack: &stack, scope: Scope(indentation: scope.indentation), escaping: escaping, into: &output)
            stack.removeLast()
        }
    }

    private func renderInverted(
        _ value: TemplateValue?, _ body: Range<Int>, stack: inout [TemplateValue],
        scope: Scope, escaping: TemplateEscaping, into output: inout [UInt8]
    ) {
        switch value {
        case nil, .bool(false):
            run(body, stack: &stack, scope: scope, escaping: escaping, into: &output)
        case let .list(items) where items.isEmpty:
            // swift-mustache renders an empty list's inverted section with the list as the object.
            stack.append(.list(items))
            run(body, stack: &stack, scope: Scope(indentation: scope.indentation), escaping: escaping, into: &output)
            stack.removeLast()
        default:
            return
        }
    }

    /// swift-mustache's lookup: the first name from the innermost object out (or in
    /// the innermost only), the rest inside what it found, then the transforms.
    @inline(__always)
    private func lookUp(_ name: TemplateProgram.Name, in stack: [TemplateValue], scope: Scope) -> TemplateValue? {
        let transforms = UnsafeBufferPointer(rebasing: code.transforms[name.transformRange])
        if name.isPosition {
            guard let position = scope.position else { return nil }
            return transform(position, transforms)
        }
        let components = name.componentRange
        var value: TemplateValue
        if !components.isEmpty {
            let first = code.components[components.lowerBound]
            var found: TemplateValue?
            if name.innermostOnly {
                found = stack.last?.field(first)
            } else {
                var index = stack.count - 1
                while index >= 0 {
                    if let child = stack[index].field(first) {
                        found = child
                        break
                    }
                    index -= 1
                }
            }
            guard let match = found else { return nil }
            value = match
            var index = components.lowerBound + 1
            while index < components.upperBound {
                guard let child = value.field(code.components[index]) else { return nil }
                value = child
                index += 1
            }
        } else {
            guard let last = stack.last else { return nil }
            value = last
        }
        for transform in transforms {
            guard let result = Self.apply(transform, to: value) else { return nil }
            value = result
        }
        return value
    }

    /// `MustacheSequenceContext.transform`, then the remaining transforms on its result.
    private func transform(_ position: ListPosition, _ transforms: UnsafeBufferPointer<TemplateTransform>) -> TemplateValue? {
        var value: TemplateValue
        switch transforms.first {
        case .first: value = .bool(position.index == 0)
        case .last: value = .bool(position.isLast)
        case .index: value = .int(position.index)
        case .even: value = .bool(position.index & 1 == 0)
        case .odd: value = .bool(position.index & 1 == 1)
        default: return nil
        }
        for transform in transforms.dropFirst() {
            guard let result = Self.apply(transform, to: value) else { return nil }
            value = result
        }
        return value
    }

    /// swift-mustache's `MustacheTransformable` conformances of strings, integers and
    /// arrays; booleans and objects have none.
    private static func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        if case let .utf8(bytes) = value { return apply(transform, to: .string(String(decoding: bytes, as: UTF8.self))) }
        return switch (value, transform) {
        case let (.string(text), .empty): .bool(text.isEmpty)
        case let (.string(text), .capitalized): .string(text.capitalized)
        case let (.string(text), .lowercased): .string(text.lowercased())
        case let (.string(text), .uppercased): .string(text.uppercased())
        case let (.string(text), .reversed): .string(String(text.reversed()))
        case let (.int(number), .equalzero): .bool(number == 0)
        case let (.int(number), .plusone): .int(number + 1)
        case let (.int(number), .minusone): .int(number - 1)
        case let (.int(number), .even): .bool(number & 1 == 0)
        case let (.int(number), .odd): .bool(number & 1 == 1)
        case let (.list(items), .first): items.first
        case let (.list(items), .last): items.last
        case let (.list(items), .reversed): .list(items.reversed())
        case let (.list(items), .count): .int(items.count)
        case let (.list(items), .empty): .bool(items.isEmpty)
        default: nil
        }
    }

    /// swift-mustache's `String.htmlEscape()`, character by character.
    private static func mustacheHTMLEscape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
