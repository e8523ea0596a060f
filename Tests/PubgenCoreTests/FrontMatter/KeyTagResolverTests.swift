@testable import PubgenCore
import Testing
import Yams

/// `KeyTagResolver.compose` composes without tag rules first; it must give exactly what
/// Yams gives with its default rules: the same tree, or the same error.
@Suite struct KeyTagResolverTests {
    /// The outcome as text: the scalars with their style and mark, or the error.
    static func outcome(_ compose: () throws -> Node?) -> String {
        do {
            guard let node = try compose() else { return "nil" }
            return describe(node)
        } catch {
            return "error: \(error)"
        }
    }

    static func describe(_ node: Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? ""
        switch node {
        case let .scalar(scalar): return "\(scalar.string.debugDescription)/\(scalar.style)\(mark)"
        case let .sequence(items): return "[" + items.map(describe).joined(separator: ", ") + "]\(mark)"
        case let .mapping(pairs): return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}\(mark)"
        case .alias: return "alias"
        }
    }

    @Test(arguments: [
        "title: a\npublish_date: 2025-01-01\n",
        "",
        "# only a comment\n",
        "title: a\ntitle: b\n",                  // a duplicate
        "1: a\n\"1\": b\n",                        // an int and a string: different keys
        "a: 1\n\"a\": 2\n",                        // a plain and a quoted string: the same key
        "true: x\n'true': y\nyes: z\n",
        "null: a\n~: b\n",                         // two nulls: the same key
        "1: a\n01: b\n0x1: c\n",
        "2025-01-01: a\n'2025-01-01': b\n",
        "x:\n  a: 1\n  b: 2\n  a: 3\n",           // a duplicate in a nested mapping
        "x: [a, a]\ny: {k: 1, k: 2}\n",
        "? [a]\n: 1\n? [a]\n: 2\n",                // equal sequences as keys
        "? {a: 1}\n: x\n? {a: '1'}\n: y\n",        // mappings whose values differ in type only
        "title: 'broken\n",                        // a syntax error
        "a: b: c\n",
        "tags: [x, y\n",
        "title: !!str 1\n1: a\n",                  // a tag: composed with the default rules
        "k: !!int 1\n!!int 1: a\n1: b\n",
    ])
    func composesAsTheDefaultRulesDo(_ yaml: String) {
        let expected = Self.outcome { try Yams.compose(yaml: yaml, .default, .default, .utf8) }
        #expect(Self.outcome { try KeyTagResolver.compose(yaml) } == expected)
    }
}
