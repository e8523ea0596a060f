@testable import PubgenCore
import Testing

/// Fingerprints are stored in every output folder's cache files: the same inputs must
/// give the same 16 hex digits from one version of pubgen to the next.
@Suite struct FingerprintTests {
    /// Expected values worked out apart (FNV-1a steps on short strings, a separator after each).
    @Test(arguments: [
        ([""], "af64724c8602eb6e"),
        (["abc"], "fc182483ee0806dc"),
        (["abc", "de"], "664faaa4e67a6b78"),
        // Leading zeros are written, not dropped.
        (["1390"], "00f5508e9455e471"),
    ])
    func knownFingerprints(_ parts: [String], _ expected: String) {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.combine(part) }
        #expect(fingerprint.hex == expected)
    }

    @Test func hexIsSixteenLowerCaseDigits() {
        for number in 0..<2_000 {
            let hex = Fingerprint.of(String(number))
            #expect(hex.utf8.count == 16 && hex.allSatisfy { "0123456789abcdef".contains($0) }, "\(number): \(hex)")
        }
    }

    @Test func everyOneByteChangeChangesTheFingerprint() {
        let base = String(repeating: "abcdefghij", count: 5)
        var seen: Set<String> = [Fingerprint.of(base)]
        for length in 0...base.utf8.count {
            let prefix = String(base.prefix(length))
            #expect(seen.insert(Fingerprint.of(prefix)).inserted || length == base.utf8.count, "length \(length)")
        }
        for index in base.indices {
            var changed = base
            changed.replaceSubrange(index...index, with: "X")
            #expect(Fingerprint.of(changed) != Fingerprint.of(base))
        }
        #expect(Fingerprint.of("ab", "c") != Fingerprint.of("a", "bc"))
        #expect(Fingerprint.of(base) == Fingerprint.of(base))
        // Bytes and text are one hash: the same bytes give the same fingerprint either way.
        var bytes = Fingerprint(), text = Fingerprint()
        bytes.combine(Array(base.utf8))
        text.combine(base)
        #expect(bytes.hex == text.hex)
    }
}
