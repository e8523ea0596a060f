import Foundation
import PubgenCore
import PubgenTestSupport
import PubgenXML
import Testing

/// Builds each whole fixture site and compares every output file with `expected/`.
/// Re-record with `PUBGEN_RECORD=1 swift test --filter Golden`, then `git diff Fixtures`.
struct SiteGoldenTests {
    static let sites = ["site", "jekyll", "zola"]

    @Test(arguments: sites)
    func siteMatchesItsGoldenOutput(_ name: String) async throws {
        let temporary = try TemporaryDirectory("golden")
        let out = temporary.appending("out")
        let report = try await publish(site: Fixtures.url(name), output: out)
        #expect(!report.diagnostics.hasErrors, "\(formatted(report.diagnostics))")
        let differences = Golden.compareTree(out, toFixture: "\(name)/expected", ignoring: OutputWriter.bookkeepingFiles)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func theExampleSiteReportsExactlyTheRecoveredQuoting() async throws {
        let temporary = try TemporaryDirectory("golden")
        let report = try await publish(site: Fixtures.url("site"), output: temporary.appending("out"))
        #expect(formatted(report.diagnostics) == """
            content/why-we-still-write-shell-scripts.md:4:14: warning: apostrophe inside a single-quoted value is not valid YAML; read as "It's easy to mock Bash, but a short and caref…". Write it in double quotes, or double the apostrophe ('') [front-matter.quoting]
            content/why-we-still-write-shell-scripts.md:10:6: warning: apostrophe inside a single-quoted value is not valid YAML; read as "Every writer's toolbox has a few scripts in i…". Write it in double quotes, or double the apostrophe ('') [front-matter.quoting]

            """)
        #expect(report.excluded == [.draft: 1, .future: 1])
    }

    @Test func everyXMLFileIsWellFormed() async throws {
        let temporary = try TemporaryDirectory("golden")
        let out = temporary.appending("out")
        _ = try await publish(site: Fixtures.url("site"), output: out)
        for (path, bytes) in DirectorySnapshot.files(in: out) where path.hasSuffix(".xml") {
            #expect(HTMLInspector.xmlProblems(bytes).isEmpty, "\(path)")
        }
    }

    @Test func parallelAndSerialBuildsAreByteIdentical() async throws {
        let temporary = try TemporaryDirectory("golden")
        var serial = BuildOptions.testing()
        serial.concurrency = 1
        var parallel = BuildOptions.testing()
        parallel.concurrency = 8
        _ = try await publish(site: Fixtures.url("site"), output: temporary.appending("serial"), options: serial)
        _ = try await publish(site: Fixtures.url("site"), output: temporary.appending("parallel"), options: parallel)
        #expect(DirectorySnapshot.files(in: temporary.appending("serial")) == DirectorySnapshot.files(in: temporary.appending("parallel")))
    }
}
