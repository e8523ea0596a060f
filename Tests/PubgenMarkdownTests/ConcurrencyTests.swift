import PubgenMarkdown
import Testing

/// cmark-gfm toggles a process-global special-character table while it parses with
/// extensions attached, so parallel parses without pubgen's lock produce wrong HTML.
/// Rendering the same documents in parallel must give exactly what a serial run gives.
@Suite struct ConcurrencyTests {
    static let documentCount = 200

    /// Document `n`: a different mix of every extension's special characters
    /// (`|` tables, `~` strikethrough, `www.`/`@`/`:` autolinks, `[ ]` task lists, `[^` footnotes).
    static func document(_ n: Int) -> String {
        var parts = ["# Document \(n) -- \"quoted\"\n"]
        if n % 2 == 0 {
            parts.append("| col \(n) | ~~old~~ | www.n\(n).example |\n|:--|:-:|--:|\n| a\\|b | *x* | `c` |\n| \(n) | me\(n)@example.com | ~z~ |\n")
        }
        if n % 3 == 0 {
            parts.append("- [x] done \(n)\n- [ ] todo ~~struck~~ https://t\(n).example/path?q=\(n)\n  - [ ] nested\n")
        }
        if n % 5 == 0 {
            parts.append("Claim[^a\(n)] and another[^b].\n\n[^a\(n)]: Footnote with www.fn\(n).example.\n[^b]: Second ~~one~~.\n")
        }
        if n % 7 == 0 {
            parts.append("```swift\nlet x = \"|~~~|\" // \(n) www.code.example\n```\n")
        }
        if n % 4 == 1 {
            parts.append("Café 日本 \(n): [link](page\(n).md) ![img \(n)](i\(n).png) <b>raw</b> ~~del~~ it's --- done...\n")
        }
        // Bare links in every other document: the rest are parsed without the autolink extension.
        parts.append("Paragraph \(n) with ~~strike~~, **strong**" + (n % 2 == 0 ? ", www.p\(n).example and user@p\(n).example" : "") + ".\n")
        if n % 11 == 0 {
            parts.append("> | q |\n> |---|\n> | ~quoted~ |\n")
        }
        return parts.joined(separator: "\n")
    }

    static let documents: [String] = (0..<documentCount).map(document)

    static func renderer(for index: Int) -> MarkdownRenderer {
        MarkdownRenderer(options: MarkdownOptions(smartPunctuation: index % 2 == 0, unsafeHTML: index % 3 == 0))
    }

    static func renderSerially() -> [RenderedMarkdown] {
        documents.indices.map { renderer(for: $0).render(documents[$0], path: "doc\($0).md", lineOffset: $0 % 4) }
    }

    static func renderInParallel(tasks: Int) async -> [RenderedMarkdown?] {
        await withTaskGroup(of: [(Int, RenderedMarkdown)].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    stride(from: task, to: documents.count, by: tasks).map { index in
                        (index, renderer(for: index).render(documents[index], path: "doc\(index).md", lineOffset: index % 4))
                    }
                }
            }
            var results = [RenderedMarkdown?](repeating: nil, count: documents.count)
            for await batch in group {
                for (index, rendered) in batch { results[index] = rendered }
            }
            return results
        }
    }

    @Test func documentsExerciseEveryExtension() {
        let html = Self.renderSerially().map(\.html).joined()
        #expect(html.contains("<table tabindex=\"0\">"))
        #expect(html.contains("<del>"))
        #expect(html.contains("<a href=\"http://www."))
        #expect(html.contains("<a href=\"mailto:"))
        #expect(html.contains("aria-label=\"Done\""))
        #expect(html.contains("aria-label=\"Not done\""))
        #expect(html.contains("id=\"footnotes-label\""))
        #expect(html.contains("class=\"language-swift\""))
        #expect(Set(Self.documents).count == Self.documentCount)
    }

    @Test(arguments: [4, 8, 16])
    func parallelRenderingMatchesSerial(tasks: Int) async {
        let serial = Self.renderSerially()
        for round in 1...3 {
            let parallel = await Self.renderInParallel(tasks: tasks)
            #expect(parallel.count == serial.count)
            let mismatches = serial.indices.filter { parallel[$0] != serial[$0] }
            #expect(mismatches.isEmpty, "round \(round): documents \(mismatches.prefix(10)) differ")
        }
    }

    @Test func serialRenderingIsDeterministic() {
        #expect(Self.renderSerially() == Self.renderSerially())
    }
}
