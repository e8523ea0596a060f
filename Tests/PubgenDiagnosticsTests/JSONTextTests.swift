import PubgenDiagnostics
import Testing

@Suite struct JSONTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        Case(input: "", expected: #""""#),
        Case(input: "plain text", expected: #""plain text""#),
        Case(input: #"say "hi""#, expected: #""say \"hi\"""#),
        Case(input: #"C:\dir"#, expected: #""C:\\dir""#),
        Case(input: "a\nb\rc\td", expected: #""a\nb\rc\td""#),
        Case(input: "\u{0}\u{1}\u{1F}", expected: #""\u0000\u0001\u001f""#),
        Case(input: "</script>", expected: #""\u003c/script\u003e""#),
        Case(input: "a & b", expected: #""a \u0026 b""#),
        Case(input: "line\u{2028}para\u{2029}", expected: #""line\u2028para\u2029""#),
        Case(input: "café 日本 😀", expected: "\"café 日本 😀\""),
        Case(input: "/ and \u{7F}", expected: "\"/ and \\u007f\""),
    ])
    func quote(_ c: Case) {
        #expect(JSONText.quote(c.input) == c.expected)
    }

    @Test func crlfIsEscapedAsTwoCharacters() {
        // "\r\n" is one Character in Swift; quoting works on scalars, so both appear.
        #expect(JSONText.quote("a\r\nb") == #""a\r\nb""#)
    }
}

@Suite struct JSONTextControlTests {
    @Test func deleteAndC1ControlsAreEscapedSinceHTMLForbidsThemRawInAScript() {
        #expect(JSONText.quote("a\u{7F}b\u{85}c\u{0}") == "\"a\\u007fb\\u0085c\\u0000\"")
    }

    /// The rule scalar by scalar, as `quote` was first written; the byte loop must agree.
    static func quotedByScalars(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", _ where scalar.properties.generalCategory == .control:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    @Test func everyScalarOfTheFirstPlanesIsQuotedAsTheScalarRuleDoes() {
        for value in Array(0..<0xD800) + Array(0xE000..<0x10000) + [0x1F600, 0x10FFFF] {
            let text = "é\(Character(Unicode.Scalar(UInt32(value))!))z"
            #expect(JSONText.quote(text) == Self.quotedByScalars(text), "U+\(String(value, radix: 16))")
        }
    }

    /// Escaped characters followed by combining marks: the runs between escapes are
    /// slices of the text, which must start and end on the escapes' scalars, not on
    /// whole characters.
    @Test func escapesFollowedByCombiningMarksAreQuotedAsTheScalarRuleDoes() {
        for special in ["<", "&", "\"", "\\", "\n", "\r\n", "\u{7}", "\u{7F}", "\u{85}", "\u{2028}", "é", "a"] {
            for mark in ["\u{301}", "\u{20DD}", "\u{FE0F}", ""] {
                let text = "x" + special + mark + "y" + special
                #expect(JSONText.quote(text) == Self.quotedByScalars(text), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("", ""),
        ("{}", "{}"),
        (#"{"a":"<p>x & y</p>"}"#, #"{"a":"\u003cp\u003ex \u0026 y\u003c/p\u003e"}"#),
        ("<<>>&&", #"\u003c\u003c\u003e\u003e\u0026\u0026"#),
        (#"["café <日本> 😀"]"#, #"["café \u003c日本\u003e 😀"]"#),
    ])
    func escapingMarkup(_ json: String, _ expected: String) {
        // Contiguous bytes (the feed hands over `Data`) and others give the same.
        #expect(String(decoding: JSONText.escapingMarkup(Array(json.utf8)), as: UTF8.self) == expected)
        #expect(String(decoding: JSONText.escapingMarkup(json.utf8.lazy.map { $0 }), as: UTF8.self) == expected)
    }
}

