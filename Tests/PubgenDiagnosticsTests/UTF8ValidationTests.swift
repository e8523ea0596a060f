import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// `firstInvalidUTF8Offset` must agree with Swift's own decoder: valid exactly when
/// `String(validating:)` accepts the bytes, and the offset where the decoder first fails.
@Suite struct UTF8ValidationTests {
    /// Where Swift's decoder first reports an error, or nil.
    static func referenceOffset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { $0.firstInvalidUTF8Offset }
    }

    @Test(arguments: [
        [UInt8](), Array("plain ASCII, longer than eight bytes".utf8), Array("café — 日本語 🐍".utf8),
        [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80],
        [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
        Array("abcdefgh".utf8) + [0xE2, 0x82] + Array("ijklmnop".utf8),
    ])
    func edgeCasesAgreeWithSwift(_ bytes: [UInt8]) {
        #expect(Self.offset(bytes) == Self.referenceOffset(bytes))
        #expect((Self.offset(bytes) == nil) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    /// Every byte value at every offset of an eight-byte-aligned run, after ASCII and after
    /// each kind of valid sequence, so the word-at-a-time path meets every position.
    @Test func everyByteAtEveryOffsetAgrees() {
        let prefixes: [[UInt8]] = [[], Array("é".utf8), Array("—".utf8), Array("🐍".utf8)]
        for prefix in prefixes {
            for position in 0..<17 {
                for value in UInt8.min...UInt8.max {
                    var bytes = prefix + [UInt8](repeating: UInt8(ascii: "a"), count: 24)
                    bytes[prefix.count + position] = value
                    #expect(Self.offset(bytes) == Self.referenceOffset(bytes), "byte \(value) at \(position) after \(prefix)")
                }
            }
        }
    }

    /// Random mixes of ASCII, valid sequences and stray bytes.
    @Test func randomBytesAgree() {
        var generator = SplitMix64(seed: 0x5EED)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("word ".utf8), Array("ß".utf8), Array("한".utf8), Array("📦".utf8),
            [0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F], [0xED, 0xB0, 0x80], [0xF8],
        ]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                let piece = Int.random(in: 0..<100, using: &generator) < 90
                    ? pieces[Int.random(in: 0..<5, using: &generator)] : pieces.randomElement(using: &generator)!
                bytes += piece
            }
            #expect(Self.offset(bytes) == Self.referenceOffset(bytes), "\(bytes)")
        }
    }
}
