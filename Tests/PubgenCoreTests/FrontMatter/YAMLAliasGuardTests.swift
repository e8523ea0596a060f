import Foundation
import PubgenCore
import PubgenDiagnostics
import Testing

struct YAMLAliasGuardTests {
    func parse(_ yaml: String) -> [Diagnostic] {
        FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!)
            .parse(FrontMatterBlock(yaml: yaml, yamlLineOffset: 1, body: "", bodyLineOffset: 0), path: "a.md").1
    }

    @Test func aBillionLaughsBombIsABoundedErrorAtTheFirstAnchor() {
        var yaml = "title: x\npublish_date: 2025-01-01\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in "bcdefghi" {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = String(name)
        }
        let diagnostics = parse(yaml)
        #expect(diagnostics.map(\.location?.description) == ["a.md:4:4"])
        #expect(diagnostics.first?.message.hasPrefix("YAML anchors and aliases") == true)
    }

    @Test(arguments: [
        "title: Rock & Roll",
        "title: 5 * 3 = 15",
        "title: A&B and C*D",
        "cta: 'a & b, *c*'",
        "cta: \"x: &y\"",
        "tags: [a&b, c]",
        "url: https://example.org/?a=1&b=2",
        "note: x # a &comment",
    ])
    func ampersandsAndStarsInValuesAreFine(_ line: String) {
        #expect(!parse("title: t\npublish_date: 2025-01-01\n" + line.replacingOccurrences(of: "title: ", with: "other: ")).contains { $0.message.contains("anchors") })
    }

    @Test(arguments: ["x: &anchor value", "x: *alias", "tags: [*a]", "list:\n  - &item one", "x: {k: *v}"])
    func anchorsAndAliasesAreRejected(_ line: String) {
        #expect(parse("title: t\npublish_date: 2025-01-01\n" + line).contains { $0.message.contains("anchors") })
    }
}
