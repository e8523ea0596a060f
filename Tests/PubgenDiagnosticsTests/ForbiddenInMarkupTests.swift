import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// The word-at-a-time scan finds a forbidden byte wherever the byte-by-byte rule does.
@Suite struct ForbiddenInMarkupTests {
    static func scan(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { $0.containsForbiddenInMarkup }
    }

    @Test func everyByteAtEveryOffsetOfAWord() {
        for value in UInt8.min...UInt8.max {
            for length in 1...17 {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = value
                    #expect(Self.scan(bytes) == value.isForbiddenInMarkup, "byte \(value) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func generatedTextAgreesWithTheByteRule() {
        var random = SplitMix64(seed: 0xC0DE)
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xC2, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<random.below(40)).map { _ in
                random.below(4) == 0 ? alphabet[random.below(alphabet.count)] : UInt8(ascii: "x")
            }
            #expect(Self.scan(bytes) == bytes.contains(where: \.isForbiddenInMarkup), "\(bytes)")
        }
        #expect(Self.scan([]) == false)
    }
}
