import Foundation
import PubgenTestSupport
import Testing

/// Every input `make fuzz` found a crash with (`Fuzz/regressions/`), built and linted
/// as an article by the real binary: content errors are fine, a crash is not.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func buildsAndLintsWithoutCrashing(_ name: String) throws {
        let folder = try TemporaryDirectory("fuzz-regression")
        let input = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Fuzz/regressions/\(name)"))
        try folder.write("content/input.md", bytes: [UInt8](input))
        for command in [["build", "--base-url", "https://example.org/", "content", "out"], ["lint", "content"]] {
            let outcome = try PubgenProcess.run(command, in: folder.url, timeout: 120)
            #expect([0, 1].contains(outcome.status), "\(command[0]) \(name) ended with \(outcome.status): \(outcome.stderr.suffix(500))")
            #expect(!outcome.stderr.contains("Assertion") && !outcome.stderr.contains("crashed"), "\(outcome.stderr.suffix(500))")
        }
    }
}
