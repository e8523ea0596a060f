import PubgenDiagnostics
import Testing

@Suite struct DiagnosticFormatterTests {
    static let sample = DiagnosticSet([
        Diagnostic(
            .error, "Duplicate slug \"hello\"", rule: "slug.duplicate",
            at: SourceLocation(path: "content/b.md", line: 3, column: 7),
            notes: [.init("first used here", at: SourceLocation(path: "content/a.md", line: 2, column: 1)),
                    .init("slugs must be unique")],
            fix: "Set `slug:` in the front matter"),
        .warning("Image has no alt text", rule: "image.alt", at: SourceLocation(path: "content/a.md", line: 9, column: 14)),
        .note("Nothing to publish", rule: "site.empty", at: nil),
    ])

    // MARK: text

    @Test func textIsCompilerStyleInReadingOrder() {
        let output = DiagnosticFormatter(style: .text).format(Self.sample)
        #expect(output == """
            note: Nothing to publish [site.empty]
            content/a.md:9:14: warning: Image has no alt text [image.alt]
            content/b.md:3:7: error: Duplicate slug "hello" [slug.duplicate]
            content/a.md:2:1: note: first used here
            note: slugs must be unique

            """)
    }

    @Test func textIsTheDefaultStyleAndUncolored() {
        let formatter = DiagnosticFormatter()
        #expect(formatter.style == .text)
        #expect(!formatter.colored)
        #expect(formatter.format(Self.sample) == DiagnosticFormatter(style: .text, colored: false).format(Self.sample))
    }

    @Test func coloredTextWrapsLocationAndSeverityInANSI() {
        let set = DiagnosticSet([
            .error("E", rule: "r1", at: SourceLocation(path: "a.md", line: 1, column: 2)),
            .warning("W", rule: "r2", at: SourceLocation(path: "b.md", line: 1, column: 1)),
            .note("N", rule: "r3", at: nil),
        ])
        let output = DiagnosticFormatter(style: .text, colored: true).format(set)
        #expect(output == [
            "\u{1B}[1;36mnote\u{1B}[0m: N [r3]\n",
            "\u{1B}[1ma.md:1:2\u{1B}[0m: \u{1B}[1;31merror\u{1B}[0m: E [r1]\n",
            "\u{1B}[1mb.md:1:1\u{1B}[0m: \u{1B}[1;33mwarning\u{1B}[0m: W [r2]\n",
        ].joined())
    }

    @Test func emptySetFormatsAsNothingInTextAndGitHubStyles() {
        #expect(DiagnosticFormatter(style: .text).format(DiagnosticSet()) == "")
        #expect(DiagnosticFormatter(style: .github).format(DiagnosticSet()) == "")
    }

    // MARK: json

    @Test func jsonIsAnArrayOfObjectsInReadingOrder() {
        let output = DiagnosticFormatter(style: .json).format(Self.sample)
        #expect(output == """
            [
              {
                "path": "",
                "line": null,
                "column": null,
                "severity": "note",
                "rule": "site.empty",
                "message": "Nothing to publish"
              },
              {
                "path": "content/a.md",
                "line": 9,
                "column": 14,
                "severity": "warning",
                "rule": "image.alt",
                "message": "Image has no alt text"
              },
              {
                "path": "content/b.md",
                "line": 3,
                "column": 7,
                "severity": "error",
                "rule": "slug.duplicate",
                "message": "Duplicate slug \\"hello\\"",
                "fix": "Set `slug:` in the front matter"
              }
            ]

            """)
    }

    @Test func jsonOfNothingIsAnEmptyArray() {
        #expect(DiagnosticFormatter(style: .json).format(DiagnosticSet()) == "[]\n")
    }

    @Test func jsonEscapesStringsAndIgnoresColor() {
        let set = DiagnosticSet([
            .error("bad <tag> & \"quote\"\nsecond line", rule: "r", at: SourceLocation(path: "dir\\x.md", line: 1, column: 1)),
        ])
        let output = DiagnosticFormatter(style: .json, colored: true).format(set)
        #expect(output.contains(#""path": "dir\\x.md""#))
        #expect(output.contains(#""message": "bad \u003ctag\u003e \u0026 \"quote\"\nsecond line""#))
        #expect(!output.contains("\u{1B}"))
    }

    // MARK: github

    @Test func githubWorkflowCommands() {
        let output = DiagnosticFormatter(style: .github).format(Self.sample)
        #expect(output == """
            ::notice title=site.empty::Nothing to publish [site.empty]
            ::warning file=content/a.md,line=9,col=14,title=image.alt::Image has no alt text [image.alt]
            ::error file=content/b.md,line=3,col=7,title=slug.duplicate::Duplicate slug "hello" [slug.duplicate]

            """)
    }

    @Test func githubEscapesPropertiesAndData() {
        let set = DiagnosticSet([
            .error("100% broken\nsee: here, there", rule: "a:b,c", at: SourceLocation(path: "C:,dir/%.md", line: 2, column: 5)),
        ])
        let output = DiagnosticFormatter(style: .github, colored: true).format(set)
        #expect(output == "::error file=C%3A%2Cdir/%25.md,line=2,col=5,title=a%3Ab%2Cc::100%25 broken%0Asee: here, there [a:b,c]\n")
    }

    @Test func githubEscapesCarriageReturnsIncludingCRLF() {
        // A message read from a Windows file may hold "\r\n"; both bytes must be escaped
        // or the workflow command ends early.
        let set = DiagnosticSet([.error("one\rtwo\r\nthree", rule: "r", at: nil)])
        let output = DiagnosticFormatter(style: .github).format(set)
        #expect(output == "::error title=r::one%0Dtwo%0D%0Athree [r]\n")
    }

    // MARK: summary

    struct SummaryCase: Sendable, CustomTestStringConvertible {
        var errors: Int
        var warnings: Int
        var notes: Int
        var files: Int
        var expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        SummaryCase(errors: 0, warnings: 0, notes: 0, files: 0, expected: "0 errors, 0 warnings in 0 files"),
        SummaryCase(errors: 1, warnings: 1, notes: 0, files: 1, expected: "1 error, 1 warning in 1 file"),
        SummaryCase(errors: 3, warnings: 1, notes: 2, files: 12, expected: "3 errors, 1 warning in 12 files"),
        SummaryCase(errors: 0, warnings: 2, notes: 5, files: 2, expected: "0 errors, 2 warnings in 2 files"),
    ])
    func summary(_ c: SummaryCase) {
        var diagnostics: [Diagnostic] = []
        for i in 0..<c.errors { diagnostics.append(.error("e\(i)", rule: "r", at: nil)) }
        for i in 0..<c.warnings { diagnostics.append(.warning("w\(i)", rule: "r", at: nil)) }
        for i in 0..<c.notes { diagnostics.append(.note("n\(i)", rule: "r", at: nil)) }
        #expect(DiagnosticFormatter.summary(of: DiagnosticSet(diagnostics), fileCount: c.files) == c.expected)
    }

    @Test func summaryCountsEscalatedWarningsAsErrors() {
        let set = DiagnosticSet([.warning("w", rule: "r", at: nil), .error("e", rule: "r", at: nil)])
        #expect(DiagnosticFormatter.summary(of: set.escalatingWarnings(), fileCount: 3) == "2 errors, 0 warnings in 3 files")
    }

    @Test func plural() {
        #expect(DiagnosticFormatter.plural(0, "file") == "0 files")
        #expect(DiagnosticFormatter.plural(1, "file") == "1 file")
        #expect(DiagnosticFormatter.plural(2, "file") == "2 files")
    }

    @Test func styleNamesAreTheCommandLineValues() {
        #expect(DiagnosticFormatter.Style.allCases.map(\.rawValue) == ["text", "json", "github"])
        #expect(DiagnosticFormatter.Style(rawValue: "github") == .github)
        #expect(DiagnosticFormatter.Style(rawValue: "xml") == nil)
    }
}
