import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// Builds the example site with `Fixtures/themes/ledger`, a second theme that overrides
/// every template and the stylesheet, and compares the output with `themes/ledger-expected/`.
/// It shows that a theme restyles every page without touching Swift.
/// Re-record with `PUBGEN_RECORD=1 swift test --filter ThemeGoldenTests`, then `git diff Fixtures`.
struct ThemeGoldenTests {
    static let theme = "themes/ledger"

    static func ledgerOptions() -> BuildOptions {
        var options = BuildOptions.testing()
        options.templatesDirectory = Fixtures.url(theme)
        return options
    }

    @Test func theLedgerThemeBuildMatchesItsGoldenOutput() async throws {
        let temporary = try TemporaryDirectory("theme-golden")
        let out = temporary.appending("out")
        let report = try await publish(site: Fixtures.url("site"), output: out, options: Self.ledgerOptions())
        #expect(!report.diagnostics.hasErrors, "\(formatted(report.diagnostics))")
        let differences = Golden.compareTree(out, toFixture: "themes/ledger-expected", ignoring: OutputWriter.bookkeepingFiles)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// Every template but `section`, which came after the theme was written: a theme
    /// without a template gets the built-in one (see `aThemeWithoutASectionTemplateUsesTheBuiltInOne`).
    static let ledgerTemplateNames = TemplateSet.templateNames.filter { $0 != "section" }

    @Test func theLedgerThemeOverridesEveryTemplateAndTheStylesheet() throws {
        let (templates, diagnostics) = TemplateSet.load(directory: Fixtures.url(Self.theme), displayPath: Self.theme)
        #expect(diagnostics.isEmpty)
        let everything = Self.ledgerTemplateNames.map { "\($0).mustache" } + DefaultTheme.assets.map(\.name)
        #expect(try #require(templates).overridden.sorted() == everything.sorted())
    }

    /// Every page carries the ledger marker and none of the built-in theme's class names
    /// that the ledger theme does not use itself, so no built-in template leaked through.
    @Test func everyLedgerPageIsRenderedByTheLedgerTemplates() async throws {
        let temporary = try TemporaryDirectory("theme-golden")
        let out = temporary.appending("out")
        _ = try await publish(site: Fixtures.url("site"), output: out, options: Self.ledgerOptions())

        let builtInClasses = Set(DefaultTheme.templates.flatMap { Self.classNames(in: $0.text) })
        var ledgerClasses: Set<String> = []
        for name in Self.ledgerTemplateNames {
            ledgerClasses.formUnion(Self.classNames(in: try Fixtures.text("\(Self.theme)/\(name).mustache")))
        }
        let foreign = builtInClasses.subtracting(ledgerClasses)
        #expect(foreign.contains("post-body") && foreign.contains("site-header"), "the built-in markers to look for: \(foreign.sorted())")

        let files = DirectorySnapshot.files(in: out)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count >= 10, "\(pages)")
        for page in pages {
            let html = String(decoding: files[page]!, as: UTF8.self)
            #expect(html.contains("<body class=\"ledger\">"), "\(page) does not use the ledger theme")
            let leaked = Set(Self.classNames(in: html)).intersection(foreign)
            #expect(leaked.isEmpty, "\(page) has built-in theme classes: \(leaked.sorted())")
        }
        let stylesheet = try Data(contentsOf: Fixtures.url("\(Self.theme)/style.css"))
        #expect(files["style.css"] == [UInt8](stylesheet))
    }

    /// The class names of every `class="…"` attribute in `text`.
    static func classNames(in text: String) -> [String] {
        text.matches(of: /class="([^"{}]*)"/).flatMap { $0.output.1.split(separator: " ").map(String.init) }
    }

    /// The ledger theme has no `section.mustache`: section pages use the built-in one,
    /// with the ledger's partials.
    @Test func aThemeWithoutASectionTemplateUsesTheBuiltInOne() async throws {
        let temporary = try TemporaryDirectory("theme-golden")
        let out = temporary.appending("out")
        let report = try await publish(site: Fixtures.url("zola"), output: out, options: Self.ledgerOptions())
        #expect(!report.diagnostics.hasErrors, "\(formatted(report.diagnostics))")
        let page = String(decoding: try Data(contentsOf: out.appendingPathComponent("blog/index.html")), as: UTF8.self)
        #expect(page.contains("<h1>The Blog</h1>"))
        #expect(page.contains("Reading tide tables"))
    }
}
