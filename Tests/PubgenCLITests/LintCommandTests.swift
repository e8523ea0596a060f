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

    /// A site with a broken link in each of two articles, and a clean third.
    func siteWithTwoBrokenArticles() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("lint-files")
        let frontMatter = "---\ntitle: T\ndescription: \"A description that is long enough to be useful in search results.\"\npublish_date: 2025-01-01\n---\n\n"
        try folder.write("content/a.md", frontMatter + "See [b](missing.md).\n")
        try folder.write("content/b.md", frontMatter + "See [x](nothere.md).\n")
        try folder.write("content/c.md", frontMatter + "See [a](a.md).\n")
        return folder
    }

    /// `pubgen lint FILE…` (a pre-commit hook): the site is read whole, and only the
    /// given files' problems count.
    @Test func givenFilesOnlyTheirProblemsAreReported() throws {
        let folder = try siteWithTwoBrokenArticles()
        let whole = try pubgen("lint", in: folder.url)
        #expect(whole.status == 1)
        #expect(whole.stderr.hasSuffix("2 errors, 0 warnings in 3 files\n"))

        let one = try pubgen("lint", "content/a.md", in: folder.url)
        #expect(one.status == 1)
        #expect(one.stderr == """
            content/a.md:7:5: error: link to 'missing.md' leads nowhere: there is no 'missing.md' in the content folder [link.broken]
            1 error, 0 warnings in 1 file

            """)
        // Named another way, with the folder given too (in either order).
        let other = try pubgen("lint", "./content/../content/b.md", "content", in: folder.url)
        #expect(other.status == 1)
        #expect(other.stderr.contains("content/b.md:7:5: error: link to 'nothere.md'"))
        #expect(!other.stderr.contains("content/a.md"))
        // A clean file passes, though its site has errors elsewhere; its link to a.md
        // was checked against the whole site.
        let clean = try pubgen("lint", "content/c.md", in: folder.url)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stderr == "0 errors, 0 warnings in 1 file\n")
    }

    /// The site's own problems (here its configuration) fail every file's lint: they
    /// fail every build.
    @Test func givenFilesTheSitesOwnProblemsAreStillReported() throws {
        let folder = try siteWithTwoBrokenArticles()
        try folder.write("pubgen.yml", "title: [unclosed\n")
        let outcome = try pubgen("lint", "content/c.md", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("pubgen.yml:"))
        #expect(!outcome.stderr.contains("content/a.md"))
    }

    /// A site's own error may sit in the content folder (a bundled file where an output
    /// goes): it fails the build, so it fails any file's lint. Another Markdown file's
    /// findings, even about a link the scan did not follow, stay out.
    @Test func givenFilesOnlyOtherArticlesFindingsAreLeftOut() throws {
        // No article has an error (collisions are checked only then).
        let folder = try TemporaryDirectory("lint-files")
        let frontMatter = "---\ntitle: T\ndescription: \"A description that is long enough to be useful in search results.\"\npublish_date: 2025-01-01\n---\n\n"
        try folder.write("content/a.md", frontMatter + "See [the robots](robots.txt).\n")
        try folder.write("content/c.md", frontMatter + "See [a](a.md).\n")
        try folder.write("content/robots.txt", "User-agent: *\n")
        try folder.write("shared/s.md", "Shared.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.appending("content/s.md").path, withDestinationPath: "../shared/s.md")
        let outcome = try pubgen("lint", "content/c.md", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("content/robots.txt:1:1: error: two files would be written to 'robots.txt'"))
        #expect(!outcome.stderr.contains("content/s.md"))
        #expect(!outcome.stderr.contains("content/a.md"))
        // The link itself, given: it is not followed, and not taken for its target
        // outside the content folder.
        let link = try pubgen("lint", "content/s.md", in: folder.url)
        #expect(link.status == 1)
        #expect(link.stderr.hasSuffix("1 error, 1 warning in 1 file\n"))
        #expect(link.stderr.contains("content/s.md:1:1: warning: symbolic link not followed"))
    }

    @Test func givenFilesFixRepairsOnlyThose() throws {
        let folder = try siteWithTwoBrokenArticles()
        let quoted = "---\ntitle: 'It's here'\ndescription: \"A description that is long enough to be useful in search results.\"\npublish_date: 2025-01-01\n---\n\nText.\n"
        try folder.write("content/d.md", quoted)
        try folder.write("content/e.md", quoted)
        let fix = try pubgen("lint", "--fix", "content/d.md", in: folder.url)
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(try String(contentsOf: folder.appending("content/d.md"), encoding: .utf8).contains("title: \"It's here\""))
        #expect(try String(contentsOf: folder.appending("content/e.md"), encoding: .utf8) == quoted)
    }

    @Test func givenFilesUsageErrorsExitSixtyFour() throws {
        let folder = try siteWithTwoBrokenArticles()
        try folder.write("README.md", "# Read me\n")
        try folder.write("other/x.md", "x\n")
        let outside = try pubgen("lint", "README.md", in: folder.url)
        #expect(outside.status == 64)
        #expect(outside.stderr.contains("'README.md' is not in the content folder 'content'"))
        let missing = try pubgen("lint", "content/z.md", in: folder.url)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("'content/z.md' does not exist"))
        let twoFolders = try pubgen("lint", "content", "other", in: folder.url)
        #expect(twoFolders.status == 64)
        #expect(twoFolders.stderr.contains("give one content folder, not 2 ('content', 'other')"))
        // One folder named twice is one folder.
        #expect(try pubgen("lint", "content", "content/", "content/c.md", in: folder.url).status == 0)
        // From inside the content folder, the file alone does not say where the site is.
        let inside = try pubgen("lint", "c.md", in: folder.appending("content"))
        #expect(inside.status == 64)
        #expect(inside.stderr.contains("there is no folder 'content' here to find 'c.md' in"))
    }
}
