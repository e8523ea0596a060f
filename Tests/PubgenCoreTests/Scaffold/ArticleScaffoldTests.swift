import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct ArticleScaffoldTests {
    static let awkwardTitles = [
        "Python: The Unified Force Behind Modern Web Development & Machine Learning",
        "- It's \"quoted\": #hash, 'single' & more",
        "Back\\slash: {{mustache}} [brackets] *stars*",
        "Café Façade — Ångström's 日本語 guide",
        "yes",
        "2025-01-02",
    ]

    @Test(arguments: awkwardTitles)
    func whatNewWritesPassesLintWithNoFindings(_ title: String) async throws {
        let scaffold = ArticleScaffold(title: title, date: "2025-01-02", author: "O'Brien: \"the\" #1")
        let site = try TemporaryDirectory("new")
        try site.write("content/\(scaffold.fileName)", try scaffold.text())
        let report = try await Linter(contentDirectory: site.appending("content"), contentDisplayPath: "content", now: fixedNow).lint()
        #expect(report.diagnostics.isEmpty, "\(formatted(report.diagnostics))")
        let article = try await SiteBuilder(
            contentDirectory: site.appending("content"), contentDisplayPath: "content",
            configuration: SiteConfiguration(), options: .testing(drafts: true)
        ).build().site.articles.first
        #expect(article?.title == title)
        #expect(article?.frontMatter.author == "O'Brien: \"the\" #1")
    }

    @Test func anArchetypeIsRenderedWithoutHTMLEscaping() throws {
        let scaffold = ArticleScaffold(title: "Tom & Jerry's <b>", date: "2025-01-02", author: "")
        let text = try scaffold.text(archetype: "---\ntitle: {{titleQuoted}}\nslug: {{slug}}\n---\n# {{title}} on {{date}}\n")
        #expect(text == "---\ntitle: \"Tom & Jerry's <b>\"\nslug: tom-jerrys-b\n---\n# Tom & Jerry's <b> on 2025-01-02\n")
    }

    @Test func todayIsInTheSiteTimeZone() {
        let instant = Date(timeIntervalSince1970: 1_767_222_000)  // 2025-12-31T23:00:00Z
        #expect(ArticleScaffold.today(in: TimeZone(identifier: "UTC")!, now: instant) == "2025-12-31")
        #expect(ArticleScaffold.today(in: TimeZone(identifier: "Europe/Berlin")!, now: instant) == "2026-01-01")
    }

    @Test(arguments: [
        ("Pasted \u{1B}[1mbold\u{1B}[0m\ttitle\u{7F}", "Pasted bold title"),
        ("\u{1B}]0;window title\u{07}Real title", "Real title"),
        ("\u{1B}]8;;https://example.org\u{1B}\\Link\u{1B}]8;;\u{1B}\\ text", "Link text"),
        ("  line\nbreak\r\n", "line break"),
        ("Café 😀 \"quoted\"", "Café 😀 \"quoted\""),
    ])
    func printableTitlesLoseControlCharactersAndTerminalSequences(_ title: String, _ expected: String) {
        #expect(ArticleScaffold.printableTitle(title) == expected)
    }
}
