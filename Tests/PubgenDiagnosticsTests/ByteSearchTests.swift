import PubgenDiagnostics
import Testing

/// The byte search and replacement every hand-written scan over HTML shares.
@Suite struct ByteSearchTests {
    static func firstIndex(_ text: String, _ pattern: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { $0.firstIndex(of: Array(pattern.utf8)) }
    }

    static func replacing(_ text: String, _ pattern: String, _ replacement: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { $0.replacing(Array(pattern.utf8), with: Array(replacement.utf8)) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func findsTheFirstOccurrence() {
        #expect(Self.firstIndex("a<!--x-->b<!--x-->", "<!--x-->") == 1)
        #expect(Self.firstIndex("<!--x-->", "<!--x-->") == 0)
        #expect(Self.firstIndex("<!--x-", "<!--x-->") == nil)
        #expect(Self.firstIndex("abc", "") == nil)
        #expect(Self.firstIndex("", "a") == nil)
    }

    @Test func replacesEveryOccurrenceOrSaysThereIsNone() {
        #expect(Self.replacing("a\nMARK\nb MARK\nc", "MARK\n", "") == "a\nb c")
        #expect(Self.replacing("aaa", "aa", "b") == "ba")
        #expect(Self.replacing("abc", "x", "y") == nil)
        #expect(Self.replacing("abc", "", "y") == nil)
        #expect("r\r\nn".replacingScalars("\r", with: "") == "r\nn")
    }
}
