import Foundation
import PubgenCore
import PubgenTestSupport
import Testing

/// The compiled renderer must give swift-mustache's bytes for every template it takes:
/// the built-in theme, the bundled example theme, and thousands of generated templates
/// that put every tag kind at the start, middle and end of lines.
struct CompiledTemplateTests {
    /// A view with every kind of value, including ones templates misuse.
    static let view: TemplateObject = [
        "a": "A <&> \"'",
        "b": "",
        "flag": true,
        "off": false,
        "zero": 0,
        "empty": [],
        "list": [["a": "x", "b": "y"], ["a": "z"], "s", true, 7],
        "obj": ["a": "inner", "list": ["1", "2"], "obj": ["a": "deep"]],
        "html": "<b>bold</b>",
        "control": "bell\u{7}tab\there",
    ]

    @Test func theBuiltInThemeIsCompiled() throws {
        let templates = try #require(TemplateSet.load(directory: nil, displayPath: "templates").0)
        let compiled = templates.compiled != nil
        #expect(compiled)
    }

    @Test func theLedgerThemeIsCompiledAndRendersAsWithSwiftMustache() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Fixtures/themes/ledger").standardizedFileURL
        let templates = try #require(TemplateSet.load(directory: folder, displayPath: "ledger").0)
        let compiled = templates.compiled != nil
        #expect(compiled)
        for name in TemplateSet.templateNames {
            #expect(templates.render(name, Self.view) == templates.renderWithMustache(name, Self.view))
        }
    }

    @Test(arguments: [
        "{{<header}}{{$title}}Mine{{/title}}{{/header}}",  // inheritance
        "{{reversed(obj.list)}}",  // printed as a ReversedCollection
        "{{>*a}}",  // a dynamic partial
    ])
    func swiftMustacheExtensionsFallBackToSwiftMustache(footer: String) throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", footer)
        let templates = try #require(TemplateSet.load(directory: folder.url, displayPath: "templates").0)
        let compiled = templates.compiled != nil
        #expect(!compiled)
        #expect(templates.render("footer", Self.view) == templates.renderWithMustache("footer", Self.view))
    }

    /// A string held as UTF-8 (an article's body) prints as the same string would, in
    /// every escaping, through transforms and sections, compiled or not.
    @Test func utf8ValuesRenderAsTheirString() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", """
            {{x}}|{{{x}}}|{{&x}}|{{uppercased(x)}}|{{empty(x)}}|{{#x}}[{{.}}]{{/x}}|{{^x}}none{{/x}}|{{#empty(e)}}E{{/empty(e)}}|\
            {{%CONTENT_TYPE:TEXT}}{{x}}
            """)
        try folder.write("head.mustache", "{{%CONTENT_TYPE:PUBGEN_HTML}}{{x}}|{{{x}}}")
        let templates = try #require(TemplateSet.load(directory: folder.url, displayPath: "templates").0)
        let compiled = templates.compiled != nil
        #expect(compiled)
        let text = "<b>é</b> & \"q\" bell\u{7}"
        let asString: TemplateObject = ["x": .string(text), "e": .string("")]
        let asUTF8: TemplateObject = ["x": .utf8(Array(text.utf8)), "e": .utf8([])]
        for name in ["footer", "head"] {
            let expected = templates.renderWithMustache(name, asString)
            #expect(templates.render(name, asString) == expected)
            #expect(templates.render(name, asUTF8) == expected)
            #expect(templates.renderWithMustache(name, asUTF8) == expected)
        }
    }

    @Test func transformsAndListPositionsAreCompiled() throws {
        let folder = try TemporaryDirectory("templates")
        try folder.write("footer.mustache", "{{#obj.list}}{{.}}{{^last()}}, {{/last()}}{{/obj.list}} {{uppercased(a)}} {{count(list)}}")
        let templates = try #require(TemplateSet.load(directory: folder.url, displayPath: "templates").0)
        let compiled = templates.compiled != nil
        #expect(compiled)
        #expect(templates.render("footer", Self.view) == "1, 2 A &lt;&amp;&gt; &quot;&#39; 5")
    }

    @Test(arguments: 0..<8)
    func generatedTemplatesRenderAsWithSwiftMustache(batch: Int) throws {
        var generator = TemplateGenerator(seed: UInt64(batch) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let folder = try TemporaryDirectory("generated")
        var compared = 0
        for _ in 0..<250 {
            // `article` includes `head`, which includes `footer`: partials at any depth.
            let texts = [
                "article": generator.template(partials: ["head", "footer", "missing"]),
                "head": generator.template(partials: ["footer"]),
                "footer": generator.template(partials: []),
            ]
            for (name, text) in texts { try folder.write("\(name).mustache", text) }
            guard let templates = TemplateSet.load(directory: folder.url, displayPath: "t").0 else { continue }
            let compiled = templates.render("article", Self.view)
            let reference = templates.renderWithMustache("article", Self.view)
            let isCompiled = templates.compiled != nil
            #expect(isCompiled, "not compiled: \(texts)")
            #expect(compiled == reference, "templates: \(texts)")
            if compiled != reference { return }
            compared += 1
        }
        #expect(compared > 200)
    }
}

/// Random well-nested templates over the tags the compiled renderer handles, with
/// whitespace and newlines around them so that standalone-line rules are exercised.
struct TemplateGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func pick<T>(_ options: [T]) -> T { options[Int(next() % UInt64(options.count))] }

    static let names = ["a", "b", "flag", "off", "zero", "empty", "list", "obj", "obj.a", "obj.list", "obj.obj.a",
                        ".", ".a", "missing", "html", "control", "list.a", "a.b",
                        "first(list)", "last(list)", "count(list)", "empty(empty)", "uppercased(a)", "capitalized(obj.a)",
                        "lowercased(html)", "plusone(zero)", "even(zero)", "odd(count(list))", "index()", "first()",
                        "last()", "odd()", "plusone(index())", "sorted(list)", "first(reversed(list))", "unknown(a)",
                        "first(.)", "count(obj)", "empty(b)"]
    /// For sections only: swift-mustache prints a reversed list (or pushes an empty
    /// one in an inverted section) in a way the compiled renderer leaves to it.
    static let sectionNames = names + ["reversed(list)", "reversed(empty)", "reversed(a)"]
    static let texts = ["x", "y z", " ", "  ", "\t", "\n", "\n", "\r\n", "{", "}", "a{b", "é", "<&>", "😀"]

    mutating func template(partials: [String]) -> String {
        var output = ""
        var delimiters = ("{{", "}}")
        body(depth: 0, partials: partials, delimiters: &delimiters, into: &output)
        return output
    }

    private mutating func body(depth: Int, partials: [String], delimiters: inout (String, String), into output: inout String) {
        for _ in 0..<Int(next() % 7) {
            let (open, close) = delimiters
            switch next() % 16 {
            case 0...4: output += pick(Self.texts)
            case 5: output += "\(open)\(pick(Self.names))\(close)"
            case 6: output += "\(open) \(pick(Self.names)) \(close)"
            case 7: output += open == "{{" ? "{{{\(pick(Self.names))}}}" : "\(open)&\(pick(Self.names))\(close)"
            case 8: output += "\(open)& \(pick(Self.names))\(close)"
            case 9: output += "\(open)! a comment \(close)"
            case 10, 11:
                guard depth < 3 else { continue }
                let kind = pick(["#", "^"])
                let name = kind == "#" ? pick(Self.sectionNames) : pick(Self.names)
                output += pick(["", "  ", "\n", "\n  "]) + "\(open)\(kind)\(name)\(close)" + pick(["", "\n", " \n", "x"])
                // The body keeps the delimiters it was opened with, so a change inside a
                // section must not outlive it.
                var inner = delimiters
                body(depth: depth + 1, partials: partials, delimiters: &inner, into: &output)
                let (innerOpen, innerClose) = inner
                output += pick(["", "  ", "\n", "\n\t"]) + "\(innerOpen)/\(name)\(innerClose)" + pick(["", "\n", "  \n", "y"])
            case 12:
                guard let partial = partials.isEmpty ? nil : pick(partials) else { continue }
                output += pick(["", "  ", "\n", "\n  ", "\n\t"]) + "\(open)> \(partial)\(close)" + pick(["", "\n", "x\n"])
            case 13:
                output += pick(["", "\n"]) + "\(open)=<% %>=\(close)" + pick(["", "\n"])
                delimiters = ("<%", "%>")
            case 14:
                output += pick(["", "\n", "  "]) + "\(open)%CONTENT_TYPE: \(pick(["TEXT", "HTML", "PUBGEN_HTML"]))\(close)" + pick(["", "\n"])
            default:
                output += pick(["\n", " \n", "\t\n", "\r\n"])
            }
        }
    }
}
