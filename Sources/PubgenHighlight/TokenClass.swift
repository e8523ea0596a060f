/// What a run of code is. The raw value is the ASCII letter of its CSS class: a token of
/// class `.keyword` is written as `<span class="hl-k">…</span>`. Short names keep pages small.
enum TokenClass: UInt8, Sendable {
    /// Not wrapped in a span.
    case plain = 0
    case keyword = 0x6B  // k
    /// A type or class name.
    case type = 0x74  // t
    /// Strings of every kind, character literals, regular expressions, heredocs.
    case string = 0x73  // s
    case comment = 0x63  // c
    case number = 0x6E  // n
    /// A literal or built-in constant: `true`, `nil`, `None`, `self`, HTML entities.
    case literal = 0x62  // b
    /// A function name where it is called or defined.
    case function = 0x66  // f
    /// An attribute or key: JSON/YAML/TOML keys, HTML attributes, CSS properties, `@decorators`.
    case attribute = 0x61  // a
    /// An HTML or XML tag name.
    case tag = 0x67  // g
    /// A variable with a sigil: `$x` in shell, SQL parameters, YAML anchors.
    case variable = 0x76  // v
    /// Meta: preprocessor directives, shebangs, doctypes, shell prompts.
    case meta = 0x6D  // m
}
