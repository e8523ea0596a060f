import Yams

/// The Yams resolver front matter is composed with.
///
/// pubgen reads no YAML tags; Yams resolves them only to compare mapping keys in its
/// duplicate-key check, where `1` and `"1"` are different keys and `a` and `"a"` the
/// same. Without a tag (`!…`) in the text, a key is either plain or a string, so all
/// that comparison needs is whether a plain key matches any of YAML's typed patterns:
/// one combined pattern answers that with one regular-expression match instead of up
/// to seven per key (tag resolution was most of the time Yams spent). Text that may
/// hold a tag gets the default resolver, so explicit tags compare exactly as before.
enum KeyTagResolver {
    /// All of the default rules as one: a match means "not a plain string".
    static let combined: Resolver = {
        let patterns = Resolver.default.rules.map { "(?:\($0.pattern))" }
        // swiftlint:disable:next force_try
        return try! Resolver.basic.appending(.int, patterns.joined(separator: "|"))
    }()

    static func resolver(for yaml: String) -> Resolver {
        mayHoldTag(yaml) ? .default : combined
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
