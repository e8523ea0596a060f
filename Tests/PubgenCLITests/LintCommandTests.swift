import Foundation
import PubgenTestSupport
import Testing

struct LintCommandTests {
    struct Format: Sendable, CustomTestStringConvertible {
        var name: String
        /// Text goes to stderr like a compiler's; json and github go to stdout for tools.
        var onStandardError: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Format(name: "text", onStandardError: true),
        Format(name: "json", onStandardError: false),
        Format(name: "github", onStandardError: false),
    ])
    func eachFormatMatchesItsGolden(_ format: Format) throws {
        let outcome = try PubgenProcess.run(["lint", "--format", format.name, "content"], in: Fixtures.url("lint"))
        #expect(outcome.status == 1)
        let problem = Golden.compare(format.onStandardError ? outcome.stderr : outcome.stdout, toFixture: "lint/expected.\(format.name)")
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// libxml2 initialises itself lazily, and two threads doing it at once deadlocked
    /// (lint inspects pages in parallel); each run is a fresh process, so repeat it.
    @Test func lintNeverHangsInLibxml2Initialisation() throws {
        for _ in 0..<8 {
            let outcome = try PubgenProcess.run(["lint", "--format", "json", "content"], in: Fixtures.url("lint"), timeout: 30)
            #expect(outcome.status == 1, "killed by the watchdog: \(outcome.status)")
        }
    }

    @Test func lintWritesNothing() throws {
        let folder = try siteCopy("lint")
        let before = DirectorySnapshot.files(in: folder.url)
        _ = try pubgen("lint", "site/content", in: folder.url)
        #expect(DirectorySnapshot.files(in: folder.url) == before)
    }

    @Test func aCleanFolderExitsZeroAndStrictFailsOnWarnings() throws {
        let folder = try TemporaryDirectory("lint")
        try folder.write("content/a.md", "---\ntitle: A\ndescription: \"A description that is long enough to be useful in search results.\"\npublish_date: 2025-01-01\n---\n\n![](https://example.org/x.png)\n")
        let normal = try pubgen("lint", in: folder.url)
        #expect(normal.status == 0)
        #expect(normal.stderr.hasSuffix("0 errors, 1 warning in 1 file\n"))
        let strict = try pubgen("lint", "--strict", in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": error: image 'https://example.org/x.png' has no alt text"))
    }

    /// lint passed sites whose build then failed: a broken template, a static file where
    /// a page goes. It checks what build checks, so a CI gate on lint holds at deploy.
    @Test func failsOnTheTemplateAndOutputErrorsBuildFailsOn() throws {
        let folder = try TemporaryDirectory("lint")
        try folder.write("content/a.md", "---\ntitle: A\ndescription: \"A description that is long enough to be useful in search results.\"\npublish_date: 2025-01-01\n---\n\nText.\n")
        #expect(try pubgen("lint", in: folder.url).status == 0)
        try folder.write("static/index.html", "<h1>x</h1>\n")
        let collision = try pubgen("lint", in: folder.url)
        #expect(collision.status == 1)
        #expect(collision.stderr.hasPrefix("static/index.html:1:1: error: two files would be written to 'index.html'"))
        #expect(collision.stderr.contains("[output.collision]"))
        try FileManager.default.removeItem(at: folder.appending("static/index.html"))
        try folder.write("templates/footer.mustache", "<footer>{{#site}}oops</footer>\n")
        let template = try pubgen("lint", in: folder.url)
        #expect(template.status == 1)
        #expect(template.stderr.hasPrefix("templates/footer.mustache:1:9: error: template does not parse: the section '{{#site}}' is never closed [template.syntax]"))
    }

    @Test func neverColouredWithNoColorOrWithoutATerminal() throws {
        let outcome = try PubgenProcess.run(["lint", "content"], in: Fixtures.url("lint"), environment: ["NO_COLOR": "1"])
        #expect(!outcome.stderr.contains("\u{1B}["))
        let forced = try PubgenProcess.run(["lint", "--color", "always", "content"], in: Fixtures.url("lint"))
        #expect(forced.stderr.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    /// The acceptance case of the lint issue, on the real seed article.
    @Test func theSeedArticleIsFixedInPlaceChangingOnlyThreeLines() throws {
        let seed = Fixtures.repositoryRoot.appendingPathComponent("Fixtures/seed/python-web-ml.md")
        let original = try String(contentsOf: seed, encoding: .utf8)
        let folder = try TemporaryDirectory("seed")
        try folder.write("content/python-web-ml.md", original)

        let first = try pubgen("lint", in: folder.url)
        #expect(first.status == 1)
        let errors = first.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.split(separator: ":")[1] }
        #expect(errors == ["4", "10", "19"])
        #expect(first.stderr.contains("content/python-web-ml.md:19:272: error: mojibake: 'â€“' is '–'"))

        let fix = try pubgen("lint", "--fix", in: folder.url)
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stdout.split(separator: "\n").count == 3)
        #expect(try pubgen("lint", in: folder.url).status == 0)

        let fixed = try String(contentsOf: folder.appending("content/python-web-ml.md"), encoding: .utf8)
        #expect(fixed.contains("isn't coincidental – it's"))
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = fixed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
        #expect(changed == [4, 10, 19])
    }

    @Test func usageErrorsExitSixtyFour() throws {
        let folder = try TemporaryDirectory("lint")
        #expect(try pubgen("lint", "missing", in: folder.url).status == 64)
        #expect(try pubgen("lint", "--format", "xml", in: folder.url).status == 64)
    }
}
