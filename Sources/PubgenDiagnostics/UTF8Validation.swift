extension UnsafeBufferPointer<UInt8> {
    /// The offset where the first sequence that is not valid UTF-8 starts (the offset
    /// Swift's own decoder reports), or `nil` for valid UTF-8.
    ///
    /// Every file is checked on reading. ASCII goes eight bytes at a time, and each
    /// multi-byte sequence is checked in place (no overlong forms, no surrogates, nothing
    /// past U+10FFFF): several times faster than `String(validating:)`, which takes prose
    /// with any non-ASCII character in it a byte at a time.
    package var firstInvalidUTF8Offset: Int? {
        guard let base = baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let count = self.count
        var index = 0
        @inline(__always) func isContinuation(_ offset: Int) -> Bool { self[offset] & 0xC0 == 0x80 }
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index &+= 8
                continue
            }
            let lead = self[index]
            switch lead {
            case 0..<0x80:
                index &+= 1
            case 0xC2..<0xE0:
                guard index + 1 < count, isContinuation(index + 1) else { return index }
                index &+= 2
            case 0xE0..<0xF0:
                guard index + 2 < count else { return index }
                let second = self[index + 1]
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80  // no overlong forms
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF  // no surrogates
                guard second >= low, second <= high, isContinuation(index + 2) else { return index }
                index &+= 3
            case 0xF0..<0xF5:
                guard index + 3 < count else { return index }
                let second = self[index + 1]
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80  // no overlong forms
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF  // nothing past U+10FFFF
                guard second >= low, second <= high, isContinuation(index + 2), isContinuation(index + 3) else { return index }
                index &+= 4
            default:
                return index  // a continuation byte, C0, C1 or F5-FF
            }
        }
        return nil
    }
}
