import Foundation
@testable import PubgenCore
import Testing

/// `trimmingBlanks` answers visible-ASCII ends itself; it must equal Foundation's trimming everywhere.
@Suite struct TrimmingBlanksTests {
    @Test(arguments: [
        "", "a", "title", " a", "a ", "\ta\t", "\na\n", "a\r\n", " \t ", "\n", "  x y  ",
        "café", "é", " é ", "日本語", "🚀", "x🚀", "🚀x", "Zürich ", "\u{00A0}a\u{00A0}", "a\u{3000}", "\u{2028}a",
        "a\u{0085}", "\u{200B}a\u{200B}", "e\u{0301}", " e\u{0301} ", "\u{0301}a", "a\u{7F}", "\u{1}a\u{1}", "~", "-1",
    ])
    func equalsFoundationTrimming(_ text: String) {
        #expect(text.trimmingBlanks(newlines: false).unicodeScalars.elementsEqual(
            text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        #expect(text.trimmingBlanks(newlines: true).unicodeScalars.elementsEqual(
            text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
    }
}
