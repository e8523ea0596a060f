import Foundation
import PubgenTestSupport
import Testing

/// Ctrl-C or a cancelled CI job in the middle of a build: pubgen used to die at once
/// and leave its staging folder (megabytes of half a site) beside the output.
struct InterruptTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsTheBuildLeavingTheOutputAndNothingElse(_ signal: Int32) throws {
        let folder = try TemporaryDirectory("interrupt")
        try folder.write("content/first.md", "---\ntitle: First\npublish_date: 2025-01-01\n---\n\nThe first article.\n")
        #expect(try pubgen("build", "-q", "content", "out", in: folder.url).status == 0)
        let before = DirectorySnapshot.files(in: folder.appending("out"))
        let body = String(repeating: "A paragraph with *emphasis*, a [link](https://example.org/) and `code`.\n\n", count: 40)
        for number in 1...3_000 {
            try folder.write("content/post-\(number).md", "---\ntitle: Post \(number)\npublish_date: 2025-02-01\n---\n\n\(body)")
        }
        let build = try ServeProcess(["build", "-q", "--clean", "content", "out"], in: folder.url)
        // Signalled once it is writing its staging folder, so there is something to clean up.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, build.process.isRunning, try siblings(of: folder).isEmpty { usleep(2_000) }
        #expect(try !siblings(of: folder).isEmpty, "the build ended before it could be interrupted")
        build.signal(signal)
        let status = build.waitForExit(timeout: 60)
        #expect(status == 128 + signal, "stderr: \(build.stderr)")
        #expect(build.stderr.hasPrefix("error: interrupted (SIG"), "stderr: \(build.stderr)")
        #expect(build.stderr.contains("'out' was not changed"))
        #expect(DirectorySnapshot.files(in: folder.appending("out")) == before)
        #expect(try siblings(of: folder).isEmpty)
    }

    /// Staging and old folders beside `out` (`.out.pubgen-staging-1a2b3c4d`).
    private func siblings(of folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".out.pubgen-") }
    }
}
