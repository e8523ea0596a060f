import Yams

/// Composes front matter with the cheapest Yams resolver that gives Yams's own answer.
///
/// pubgen reads no YAML tags; Yams resolves them only to compare mapping keys in its
/// duplicate-key check, where `1` and `"1"` are different keys and `a` and `"a"` the
/// same. Resolving a key runs regular expressions (ICU), which was most of the time
/// Yams spent, so text without a tag (`!…`) is composed first with no rules at all:
/// every key is then a plain string, so keys that the typed rules call equal (same
/// text, same type) are equal here too, and a tree with no duplicates here has none
/// there. Only when that fails is the text composed again with the typed rules, so
/// every error, duplicate keys included, is exactly the one Yams reports with them.
enum KeyTagResolver {
    /// All of the default rules as one: a match means "not a plain string". One
    /// regular-expression match per key instead of up to seven.
    static let combined: Resolver = {
        let patterns = Resolver.default.rules.map { "(?:\($0.pattern))" }
        // swiftlint:disable:next force_try
        return try! Resolver.basic.appending(.int, patterns.joined(separator: "|"))
    }()

    /// The composed document (`nil` when it is empty), or the error Yams reports for it
    /// with resolved tags.
    static func compose(_ yaml: String) throws -> Node? {
        if mayHoldTag(yaml) { return try Yams.compose(yaml: yaml, .default, .default, .utf8) }
        do {
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            return try Yams.compose(yaml: yaml, combined, .default, .utf8)
        }
    }

    /// Whether a `!` stands where a tag could start (after a blank, a line start or a
    /// flow indicator); a `!` inside a word ("Hello!") cannot start one.
    static func mayHoldTag(_ yaml: String) -> Bool {
        var previous = UInt8(ascii: "\n")
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "!") {
                switch previous {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                     UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                    return true
                default: break
                }
            }
            previous = byte
        }
        return false
    }
}
