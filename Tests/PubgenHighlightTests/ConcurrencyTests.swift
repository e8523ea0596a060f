import PubgenHighlight
import PubgenTestSupport
import Testing

/// The highlighter has no shared mutable state (its tables are immutable `static let`s), so
/// parallel use gives exactly what serial use gives.
@Suite struct ConcurrencyTests {
    @Test func parallelHighlightingMatchesSerial() async throws {
        let inputs = try HighlightGoldenTests.sources.map { file in
            (try Fixtures.text("\(HighlightGoldenTests.folder)/\(file)"), HighlightGoldenTests.language(of: file))
        }
        let highlighter = SyntaxHighlighter()
        let serial = inputs.map { highlighter.highlight($0.0, language: $0.1) }
        let parallel = await withTaskGroup(of: (Int, String?).self) { group in
            for _ in 0..<8 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, highlighter.highlight(input.0, language: input.1)) }
                }
            }
            var results: [(Int, String?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == inputs.count * 8)
        for (index, html) in parallel { #expect(html == serial[index]) }
    }
}
