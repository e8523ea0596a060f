import Foundation
import PubgenTestSupport
import Testing

struct BuildCommandTests {
    @Test func buildsTheExampleSiteWithASummaryAndOnlyTheExpectedWarnings() throws {
        let folder = try siteCopy()
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Built 5 articles into out/: 18 pages, 13 feeds, 35 files in "))
        #expect(outcome.stdout.hasSuffix(" s; left out 1 draft (--drafts), 1 future-dated (--future); 2 warnings.\n"))
        #expect(!outcome.stdout.contains("\r"), "no progress line when stdout is not a terminal")
        #expect(outcome.stderr.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
            "site/content/why-we-still-write-shell-scripts.md:4",
            "site/content/why-we-still-write-shell-scripts.md:10",
        ])
        let files = DirectorySnapshot.files(in: folder.appending("out"))
        for page in ["index.html", "feed.xml", "style.css", "custom-slug-example/index.html", "cafe-facades-unicode/index.html"] {
            #expect(files[page] != nil, "\(page) missing")
        }
        #expect(files["sqlite-in-production/index.html"] == nil, "drafts are left out")
    }

    @Test func theContentFolderCanBeTheWorkingFolder() throws {
        let folder = try siteCopy()
        let content = folder.appending("site/content")
        let build = try PubgenProcess.run(["build", ".", "../../out"], in: content)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("why-we-still-write-shell-scripts.md:4:14: warning"))
        #expect(try PubgenProcess.run(["lint", "."], in: content).status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.appending("out/index.html").path))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try siteCopy()
        _ = try pubgen("build", "site/content", "one", in: folder.url)
        _ = try pubgen("build", "site/content", "two", in: folder.url)
        let one = DirectorySnapshot.files(in: folder.appending("one"))
        #expect(!one.isEmpty)
        #expect(one == DirectorySnapshot.files(in: folder.appending("two")))
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let folder = try siteCopy()
        #expect(try pubgen("build", "site/content", "out", in: folder.url).status == 0)
        let before = DirectorySnapshot.files(in: folder.appending("out"))
        try folder.write("site/content/broken.md", "---\ntitle: [unclosed\npublish_date: 2025-01-01\n---\nBody\n")
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("site/content/broken.md:3:"))
        #expect(outcome.stderr.contains("Build failed: 1 error, 2 warnings in 8 files; 'out' was not changed."))
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("pubgen-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let folder = try siteCopy()
        try folder.write("out/notes.txt", "mine")
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 64, "an unusable output folder is a usage error")
        #expect(outcome.stderr.contains("error: refusing to write 'out': the folder is not empty and was not created by pubgen"))
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == ["notes.txt": Array("mine".utf8)])
    }

    @Test func strictTurnsWarningsIntoAFailedBuild() throws {
        let folder = try siteCopy()
        let outcome = try pubgen("build", "--strict", "site/content", "out", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("md:4:14: error: apostrophe inside a single-quoted value"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }

    @Test func draftsAndFutureFlagsPublishEverything() throws {
        let folder = try siteCopy()
        let outcome = try pubgen("build", "--drafts", "--future", "-q", "site/content", "out", in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appending("out/sqlite-in-production/index.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appending("out/counting-down-to-2038/index.html").path))
    }

    @Test func withoutABaseURLPagesUseRelativeLinksAndTheBuildWarns() throws {
        let folder = try TemporaryDirectory("cli")
        try folder.write("content/hello.md", "---\ntitle: Hello\npublish_date: 2025-01-01\n---\n\nHi.\n")
        let outcome = try pubgen("build", "content", "out", in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("warning: no base_url set"))
        let page = try String(contentsOf: folder.appending("out/hello/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"../style.css\""))
        #expect(!page.contains("rel=\"canonical\""))
    }

    /// The acceptance case of the build issue: the real-world seed article.
    @Test func theSeedArticleBuildsWithWarningsAtLinesFourAndTen() throws {
        let seed = Fixtures.repositoryRoot.appendingPathComponent("Fixtures/seed/python-web-ml.md")
        let folder = try TemporaryDirectory("seed")
        let text = try String(contentsOf: seed, encoding: .utf8)
        try folder.write("posts/python-web-ml.md", text)
        let outcome = try pubgen("build", "--base-url", "https://example.org/", "posts", "out", in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let warnings = outcome.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.map { $0.split(separator: ":").dropFirst().first } == ["4", "10"])
        let page = try String(contentsOf: folder.appending("out/python-web-ml/index.html"), encoding: .utf8)
        #expect(page.contains("<meta name=\"description\" content=\"Python&#39;s versatility enables both sophisticated web applications"))
        let feed = try String(contentsOf: folder.appending("out/feed.xml"), encoding: .utf8)
        #expect(feed.contains("<description>Python's versatility enables"))
    }

    @Test func customTemplatesReplaceTheTheme() throws {
        let folder = try siteCopy()
        try folder.write("site/templates/footer.mustache", "<footer class=\"mine\">{{site.title}} by me</footer>")
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 0)
        let index = try String(contentsOf: folder.appending("out/index.html"), encoding: .utf8)
        #expect(index.contains("<footer class=\"mine\">Field Notes by me</footer>"))
    }

    @Test func aTemplateErrorNamesTheTemplateFile() throws {
        let folder = try siteCopy("invalid/template-syntax")
        let outcome = try pubgen("build", "--base-url", "https://example.org/", "site/content", "out", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("site/templates/article.mustache:7:"))
    }
}

struct ConcurrentBuildTests {
    /// Two builds into one output at once: both succeed and the output is one of them
    /// whole, also when the first output exists and a rebuild would patch it in place.
    @Test(arguments: [false, true])
    func twoBuildsIntoTheSameOutputBothFinish(afterAFirstBuild: Bool) throws {
        let folder = try siteCopy()
        try folder.write("other/content/only.md", "---\ntitle: Only\npublish_date: 2025-01-01\n---\n\nOnly this.\n")
        if afterAFirstBuild {
            #expect(try pubgen("build", "-q", "site/content", "out", in: folder.url).status == 0)
            // A body edit: the site build patches the output, the other replaces it.
            let file = folder.appending("site/content/designing-json-apis.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "An API is a promise", with: "An API is a contract").write(to: file, atomically: true, encoding: .utf8)
        }
        let first = Process()
        first.executableURL = PubgenProcess.executable
        first.arguments = ["build", "-q", "site/content", "out"]
        first.currentDirectoryURL = folder.url
        first.standardError = FileHandle.nullDevice
        let second = Process()
        second.executableURL = PubgenProcess.executable
        second.arguments = ["build", "-q", "--base-url", "https://example.org/", "other/content", "out"]
        second.currentDirectoryURL = folder.url
        try first.run()
        try second.run()
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        let files = DirectorySnapshot.files(in: folder.appending("out"))
        let isSite = files["custom-slug-example/index.html"] != nil && files["only/index.html"] == nil
        let isOther = files["only/index.html"] != nil && files["custom-slug-example/index.html"] == nil
        #expect(isSite != isOther, "the output is exactly one of the two builds")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("pubgen-staging") || $0.contains("pubgen-old") }
        #expect(leftovers.isEmpty)
    }
}
