/// A 64-bit hash (FNV-1a, strings eight bytes at a time) of everything that decides one
/// output, for incremental builds.
///
/// Not cryptographic: it only has to tell "same inputs" from "changed inputs" between
/// two builds of the same site. Fields are separated so ("ab","c") ≠ ("a","bc").
package struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01B3
        }
        combineSeparator()
    }

    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            // Eight bytes per step, each step a bijection of the state (xor, odd multiply,
            // xor-shift), so inputs that differ in one word never collide; a byte at a
            // time was 5% of a one-article rebuild, which hashes every file.
            var index = 0
            if buffer.count >= 8, let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= buffer.count {
                    state ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    state &*= 0x9E37_79B9_7F4A_7C15
                    state ^= state >> 29
                    index += 8
                }
            }
            while index < buffer.count {
                state ^= UInt64(buffer[index])
                state &*= 0x0000_0100_0000_01B3
                index += 1
            }
        }
        combineSeparator()
    }

    package mutating func combine(_ number: Int) { combine(String(number)) }

    private mutating func combineSeparator() {
        state ^= 0xFF
        state &*= 0x0000_0100_0000_01B3
    }

    /// 16 lower-case hex digits.
    package var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    package static func of(_ parts: String...) -> String {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.combine(part) }
        return fingerprint.hex
    }
}
