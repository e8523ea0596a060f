import PubgenTestSupport
import Testing

/// `--help` is part of the interface: its text is kept as a golden file.
struct HelpTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var golden: String
        var testDescription: String { golden }
    }

    @Test(arguments: [
        Case(arguments: ["--help"], golden: "cli/help.txt"),
        Case(arguments: ["build", "--help"], golden: "cli/build-help.txt"),
        Case(arguments: ["lint", "--help"], golden: "cli/lint-help.txt"),
        Case(arguments: ["new", "--help"], golden: "cli/new-help.txt"),
        Case(arguments: ["serve", "--help"], golden: "cli/serve-help.txt"),
    ])
    func helpMatchesItsGolden(_ example: Case) throws {
        let outcome = try PubgenProcess.run(example.arguments, in: Fixtures.root, environment: ["COLUMNS": "100"])
        #expect(outcome.status == 0)
        let problem = Golden.compare(outcome.stdout, toFixture: example.golden)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func versionIsPrinted() throws {
        let outcome = try PubgenProcess.run(["--version"], in: Fixtures.root)
        #expect(outcome.stdout == "0.1.0\n")
    }
}
