import Foundation
import PubgenHighlight
import PubgenTestSupport
import Testing

/// Goldens: `Fixtures/highlight/<language>.<ext>` (real code in each language) highlighted as
/// `<language>` must equal `<language>.html`. Record with `PUBGEN_RECORD=1`, then read each
/// golden and check the classes by eye.
@Suite struct HighlightGoldenTests {
    static let folder = "highlight"

    /// Every source file in the fixture folder (not the `.html` goldens; HTML's source is `html.htm`).
    static let sources: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
        return names.filter { !$0.hasSuffix(".html") && !$0.hasPrefix(".") }.sorted()
    }()

    static func language(of file: String) -> String { String(file.prefix { $0 != "." }) }

    @Test func everyRequiredLanguageHasAFixture() {
        let languages = Set(Self.sources.map(Self.language))
        let required = [
            "python", "javascript", "typescript", "swift", "rust", "go", "c", "cpp", "java", "shell", "sql",
            "json", "yaml", "toml", "html", "xml", "css", "kotlin", "console",
        ]
        for language in required { #expect(languages.contains(language), "no fixture for \(language)") }
    }

    @Test(arguments: sources)
    func golden(_ file: String) throws {
        let language = Self.language(of: file)
        let code = try Fixtures.text("\(Self.folder)/\(file)")
        let html = try #require(SyntaxHighlighter().highlight(code, language: language))
        if let problem = Golden.compare(html, toFixture: "\(Self.folder)/\(language).html") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: sources)
    func fixtureRoundTripsAndSpansAreWellFormed(_ file: String) throws {
        let code = try Fixtures.text("\(Self.folder)/\(file)")
        let html = try #require(SyntaxHighlighter().highlight(code, language: Self.language(of: file)))
        let spans = HTMLSpans(html)
        #expect(spans.problems.isEmpty, "\(spans.problems)")
        #expect(spans.text == code)
        #expect(spans.runs.count > 8, "a real snippet has many tokens")
    }

    @Test func everyGoldenHasItsSource() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url(Self.folder).path)
        let languages = Set(Self.sources.map(Self.language))
        let orphans = names.filter { $0.hasSuffix(".html") && !languages.contains(String($0.dropLast(5))) }
        #expect(orphans.isEmpty)
    }
}
