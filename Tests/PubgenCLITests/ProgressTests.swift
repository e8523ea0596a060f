import Foundation
import PubgenTestSupport
import Testing

/// The progress line appears only on a terminal; `script` gives the binary one.
struct ProgressTests {
    @Test func aTerminalGetsAnUpdatingLineAndThenTheSummary() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try siteCopy()
        let command = "\(PubgenProcess.executable.path) build --clean site/content out"
        let outcome = try PubgenProcess.run([], in: folder.url, launching: "/usr/bin/script", arguments: ["-qec", command, "/dev/null"])
        #expect(outcome.status == 0)
        // The line is cleared before the summary, whether or not a tick happened.
        #expect(outcome.stdout.contains("\r\u{1B}[2K"))
        #expect(outcome.stdout.contains("Built 5 articles into out/"))
    }

    @Test func quietPrintsNothing() throws {
        let folder = try siteCopy()
        let outcome = try pubgen("build", "--quiet", "site/content", "out", in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
    }
}
