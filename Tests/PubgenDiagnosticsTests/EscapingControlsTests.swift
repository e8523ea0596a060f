import PubgenDiagnostics
import Testing

@Suite struct EscapingControlsTests {
    @Test func controlCharactersAreSpelledOutSoADiagnosticStaysOneLine() {
        #expect("a\tb\nc\rd\u{1}e\u{1B}[31m\u{85}".escapingControls == "a\\tb\\nc\\rd\\u{1}e\\u{1B}[31m\\u{85}")
        #expect("plain ünïcödé".escapingControls == "plain ünïcödé")
    }

    @Test func theTextFormatEscapesMessagesAndPaths() {
        let diagnostic = Diagnostic.warning("link to 'jav\nascript:x'", rule: "r", at: SourceLocation(path: "a\u{1B}.md", line: 1, column: 2))
        let text = DiagnosticFormatter(style: .text, colored: false).format(DiagnosticSet([diagnostic]))
        #expect(text.hasPrefix("a\\u{1B}.md:1:2: warning: link to 'jav\\nascript:x' [r]\n"))
    }
}
