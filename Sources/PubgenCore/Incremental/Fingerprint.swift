import PubgenDiagnostics

/// A 64-bit hash (FNV-1a, strings 32 bytes at a time) of everything that decides one
/// output, for incremental builds.
///
/// Not cryptographic: it only has to tell "same inputs" from "changed inputs" between
/// two builds of the same site. Fields are separated so ("ab","c") ≠ ("a","bc").
package struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func combine(_ bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ mix($0) }) == nil { mix(Array(bytes)) }
        combineSeparator()
    }

    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { mix($0) }
        combineSeparator()
    }

    /// Thirty-two bytes per step in four lanes, then eight, each step a bijection of its
    /// lane (xor, odd multiply, xor-shift), so inputs that differ in one word never
    /// collide; the lanes fold into the state one bijective step at a time; the tail a
    /// byte at a time. Byte-at-a-time over every file was 5% of a one-article rebuild;
    /// four lanes run beside each other instead of waiting on one multiply chain.
    private mutating func mix(_ buffer: UnsafeBufferPointer<UInt8>) {
        var index = 0
        if buffer.count >= 8, let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            @inline(__always) func word(_ offset: Int) -> UInt64 {
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            }
            @inline(__always) func step(_ lane: inout UInt64, _ value: UInt64) {
                lane ^= value
                lane &*= 0x9E37_79B9_7F4A_7C15
                lane ^= lane >> 29
            }
            if buffer.count >= 32 {
                var lanes = (state, state ^ 0x5555_5555_5555_5555, state ^ 0x3333_3333_3333_3333, state ^ 0x0F0F_0F0F_0F0F_0F0F)
                while index + 32 <= buffer.count {
                    step(&lanes.0, word(index))
                    step(&lanes.1, word(index + 8))
                    step(&lanes.2, word(index + 16))
                    step(&lanes.3, word(index + 24))
                    index += 32
                }
                state = lanes.0
                step(&state, lanes.1)
                step(&state, lanes.2)
                step(&state, lanes.3)
            }
            while index + 8 <= buffer.count {
                step(&state, word(index))
                index += 8
            }
        }
        while index < buffer.count {
            state ^= UInt64(buffer[index])
            state &*= 0x0000_0100_0000_01B3
            index += 1
        }
    }

    private mutating func mix(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { mix($0) }
    }

    package mutating func combine(_ number: Int) { combine(String(number)) }

    private mutating func combineSeparator() {
        state ^= 0xFF
        state &*= 0x0000_0100_0000_01B3
    }

    /// 16 lower-case hex digits, written straight into the string (`String(radix:)`
    /// and padding made three strings: 3 ms of the serial start of a 10,000-article build).
    package var hex: String {
        let state = self.state
        return String(unsafeUninitializedCapacity: 16) { digits in
            for index in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: state >> UInt64(60 - 4 * index)) & 0xF
                digits[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 16
        }
    }

    /// The fingerprint of a file's text: the same as of the string it spells.
    package static func of(_ text: SourceText) -> String {
        var fingerprint = Fingerprint()
        text.withUTF8 { fingerprint.combine($0) }
        return fingerprint.hex
    }

    package static func of(_ parts: String...) -> String {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.combine(part) }
        return fingerprint.hex
    }
}
