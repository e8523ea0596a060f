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

    /// The README's table puts an unsafe output folder under 64: so it is whether the
    /// command line or the folder's contents show it (they gave 1).
    @Test(arguments: ["a file", "a foreign folder", "a link"])
    func anOutputFolderThatCannotBeUsedExitsSixtyFour(_ kind: String) throws {
        let folder = try siteCopy()
        switch kind {
        case "a file": try folder.write("out", "x")
        case "a foreign folder": try folder.write("out/CNAME", "example.org")
        default:
            try FileManager.default.createDirectory(at: folder.appending("real"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.appending("out").path, withDestinationPath: "real")
        }
        let outcome = try PubgenProcess.run(["build", "site/content", "out"], in: folder.url)
        #expect(outcome.status == 64, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("error: refusing to write 'out': "))
    }

    /// An output around the site root contains the content folder; it said static/.
    @Test func anOutputAroundTheSiteNamesTheContentFolder() throws {
        let folder = try siteCopy()
        let outcome = try PubgenProcess.run(["build", "site/content", "site"], in: folder.url)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("the output folder 'site' contains the content folder"))
    }
}
