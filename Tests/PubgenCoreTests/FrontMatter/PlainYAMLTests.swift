import PubgenDiagnostics
@testable import PubgenCore
import PubgenTestSupport
import Testing
import Yams

/// `PlainYAML` reads a subset of YAML without Yams; whatever it accepts, it must read
/// exactly as Yams does: the same texts, styles, lines and columns.
@Suite struct PlainYAMLTests {
    static let position = YAMLPosition(path: "a.md", lineOffset: 1)

    static func describe(_ node: FrontMatterNode) -> String {
        switch node {
        case let .scalar(text, plain, at): "\(text.debugDescription)\(plain ? "" : "/quoted")@\(at)"
        case let .list(items, at): "[" + items.map(describe).joined(separator: ", ") + "]@\(at)"
        case let .map(entries, at):
            "{" + entries.map { "\($0.key)@\($0.keyLocation): " + describe($0.value) }.joined(separator: ", ") + "}@\(at)"
        }
    }

    /// What the Yams path makes of `yaml`, as `FrontMatterParser` used it before.
    static func viaYams(_ yaml: String) -> String {
        guard let node = try? KeyTagResolver.compose(yaml) else { return "not read" }
        return describe(position.frontMatterNode(node))
    }

    static func viaPlain(_ yaml: String) -> String? {
        PlainYAML.parse(yaml, position: position).map(describe)
    }

    /// libyaml looks for a key's `:` within 1,024 characters of its start only.
    @Test func aKeyOfMoreThan1024CharactersIsLeftToYams() throws {
        let longest = String(repeating: "k", count: 1_024) + ": a\n"
        #expect(try #require(Self.viaPlain(longest)) == Self.viaYams(longest))
        for yaml in [String(repeating: "k", count: 1_025) + ": a\n", "title: a\n" + String(repeating: "k", count: 1_100) + ": b\n"] {
            #expect(Self.viaPlain(yaml) == nil)
            #expect(Self.viaYams(yaml) == "not read")
        }
    }

    @Test func readsATypicalArticleAsYamsDoes() throws {
        let yaml = """
            title: "Job Chart Layer Batch Ångström Even 1"
            subtitle: "Graph folder string 🚀 partition"
            description: "You some 日本語 option 한국어 token."
            read_time: '4 mins'
            date: 2018-04-18
            heroImage: 'https://images.example.org/post-00001/hero-73.jpg'
            draft: false
            note: It's C# at 10:30, naïve ünïcödé
            quote: 'Don''t say ''never'''
            path: 'C:\\temp\\x'
            tags:
              - machine-learning
              - "api"
            aliases:
            - /old/
            - 'x y'

            cta: Try it.

            """
        let plain = try #require(Self.viaPlain(yaml))
        #expect(plain == Self.viaYams(yaml))
    }

    @Test(arguments: [
        "# comment\ntitle: a\n", "title: a # comment\n", "title: a\n  continued\n", "title: |\n  block\n",
        "title: >\n  folded\n", "title: \"a\\\"b\"\n", "title: 'It\\'s'\n", "title: 'it's'\n", "title: 'a''\n", "title: 'a'' \n", "title: [a, b]\n",
        "title: {a: 1}\n", "title: a\ntitle: b\n", "title: &x a\nother: *x\n", "title: !!str 1\n", "x:\n  a: 1\n",
        "title:\tx\n", "title: a\r\n", "\u{FEFF}title: a\n", "title: a\u{2028}b\n", "title: a\u{85}b\n", "title: a: b\n",
        "title:\n", "title: \n", "", "\n\n", "- a\n- b\n", "tags:\n  - a\n   - b\n", "tags:\n  - a\n  x\n", "---\ntitle: a\n",
        "title: a\n- b\n", "tags:\n  - - a\n", "tags:\n  -\n", "title: 'a' \n", "title: \"a\"b\n", "title: @a\n", "title: `a`\n",
        "title: %a\n", "title: a:\n", "title:a\n", "'quoted key': a\n", "key with space: a\n", "title: a \n", "  title: a\n",
    ])
    func leavesEverythingElseToYams(_ yaml: String) {
        #expect(Self.viaPlain(yaml) == nil, "\(yaml.debugDescription) should go to Yams")
    }

    /// Thousands of documents built from lines in and out of the subset: each one read
    /// either as Yams reads it or not at all, and most of the in-subset ones read.
    @Test func agreesWithYamsOnGeneratedDocuments() {
        var random = SplitMix64(seed: 0x5EED)
        let keys = ["title", "date", "tags", "a", "_x", "x-y", "1", "2025", "true", "null", "Title", "ok_1"]
        let values = [
            "a", "Hello, world", "It's fine", "C# and F#", "10:30", "https://x.org/a?b=c#d", "naïve ünïcödé 日本語 🚀",
            "\"quoted\"", "'single'", "\"with 'inner'\"", "'with \"inner\"'", "\"\"", "''", "true", "~", "null", "12",
            "0x1F", "2025-01-01", "-5", "- a", "a: b", "a #b", "a#b", "[a]", "{a}", "a]", "\"a\\nb\"", "'it''s'", "''''", "''''''", "'a''b''c'", "'''a'''", "'a\\b'", "'a'''", "'a' 'b'", "x ",
            "  padded", "a\tb", "*a", "&a", "!a", "|", ">", "?", ":", "%", "@", "`", "\"open", "'open", "a\u{85}b",
        ]
        var accepted = 0
        for _ in 0..<8_000 {
            var lines: [String] = []
            for _ in 0..<random.below(6) + 1 {
                let key = keys[random.below(keys.count)]
                switch random.below(10) {
                case 0:
                    lines.append("")
                case 1, 2:
                    let indentation = String(repeating: " ", count: random.below(3) * 2)
                    lines.append("\(key):")
                    for _ in 0..<random.below(4) {
                        lines.append("\(indentation)-\(String(repeating: " ", count: random.below(2) + 1))\(values[random.below(values.count)])")
                    }
                default:
                    lines.append("\(key):\(String(repeating: " ", count: random.below(3)))\(values[random.below(values.count)])")
                }
            }
            let yaml = lines.joined(separator: "\n") + (random.below(4) == 0 ? "" : "\n")
            guard let plain = Self.viaPlain(yaml) else { continue }
            accepted += 1
            #expect(plain == Self.viaYams(yaml), "\(yaml.debugDescription)")
        }
        #expect(accepted > 400)
    }
}
