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
