import Foundation
import PubgenTestSupport
import Testing

/// `pubgen build` and `pubgen lint` through the real binary on the Jekyll- and
/// Zola-shaped fixtures: exit 0, nothing on stderr for build, no warning from lint.
struct MigratedSiteCommandTests {
    @Test(arguments: ["jekyll", "zola"])
    func buildAndLintAcceptAMigratedBlogAsItIs(_ fixture: String) throws {
        let folder = try siteCopy(fixture)
        let build = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty)
        #expect(build.stdout.hasPrefix("Built 3 articles into out/"))
        #expect(!build.stdout.contains("warning"))
        let lint = try pubgen("lint", "site/content", in: folder.url)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect((lint.stdout + lint.stderr).contains("0 errors, 0 warnings"))
    }
}
