/// The table that drives `CodeLexer` for one language: which words are special, how comments
/// and strings are delimited, and which of the lexer's optional rules apply.
struct LanguageDefinition: Sendable {
    /// Optional lexer rules, each specific to a few languages.
    struct Features: OptionSet, Sendable {
        let rawValue: UInt32
        /// `$x`, `${x}`, `$1`, `$?` are variables; `$'…'` is a string.
        static let shellVariables = Features(rawValue: 1 << 0)
        /// `<<EOF` … `EOF` (also `<<-`, quoted delimiters): the body is a string.
        static let heredocs = Features(rawValue: 1 << 1)
        /// A `#` starts a comment only at the start of a word (`a#b` and `${#a}` are not comments).
        static let hashCommentsAtWordStart = Features(rawValue: 1 << 2)
        /// `NAME=value`: the name is a variable.
        static let assignments = Features(rawValue: 1 << 3)
        /// `#include`, `#define`… at the start of a line are meta; `<header.h>` after `#include` is a string.
        static let preprocessor = Features(rawValue: 1 << 4)
        /// `#[derive(Debug)]` and `#![allow(x)]` are attributes; `r"…"`, `r#"…"#`, `br"…"` are raw strings.
        static let rustAttributesAndRawStrings = Features(rawValue: 1 << 5)
        /// `'a'`, `'\n'`, `b'x'` are characters; `'a` and `'static` are lifetimes (types).
        static let rustCharactersAndLifetimes = Features(rawValue: 1 << 6)
        /// `#"…"#` and `#"""…"""#` are raw strings; `#if`, `#available`, `#Preview` are meta.
        static let swiftPound = Features(rawValue: 1 << 7)
        /// `R"delimiter(…)delimiter"` is a raw string.
        static let cppRawStrings = Features(rawValue: 1 << 8)
        /// `@name` and `@a.b` are attributes (decorators, annotations).
        static let decorators = Features(rawValue: 1 << 9)
        /// `/…/flags` after an operator or keyword is a regular expression (a string).
        static let regexLiterals = Features(rawValue: 1 << 10)
        /// `name!(…)` calls a macro: `name!` is a function.
        static let macroBang = Features(rawValue: 1 << 11)
        /// A string followed by `:` is a key (an attribute).
        static let jsonKeys = Features(rawValue: 1 << 12)
        /// `$1` and `@name` are parameters (variables); `$$…$$` and `$tag$…$tag$` are strings.
        static let sqlParametersAndDollarQuotes = Features(rawValue: 1 << 13)
        /// `1'000'000`: a quote between digits separates them (C++14).
        static let quoteDigitSeparators = Features(rawValue: 1 << 14)
    }

    var words: WordTable
    /// Markers that start a comment running to the end of the line: `//`, `#`, `--`.
    var lineComments: [[UInt8]]
    /// Block comment delimiters, such as `/*` and `*/`, and whether they nest.
    var blockComment: (open: [UInt8], close: [UInt8], nests: Bool)?
    /// String forms in the order they are tried (so `"""` comes before `"`).
    var strings: [StringRule]
    /// Identifiers that, right before a quote, belong to the string: Python's `f` and `rb`, C's `L` and `u8`.
    var stringPrefixes: [[UInt8]]
    /// A byte that may start or continue identifiers besides letters, digits and `_` (`$` in JavaScript).
    var identifierExtra: UInt8
    /// A byte that may continue identifiers (`-` in shell: `apt-get`, `--dry-run`).
    var identifierContinuation: UInt8
    /// Whether `CamelCase` names (an upper-case letter first, a lower-case letter later) are types.
    var capitalizedAreTypes: Bool
    var features: Features
    /// The bytes that may start a comment, a string or a feature's token.
    let triggers: ByteSet

    init(
        words: WordTable, lineComments: [String] = [], blockComment: (String, String, nests: Bool)? = nil,
        strings: [StringRule] = [], stringPrefixes: String = "", identifierExtra: Character? = nil,
        identifierContinuation: Character? = nil, capitalizedAreTypes: Bool = false, features: Features = []
    ) {
        self.words = words
        self.lineComments = lineComments.map { Array($0.utf8) }
        self.blockComment = blockComment.map { (Array($0.0.utf8), Array($0.1.utf8), $0.nests) }
        self.strings = strings
        self.stringPrefixes = stringPrefixes.split(separator: " ").map { Array($0.lowercased().utf8) }
        self.identifierExtra = identifierExtra?.asciiValue ?? 0
        self.identifierContinuation = identifierContinuation?.asciiValue ?? self.identifierExtra
        self.capitalizedAreTypes = capitalizedAreTypes
        self.features = features
        var triggers = ByteSet(self.lineComments.map { $0[0] } + strings.map { $0.open[0] })
        if let open = self.blockComment?.open.first { triggers.insert(open) }
        let featureBytes: [(Features, Character)] = [
            (.shellVariables, "$"), (.heredocs, "<"), (.preprocessor, "#"), (.rustAttributesAndRawStrings, "#"),
            (.rustCharactersAndLifetimes, "'"), (.swiftPound, "#"), (.decorators, "@"), (.regexLiterals, "/"),
            (.sqlParametersAndDollarQuotes, "$"), (.sqlParametersAndDollarQuotes, "@"),
        ]
        for (feature, byte) in featureBytes where features.contains(feature) { triggers.insert(byte.asciiValue!) }
        self.triggers = triggers
    }
}

/// One form of string literal.
struct StringRule: Sendable {
    var open: [UInt8]
    var close: [UInt8]
    /// The escape byte (`\`), or 0 when escapes do not exist (shell `'…'`, SQL).
    var escape: UInt8
    var multiline: Bool
    /// An interpolation opener, such as `${` or `\(`, whose last byte nests until its partner
    /// (`}` or `)`) closes it; the string cannot end inside it.
    var interpolation: [UInt8]?
    /// `$x` inside the string is written as a variable (shell double quotes).
    var shellVariables: Bool
    /// `.string`, or `.plain` for quoted identifiers (SQL `"name"`), which are skipped whole.
    var cls: TokenClass

    init(
        _ open: String, _ close: String? = nil, escape: Bool = true, multiline: Bool = false,
        interpolation: String? = nil, shellVariables: Bool = false, cls: TokenClass = .string
    ) {
        self.open = Array(open.utf8)
        self.close = Array((close ?? open).utf8)
        self.escape = escape ? 0x5C : 0
        self.multiline = multiline
        self.interpolation = interpolation.map { Array($0.utf8) }
        self.shellVariables = shellVariables
        self.cls = cls
    }

    /// The byte that closes an interpolation: `}` for `${`, `)` for `\(`.
    var interpolationCloser: UInt8 { interpolation?.last == 0x28 ? 0x29 : 0x7D }
}
