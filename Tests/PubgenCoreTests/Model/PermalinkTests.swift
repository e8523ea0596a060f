import Foundation
import PubgenCore
import Testing

/// Content-chosen URL paths: expansion of patterns, and refusal of anything unsafe.
struct PermalinkTests {
    let date = try! PublicationDate.parse("2023-04-05", zone: TimeZone(identifier: "UTC")!).get()

    @Test func expandsTokens() throws {
        let pattern = try PermalinkPattern.parse("/:year/:month/:day/:slug/").get()
        #expect(pattern.expand(date: date, slug: "hello", section: "", categories: []) == "/2023/04/05/hello/")
        let sectioned = try PermalinkPattern.parse("/:section/:title/").get()
        #expect(sectioned.expand(date: date, slug: "hello", section: "news", categories: []) == "/news/hello/")
        #expect(sectioned.expand(date: date, slug: "hello", section: "", categories: []) == "/hello/")
    }

    @Test func jekyllsNamedPatternsAndEmptyCategories() throws {
        let pattern = try PermalinkPattern.parse("date").get()
        #expect(pattern.expand(date: date, slug: "hi", section: "", categories: ["Web Dev", "tools"]) == "/web-dev/tools/2023/04/05/hi.html")
        #expect(pattern.expand(date: date, slug: "hi", section: "", categories: []) == "/2023/04/05/hi.html")
    }

    @Test func unknownTokensAreRefused() {
        guard case let .failure(problem) = PermalinkPattern.parse("/:year/:slugg/") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.reason.contains(":slugg"))
    }

    @Test func folderAndFilePaths() throws {
        let folder = try Permalink.check("/2019/old-post/").get()
        #expect(folder.outputFile == "2019/old-post/index.html")
        #expect(folder.folderPath == "2019/old-post")
        let file = try Permalink.check("2019/old-post.html").get()
        #expect(file.isFile)
        #expect(file.outputFile == "2019/old-post.html")
        #expect(file.folderPath == "2019/old-post")
    }

    @Test(arguments: [
        "../escape", "/a/../../etc/passwd", "a/./b", "/", "", "https://evil.example/x", "//evil.example/x",
        "a%2Fb", "a%2f..%2fb", "a\\b", "a\u{0}b", "a%00b", ".git/config", "a b", "a?b", "a#b", "café",
    ])
    func unsafePathsAreRefused(_ path: String) {
        guard case .failure = Permalink.check(path) else {
            Issue.record("'\(path)' was accepted")
            return
        }
    }
}
