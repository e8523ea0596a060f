@testable import PubgenXML
import Testing

@Suite struct XMLTextTests {
    @Test func textWithOnlyAllowedCharactersIsUnchanged() {
        let text = "Plain, café 日本 😀 \t tab \n newline \r return \u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}\u{1FFFE}"
        #expect(XMLText.sanitized(text) == text)
        #expect(XMLText.sanitized("") == "")
    }

    @Test(arguments: [0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
    func forbiddenCharactersAreRemoved(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        #expect(XMLText.sanitized("a\(Character(scalar))b") == "ab")
        #expect(XMLText.sanitized(String(Character(scalar))) == "")
    }

    @Test func everyForbiddenCharacterGoesAndTheRestStaysInOrder() {
        #expect(XMLText.sanitized("a\u{0}b\u{1}c\u{B}d\u{FFFE}e\u{FFFF}f\tg\nh\ri") == "abcdef\tg\nh\ri")
    }

    @Test func deleteAndC1ControlsAreAllowedByXML10() {
        // XML 1.0's Char production allows U+007F…U+009F.
        #expect(XMLText.sanitized("a\u{7F}b\u{85}c\u{9F}") == "a\u{7F}b\u{85}c\u{9F}")
    }

    @Test func combiningSequencesSurviveRemovalNextToThem() {
        #expect(XMLText.sanitized("e\u{1}\u{301}") == "e\u{301}")
    }

    /// The byte check that skips the copy agrees with the scalar rule on every scalar of
    /// the Basic Multilingual Plane and on the edges of the others.
    @Test func theByteCheckAgreesWithTheScalarRule() {
        let values = Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x10000, 0x1FFFE, 0x1FFFF, 0x10FFFF]
        for value in values {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(XMLText.mayHoldForbidden("ab\(Character(scalar))c") == !XMLText.isAllowed(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// Long text is checked eight bytes at a time: a character at any place, also one
    /// whose three bytes straddle two words, is found, and allowed ones are not.
    @Test(arguments: ["\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "\t", "\n", "\r", "\u{7F}"])
    func theWordCheckFindsACharacterAtEveryOffset(_ character: String) {
        let scalar = character.unicodeScalars.first!
        for offset in 0..<24 {
            let text = String(repeating: "a", count: offset) + character + String(repeating: "b", count: 30 - offset)
            #expect(XMLText.mayHoldForbidden(text) == !XMLText.isAllowed(scalar), "offset \(offset)")
        }
    }
}
