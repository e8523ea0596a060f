import PubgenXML
import Testing

@Suite struct XMLWriterTests {
    static func output(indented: Bool = false, _ build: (borrowing XMLWriter) throws -> Void) throws -> String {
        let writer = try XMLWriter(indented: indented)
        try build(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func compactDocument() throws {
        let xml = try Self.output { w in
            try w.element("root", attributes: ["a": "1", "b": "two"]) {
                try w.element("child", text: "x")
                try w.element("empty")
            }
        }
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root a=\"1\" b=\"two\"><child>x</child><empty/></root>\n")
    }

    @Test func indentedDocumentUsesTwoSpaces() throws {
        let xml = try Self.output(indented: true) { w in
            try w.element("a") { try w.element("b") { try w.element("c", text: "t") } }
        }
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b>\n    <c>t</c>\n  </b>\n</a>\n")
    }

    @Test func attributesAreEscaped() throws {
        let xml = try Self.output { w in try w.element("e", attributes: ["v": "a\"b<c>d&e'f"]) }
        #expect(xml.contains(#"<e v="a&quot;b&lt;c&gt;d&amp;e'f"/>"#))
        #expect(HTMLInspector.xmlProblems(Array(xml.utf8)).isEmpty)
    }

    @Test func textIsEscaped() throws {
        let xml = try Self.output { w in try w.element("e", text: "<b> & </b>") }
        #expect(xml.contains("<e>&lt;b&gt; &amp; &lt;/b&gt;</e>"))
    }

    @Test func cdataSplitsEveryEndMarker() throws {
        let xml = try Self.output { w in try w.element("e") { try w.cdata("1]]>2]]>3") } }
        #expect(xml.contains("<e><![CDATA[1]]]]><![CDATA[>2]]]]><![CDATA[>3]]></e>"))
        #expect(HTMLInspector.xmlProblems(Array(xml.utf8)).isEmpty)
    }

    /// Runs of brackets around the end marker, at either end and in the middle, read
    /// back by an XML parser as the very text written.
    @Test(arguments: ["]]>", "]]]>", "]]]]>>", "a]]", "]", "]]", "]>", "x]]>", "]]>y", "]]>]]>", "a]b]]c>d]]>e", "]]]"])
    func cdataRoundTripsBrackets(text: String) throws {
        let xml = try Self.output { w in try w.element("e") { try w.cdata(text) } }
        #expect(HTMLInspector.xmlProblems(Array(xml.utf8)).isEmpty)
        let reader = XMLTextReader.read(Array(xml.utf8))
        #expect(reader.error == nil)
        #expect(reader.texts["e"] == [text])
    }

    @Test func textAndAttributesAreSanitized() throws {
        let xml = try Self.output { w in
            try w.element("e", attributes: ["v": "x\u{1}y"]) { try w.text("a\u{FFFF}b"); try w.cdata("c\u{B}d") }
        }
        #expect(xml.contains("<e v=\"xy\">ab<![CDATA[cd]]></e>"))
        #expect(HTMLInspector.xmlProblems(Array(xml.utf8)).isEmpty)
    }

    @Test func errorsInBodyPropagate() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try Self.output { w in try w.element("a") { throw Stop() } }
        }
    }
}
