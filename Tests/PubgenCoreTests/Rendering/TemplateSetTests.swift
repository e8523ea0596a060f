import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

struct TemplateSetTests {
    @Test func theBuiltInThemeLoads() throws {
        let (templates, diagnostics) = TemplateSet.load(directory: nil, displayPath: "templates")
        #expect(diagnostics.isEmpty)
        #expect(try #require(templates).assets.map(\.path) == ["style.css"])
    }

    @Test func aTemplateErrorIsReportedAtItsLineAndColumn() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("index.mustache", "<ul>\n{{#articles}}\n  <li>{{title}}</li>\n{{/article}}\n</ul>\n")
        let (templates, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        #expect(templates == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.path == "templates/index.mustache")
        #expect(diagnostics.first?.location?.line == 4)
        #expect(diagnostics.first?.message == "template does not parse: a section is closed with a different name than it was opened with")
    }

    @Test func anUnclosedSectionIsReportedAtTheTagThatOpensIt() throws {
        // swift-mustache notices at the end of the file; the writer needs the opening tag.
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", "<footer>{{#site}}{{#author}}by {{.}}{{/author}}\n  {{^ draft }}oops</footer>\n")
        let (templates, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        #expect(templates == nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "templates/footer.mustache:2:3 template does not parse: the section '{{^ draft }}' is never closed"
        ])
        #expect(MustacheTags.unclosedSection(in: "{{#a}}\n{{#b}}{{/b}}")?.line == 1)
        // Windows line endings: "\r\n" is one Character, and counted no line at all.
        let crlf = MustacheTags.unclosedSection(in: "<p>\r\n<p>\r\n  {{#site}}\r\nx\r\n")
        #expect(crlf.map { "\($0.line):\($0.column)" } == "3:3")
        #expect(MustacheTags.unclosedSection(in: "{{=<% %>=}}<%#a%>") == nil)
    }

    /// A partial that includes itself, directly or through others, recursed until the
    /// stack overflowed: build and serve died with a segmentation fault.
    @Test func partialsThatIncludeEachOtherAreAnErrorAtTheTag() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("head.mustache", "<meta>\n{{#site}}x{{> head}}{{/site}}\n")
        try folder.write("header.mustache", "<header>{{> footer}}</header>")
        try folder.write("footer.mustache", "<footer>\n  {{>header}}</footer>")
        let (templates, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        #expect(templates == nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "templates/head.mustache:2:11 template does not parse: the partial '{{> head}}' includes the template it is in, which would never end",
            "templates/footer.mustache:2:3 template does not parse: the partial '{{>header}}' closes a loop of templates including each other (header → footer → header), which would never end",
        ])
    }

    /// Templates of the user's own (a sidebar) were never loaded: `{{> sidebar}}`
    /// rendered nothing, with no word.
    @Test func theUsersOwnPartialsAreIncludedByName() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", "<footer>{{> sidebar}}</footer>")
        try folder.write("sidebar.mustache", "<aside>{{site.title}}</aside>")
        let (loaded, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        let templates = try #require(loaded)
        #expect(diagnostics.isEmpty)
        #expect(templates.render("footer", ["site": ["title": "T"]]) == "<footer><aside>T</aside></footer>")
        #expect(templates.renderWithMustache("footer", ["site": ["title": "T"]]) == "<footer><aside>T</aside></footer>")
        // An edit to the partial changes what every page depends on.
        try folder.write("sidebar.mustache", "<aside>{{site.title}}!</aside>")
        #expect(TemplateSet.load(directory: folder.url, displayPath: "templates").0?.fingerprint != templates.fingerprint)
    }

    @Test func aPartialThatNamesNoTemplateIsAnErrorAtTheTag() throws {
        let folder = try TemporaryDirectory("templates")
        // `heade` is as near to `head` as to `header`: the first by name, every time.
        try folder.write("footer.mustache", "<footer>\n  {{> sidebr}}{{>*dynamic}}{{> heade}}</footer>")
        try folder.write("sidebar.mustache", "<aside></aside>")
        let (templates, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        #expect(templates == nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.severity) \($0.message)" } == [
            "templates/footer.mustache:2:3 error the partial '{{> sidebr}}' names no template; did you mean 'sidebar'?",
            "templates/footer.mustache:2:28 error the partial '{{> heade}}' names no template; did you mean 'head'?",
            "templates/sidebar.mustache:1:1 warning no template includes 'sidebar', and it is not one of the theme's (head, header, footer, article, index, pagination, tags, tag, section, 404)",
        ])
    }

    /// A misspelt override was never used, silently.
    @Test func aTemplateNothingUsesIsAWarningThatNamesTheNearestOne() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("artcle.mustache", "<title>MINE</title>")
        try folder.write("layout.mustache", "<main>{{$body}}{{/body}}</main>")
        try folder.write("index.mustache", "{{<layout}}{{$body}}list{{/body}}{{/layout}}")
        let (templates, diagnostics) = TemplateSet.load(directory: folder.url, displayPath: "templates")
        #expect(templates != nil)
        #expect(diagnostics.map { "\($0.location?.description ?? "-") \($0.rule ?? "") \($0.message)" } == [
            "templates/artcle.mustache:1:1 template.unused no template includes 'artcle', and it is not one of the theme's (head, header, footer, article, index, pagination, tags, tag, section, 404); did you mean 'article.mustache'?"
        ])
    }

    @Test func aUserTemplateReplacesTheBuiltInOne() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", "<footer>custom {{site.title}}</footer>")
        try folder.write("style.css", "body{}")
        let templates = try #require(TemplateSet.load(directory: folder.url, displayPath: "templates").0)
        #expect(templates.render("footer", ["site": ["title": "T"]]) == "<footer>custom T</footer>")
        #expect(templates.assets.first?.bytes == Array("body{}".utf8))
        #expect(templates.overridden.sorted() == ["footer.mustache", "style.css"])
    }
}
