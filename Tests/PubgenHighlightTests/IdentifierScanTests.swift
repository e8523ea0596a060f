@testable import PubgenHighlight
import PubgenTestSupport
import Testing

/// The word-at-a-time identifier scan ends where the byte-by-byte rule ends, for every
/// byte, at every offset, with and without a language's extra identifier byte.
@Suite struct IdentifierScanTests {
    static func byteRule(_ bytes: [UInt8], from: Int, extra: UInt8) -> Int {
        var end = from
        while end < bytes.count, isIdentifierByte(bytes[end]) || (bytes[end] == extra && extra != 0) { end += 1 }
        return end
    }

    static func scan(_ bytes: [UInt8], from: Int, extra: UInt8) -> Int {
        bytes.withUnsafeBufferPointer { Source(base: $0.baseAddress!, start: 0, end: $0.count).identifierEnd(from: from, extra: extra) }
    }

    @Test(arguments: [UInt8(0), UInt8(ascii: "$"), UInt8(ascii: "-")])
    func everyByteAtEveryOffset(_ extra: UInt8) {
        for value in UInt8.min...UInt8.max {
            for length in [3, 8, 9, 17] {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = value
                    #expect(Self.scan(bytes, from: 0, extra: extra) == Self.byteRule(bytes, from: 0, extra: extra),
                            "byte \(value) at \(position) of \(length), extra \(extra)")
                }
            }
        }
    }

    @Test func randomCodeAgreesWithTheByteRule() {
        var random = SplitMix64(seed: 0x1DE7)
        let alphabet = Array("aZ_09$-.( \n\u{7F}".utf8) + [0x80, 0xC3, 0xA9, 0xFF, 0x00, 0x40, 0x5B, 0x60, 0x7B, 0x2F, 0x3A]
        for _ in 0..<20_000 {
            let bytes = (0..<(1 + random.below(30))).map { _ in alphabet[random.below(alphabet.count)] }
            let from = random.below(bytes.count)
            for extra in [UInt8(0), UInt8(ascii: "$"), UInt8(ascii: "-")] {
                #expect(Self.scan(bytes, from: from, extra: extra) == Self.byteRule(bytes, from: from, extra: extra), "\(bytes) from \(from)")
            }
        }
    }
}
