import Foundation
import PubgenTestSupport
import Testing

struct ExitCodeTests {
    @Test func aCleanBuildExitsZero() throws {
        let folder = try siteCopy()
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 0)
    }

    @Test func contentErrorsExitOne() throws {
        let folder = try siteCopy("invalid/bad-date")
        let outcome = try pubgen("build", "site/content", "out", in: folder.url)
        #expect(outcome.status == 1)
    }

    @Test(arguments: [
        ["build", "missing-folder", "out"],
        ["build", "site/content", "site/content/out"],
        ["build", "site/content", "site"],
        ["build", "site/content", "site/static/site"],
        ["build", "site/content", "site/templates"],
        ["build", "site/content", "out", "--base-url", "example.org"],
        ["build", "--no-such-flag"],
        ["frobnicate"],
    ])
    func usageErrorsExitSixtyFour(_ arguments: [String]) throws {
        let folder = try siteCopy()
        let outcome = try PubgenProcess.run(arguments, in: folder.url)
        #expect(outcome.status == 64, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }
}
