import PubgenTestSupport
import Testing

/// The executable runs on mimalloc (linked in `Sources/pubgen`); glibc's malloc cost a
/// fifth of a large build. mimalloc announces itself when `MIMALLOC_VERBOSE` is set, so a
/// binary that lost the library (a changed link order, `--as-needed`) fails here.
struct AllocatorTests {
    @Test func theBinaryAllocatesWithMimalloc() throws {
        let outcome = try PubgenProcess.run(["--version"], in: Fixtures.root, environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "0.1.0\n")
        #expect(outcome.stderr.contains("mimalloc: process init"), "stderr: \(outcome.stderr)")
    }
}
