/// A 64-bit FNV-1a hash of everything that decides one output, for incremental builds.
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
            for byte in buffer {
                state ^= UInt64(byte)
                state &*= 0x0000_0100_0000_01B3
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
