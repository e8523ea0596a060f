import Foundation
import PubgenMarkdown
import PubgenTestSupport
import Testing

/// Renderer goldens: `Fixtures/markdown/<case>.md` rendered with the default options must
/// equal `<case>.html`. Record with `PUBGEN_RECORD=1`, then review the `.html` by eye.
@Suite struct MarkdownGoldenTests {
    static let folder = "markdown"

    /// Every `<case>.md` in the fixture folder, so adding a file adds a test case.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.cases.count >= 8, "Fixtures/markdown holds \(Self.cases)")
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let markdown = try Fixtures.text("\(Self.folder)/\(name).md")
        let rendered = MarkdownRenderer().render(markdown, path: "\(name).md")
        if let problem = Golden.compare(rendered.html, toFixture: "\(Self.folder)/\(name).html") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func everyGoldenHasItsSource() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url(Self.folder).path)
        let orphans = names.filter { $0.hasSuffix(".html") && !Self.cases.contains(String($0.dropLast(5))) }
        #expect(orphans.isEmpty)
    }
}
