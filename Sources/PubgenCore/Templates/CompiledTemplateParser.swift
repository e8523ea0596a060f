/// Parses a template into `CompiledTemplate` tokens exactly as swift-mustache 2.x
/// parses it: the same standalone-line rules, whitespace handling and delimiters, so
/// both renderers give byte-identical pages (`CompiledTemplateTests` compares them).
///
/// The control flow is a port of swift-mustache's `MustacheTemplate.parse`
/// (Apache-2.0, © the Hummingbird authors), reduced to the tokens the compiled
/// renderer handles. It only runs on text swift-mustache has already accepted, so
/// syntax errors are reported by swift-mustache; every failure here (including
/// `Unsupported`) means "render this library with swift-mustache".
enum CompiledTemplateParser {
    /// A construct the compiled renderer leaves to swift-mustache.
    struct Unsupported: Error {}

    static func parse(_ text: String) throws -> CompiledTemplate {
        var scanner = Scanner(text)
        return CompiledTemplate(tokens: try parse(&scanner, state: State()))
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        var startDelimiter = "{{"
        var endDelimiter = "}}"
    }

    private static func parse(_ scanner: inout Scanner, state: State) throws -> [CompiledTemplate.Token] {
        var tokens: [CompiledTemplate.Token] = []
        var state = state
        var whiteSpaceBefore: Substring = ""
        while !scanner.reachedEnd {
            if state.newLine {
                whiteSpaceBefore = scanner.read(while: { $0 == " " || $0 == "\t" })
            }
            let text = try readUntilDelimiterOrNewline(&scanner, state: state)
            if scanner.current.isNewline {
                tokens.append(.text(String(whiteSpaceBefore) + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (raw, name) = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                var inner = state
                inner.sectionName = raw
                if !setNewLine { inner.newLine = false }
                let body = try parse(&scanner, state: inner)
                tokens.append(.section(inverted ? try printable(name) : name, body, inverted: inverted))

            case "/":
                scanner.advance()
                let (raw, _) = try parseName(&scanner, state: state)
                guard raw == state.sectionName else { throw Unsupported() }
                if !isStandalone(&scanner, state: state), !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                return tokens

            case "!":
                scanner.advance()
                guard scanner.skip(past: state.endDelimiter) else { throw Unsupported() }
                setNewLine = isStandalone(&scanner, state: state)

            case "{", "&":
                let triple = scanner.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let (_, name) = try parseName(&scanner, state: state)
                if triple {
                    guard scanner.read("}") else { throw Unsupported() }
                }
                tokens.append(.variable(try printable(name), escaped: false))

            case ">":
                scanner.advance()
                scanner.skip(while: \.isWhitespace)
                guard scanner.current != "*" else { throw Unsupported() }
                let name = try parsePartialName(&scanner, state: state)
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: String(whiteSpaceBefore)))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""

            case "=":
                scanner.advance()
                state = try setDelimiters(&scanner, state: state)
                setNewLine = isStandalone(&scanner, state: state)

            case "%":
                scanner.advance()
                tokens.append(.escaping(try readContentType(&scanner, state: state)))
                setNewLine = isStandalone(&scanner, state: state)

            case "<", "$":
                throw Unsupported()

            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let (_, name) = try parseName(&scanner, state: state)
                tokens.append(.variable(try printable(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return tokens
    }

    /// Text up to the next newline or start delimiter (which is consumed).
    private static func readUntilDelimiterOrNewline(_ scanner: inout Scanner, state: State) throws -> String {
        guard let delimiterFirst = state.startDelimiter.first else { return "" }
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read(while: { $0 != "\n" && $0 != "\r\n" && $0 != delimiterFirst })
            if scanner.current.isNewline {
                break
            } else if scanner.current == delimiterFirst {
                if try scanner.read(string: state.startDelimiter) { break }
                text.append(delimiterFirst)
                scanner.advance()
            }
        }
        return text
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    private static let configCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// A variable or section name with its transforms, as swift-mustache reads
    /// `first(count(x))`; the raw text is kept to match a section's closing tag.
    private static func parseName(_ scanner: inout Scanner, state: State) throws -> (raw: String, name: TemplateName) {
        scanner.skip(while: \.isWhitespace)
        let text = String(scanner.read(while: { nameCharacters.contains($0) }))
        scanner.skip(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Unsupported() }
        var names = Scanner(text)
        let first = String(names.read(while: { configCharacters.contains($0) }))
        if names.reachedEnd { return (text, TemplateName(text)) }
        guard names.read("(") else { throw Unsupported() }
        var transforms = [first]
        while true {
            let name = String(names.read(while: { configCharacters.contains($0) }))
            if names.read("(") {
                transforms.append(name)
                continue
            }
            guard names.read(")") else { throw Unsupported() }
            var closing = 1
            while names.read(")") { closing += 1 }
            guard closing == transforms.count, names.reachedEnd else { throw Unsupported() }
            return (text, TemplateName(name, transforms: transforms.reversed().map(TemplateTransform.init)))
        }
    }

    /// swift-mustache prints a reversed list as a `ReversedCollection`'s description,
    /// which the compiled renderer does not imitate: variables that may print one (and
    /// inverted sections, which push an empty one) go to swift-mustache.
    private static func printable(_ name: TemplateName) throws -> TemplateName {
        guard name.transforms.last != .reversed else { throw Unsupported() }
        return name
    }

    private static func parsePartialName(_ scanner: inout Scanner, state: State) throws -> String {
        scanner.skip(while: \.isWhitespace)
        let name = String(scanner.read(while: { partialNameCharacters.contains($0) }))
        scanner.skip(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Unsupported() }
        return name
    }

    private static func setDelimiters(_ scanner: inout Scanner, state: State) throws -> State {
        scanner.skip(while: \.isWhitespace)
        let start = try scanner.read(until: \.isWhitespace)
        scanner.skip(while: \.isWhitespace)
        let end = try scanner.read(until: { $0 == "=" || $0.isWhitespace })
        scanner.skip(while: \.isWhitespace)
        guard scanner.read("="), try scanner.read(string: state.endDelimiter), !start.isEmpty, !end.isEmpty else {
            throw Unsupported()
        }
        var state = state
        state.startDelimiter = String(start)
        state.endDelimiter = String(end)
        return state
    }

    private static func readContentType(_ scanner: inout Scanner, state: State) throws -> TemplateEscaping {
        scanner.skip(while: \.isWhitespace)
        let variable = scanner.read(while: { configCharacters.contains($0) })
        scanner.skip(while: \.isWhitespace)
        guard scanner.read(":") else { throw Unsupported() }
        scanner.skip(while: \.isWhitespace)
        let value = scanner.read(while: { configCharacters.contains($0) })
        scanner.skip(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter), variable == "CONTENT_TYPE",
            let escaping = TemplateEscaping(contentType: String(value))
        else { throw Unsupported() }
        return escaping
    }

    /// swift-mustache: a tag stands alone when only spaces and tabs precede it on its
    /// line and follow it up to the newline (consumed) or the end of the text.
    private static func isStandalone(_ scanner: inout Scanner, state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var lookahead = scanner
        lookahead.skip(while: { $0 == " " || $0 == "\t" })
        guard lookahead.current.isNewline else { return false }
        lookahead.advance()
        scanner = lookahead
        return true
    }
}

extension CompiledTemplateParser {
    /// A cursor over the template's characters (grapheme clusters, as swift-mustache reads them).
    struct Scanner {
        let text: String
        var position: String.Index

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        var reachedEnd: Bool { position == text.endIndex }
        /// The current character; NUL at the end, as in swift-mustache.
        var current: Character { reachedEnd ? "\0" : text[position] }

        mutating func advance() { position = text.index(after: position) }

        mutating func read(while accept: (Character) -> Bool) -> Substring {
            let start = position
            while !reachedEnd, accept(text[position]) { advance() }
            return text[start..<position]
        }

        mutating func skip(while accept: (Character) -> Bool) { _ = read(while: accept) }

        /// Reads up to the first character `stop` accepts; throws at the end of the text.
        mutating func read(until stop: (Character) -> Bool) throws -> Substring {
            let start = position
            while !reachedEnd {
                if stop(text[position]) { return text[start..<position] }
                advance()
            }
            position = start
            throw Unsupported()
        }

        /// Consumes `character` if it is next (false at the end).
        mutating func read(_ character: Character) -> Bool {
            guard !reachedEnd, text[position] == character else { return false }
            advance()
            return true
        }

        /// Consumes `string` if it comes next; throws when fewer characters are left
        /// than it has, as swift-mustache does.
        mutating func read(string: String) throws -> Bool {
            let count = string.count
            guard count > 0 else { return true }
            // Limited by the end, not measured to it: the distance to the end walked the rest
            // of the template at every tag, quadratic in its length.
            guard let end = text.index(position, offsetBy: count, limitedBy: text.endIndex) else { throw Unsupported() }
            guard text[position..<end] == string else { return false }
            position = end
            return true
        }

        /// Moves past `string`, matched as swift-mustache matches the end of a comment:
        /// a mismatch restarts the match at the next character without re-reading it.
        mutating func skip(past string: String) -> Bool {
            let target = Array(string)
            guard !target.isEmpty else { return true }
            let start = position
            var matched = 0
            while !reachedEnd {
                if text[position] == target[matched] {
                    matched += 1
                    if matched == target.count {
                        advance()
                        return true
                    }
                } else {
                    matched = 0
                }
                advance()
            }
            position = start
            return false
        }
    }
}
