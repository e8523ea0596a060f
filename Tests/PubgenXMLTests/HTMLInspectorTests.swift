import PubgenXML
import Testing

@Suite struct HTMLInspectorTests {
    typealias Reference = HTMLOutline.Reference

    static func describe(_ references: [Reference]) -> [String] {
        references.map { "\($0.line) \($0.kind == .href ? "href" : "src") \($0.value)" }
    }

    static func describe(_ issues: [HTMLOutline.Issue]) -> [String] {
        issues.map { "\($0.line) \($0.isError ? "error" : "warning"): \($0.message)" }
    }

    // MARK: ids and references

    @Test func collectsIdsHrefsAndSrcsWithLines() {
        let outline = HTMLInspector.inspect("""
            <h2 id="intro">Intro</h2>
            <p>See <a href="#intro">above</a> and
            <a href="/other/#part" id="back">other</a>.</p>
            <img src="/img/a.png" alt="">
            <link href="style.css" rel="stylesheet"><script src="app.js"></script>
            """)
        #expect(outline.issues.isEmpty)
        #expect(outline.ids == ["intro", "back"])
        #expect(Self.describe(outline.references) == [
            "2 href #intro",
            "3 href /other/#part",
            "4 src /img/a.png",
            "5 href style.css",
            "5 src app.js",
        ])
    }

    @Test func attributeNamesAreCaseInsensitiveAndEntitiesDecoded() {
        let outline = HTMLInspector.inspect("<A HREF=\"x?a=1&amp;b=2\" ID=\"Ünï\">l</A>\n<IMG SRC='s.png'>\n")
        #expect(outline.ids == ["Ünï"])
        #expect(Self.describe(outline.references) == ["1 href x?a=1&b=2", "2 src s.png"])
    }

    @Test func emptyValuesAreReported() {
        let outline = HTMLInspector.inspect("<p id=\"\">x</p><a href=\"\">e</a><a name=\"n\">no href</a>")
        #expect(outline.ids == [""])
        #expect(Self.describe(outline.references) == ["1 href "])
    }

    @Test func nestedElementsAreWalkedInDocumentOrder() {
        let outline = HTMLInspector.inspect("<div id=\"a\"><ul><li id=\"b\"><a href=\"1\">x</a></li></ul></div>\n<p id=\"c\"><a href=\"2\">y</a></p>")
        #expect(outline.ids == ["a", "b", "c"])
        #expect(outline.references.map(\.value) == ["1", "2"])
    }

    @Test func fullDocumentIsInspected() {
        let outline = HTMLInspector.inspect("""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>T</title><link rel="alternate" href="/feed.xml"></head>
            <body id="top">
            <p><a href="#top">Top</a></p>
            </body>
            </html>
            """)
        #expect(outline.issues.isEmpty)
        #expect(outline.ids == ["top"])
        #expect(Self.describe(outline.references) == ["3 href /feed.xml", "5 href #top"])
    }

    // MARK: issues

    @Test func brokenHTMLIsReportedWithLines() {
        let outline = HTMLInspector.inspect("""
            <div>
            <p>unclosed
            </span>
            <bogus>x</bogus>
            <a href="x" id='y' HREF=z>link</a>
            </div>
            """)
        #expect(Self.describe(outline.issues) == [
            "3 error: Unexpected end tag : span",
            "4 error: Tag bogus invalid",
            "5 error: Attribute href redefined",
        ])
        // What could be parsed is still collected.
        #expect(outline.ids == ["y"])
        #expect(Self.describe(outline.references) == ["5 href x"])
    }

    @Test func mismatchedTagsAreReported() {
        let outline = HTMLInspector.inspect("<p>ok</p>\n\n<p>é <b>bold</p>\n")
        #expect(Self.describe(outline.issues) == ["3 error: Opening and ending tag mismatch: p and b"])
    }

    @Test func strayEndTagIsReported() {
        #expect(Self.describe(HTMLInspector.inspect("<p>x</p></p>\n").issues) == ["1 error: Unexpected end tag : p"])
    }

    @Test func badAttributeSyntaxIsReported() {
        let issues = HTMLInspector.inspect("<p>\n<a href='x' <b>").issues
        #expect(Self.describe(issues) == ["2 error: error parsing attribute name"])
    }

    @Test func emptyInputIsReported() {
        let outline = HTMLInspector.inspect("")
        #expect(Self.describe(outline.issues) == ["1 error: Document is empty"])
        #expect(outline.ids.isEmpty && outline.references.isEmpty)
    }

    @Test func validHTML4ImpliedEndTagsAreNotIssues() {
        #expect(HTMLInspector.inspect("<p>one\n<p>two\n<ul><li>a<li>b</ul>\n<div><p>x</div>").issues.isEmpty)
    }

    @Test func messagesCarryNoTrailingNewline() {
        let issues = HTMLInspector.inspect("<p>x</p></p>\n</div>\n").issues
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { !$0.message.hasSuffix("\n") && !$0.message.isEmpty })
    }

    @Test func inspectionsDoNotLeakIntoEachOther() {
        _ = HTMLInspector.inspect("<p>x</p></p>")
        let clean = HTMLInspector.inspect("<p id=\"a\">x</p>")
        #expect(clean.issues.isEmpty)
        #expect(clean.ids == ["a"])
    }

    @Test func validHTML5ElementsAreNotIssues() {
        // pubgen's own pages use these: the footnotes <section>, and <main>, <article>,
        // <nav>, <header>, <footer>, <time> in the theme. Valid HTML must not be reported.
        let outline = HTMLInspector.inspect("""
            <header><nav><a href="/">Home</a></nav></header>
            <main>
            <article>
            <p><time datetime="2024-01-02">2 January</time></p>
            <figure><img src="a.png" alt=""><figcaption>Caption</figcaption></figure>
            <section class="footnotes" data-footnotes aria-labelledby="footnotes-label">
            <h2 id="footnotes-label" class="visually-hidden">Footnotes</h2>
            </section>
            </article>
            </main>
            <footer></footer>
            """)
        #expect(Self.describe(outline.issues) == [])
        #expect(outline.ids == ["footnotes-label"])
    }

    // MARK: xmlProblems

    @Test func wellFormedXMLHasNoProblems() {
        #expect(HTMLInspector.xmlProblems(Array("<?xml version=\"1.0\"?>\n<a x=\"1\"><b/>t</a>\n".utf8)) == [])
    }

    @Test func malformedXMLProblemsHaveLinesAndMessages() {
        let problems = HTMLInspector.xmlProblems(Array("<a>\n<b>\n</a>".utf8))
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.isError })
        #expect(problems.first?.message == "Opening and ending tag mismatch: b line 2 and a")
        #expect(problems.first?.line == 3)
    }

    @Test func forbiddenCharactersAreNotWellFormed() {
        let problems = HTMLInspector.xmlProblems(Array("<a>\u{1}</a>".utf8))
        #expect(Self.describe(problems) == ["1 error: PCDATA invalid Char value 1"])
    }

    @Test func unescapedAmpersandIsNotWellFormed() {
        #expect(!HTMLInspector.xmlProblems(Array("<a>Tom & Jerry</a>".utf8)).isEmpty)
    }

    @Test func emptyDocumentIsNotWellFormed() {
        #expect(Self.describe(HTMLInspector.xmlProblems([])) == ["1 error: Document is empty"])
    }
}
