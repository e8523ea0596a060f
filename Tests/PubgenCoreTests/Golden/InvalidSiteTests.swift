import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// Each `Fixtures/invalid/<case>/` must fail with exactly the diagnostics in its
/// `expected.diagnostics`, and must not write any output.
struct InvalidSiteTests {
    static let cases = Fixtures.folders(in: "invalid")

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) async throws {
        let temporary = try TemporaryDirectory("invalid")
        let out = temporary.appending("out")
        let report = try await publish(site: Fixtures.url("invalid/\(name)"), output: out, baseURL: "https://example.org/")
        #expect(report.diagnostics.hasErrors)
        #expect(!report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let problem = Golden.compare(formatted(report.diagnostics), toFixture: "invalid/\(name)/expected.diagnostics")
        #expect(problem == nil, "\(problem ?? "")")
    }
}
